import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { MissingStep as MissingStepValue, ScoreCategory } from '@kecala/domain';
import { enumOf } from '../../graphql/enum-of.js';
import { Indicator } from '../indicator/indicator.types.js';
import { ScoreCategoryEnum } from './scoring.types.js';

export const ScoreBasisEnum = enumOf(['SELF_ASSESSED', 'VERIFIED'] as const);
export type ScoreBasis = keyof typeof ScoreBasisEnum;
registerEnumType(ScoreBasisEnum, {
  name: 'ScoreBasis',
  description: 'Self-assessed points (the answers) or verified points (VERIFIED answers only).',
  valuesConfig: {
    SELF_ASSESSED: { description: 'Points of the saved answers, whatever their state.' },
    VERIFIED: { description: 'Points of VERIFIED answers only, from their verified values.' },
  },
});

const MissingStepEnum = enumOf(['ANSWER', 'EVIDENCE', 'VERIFICATION'] as const);
registerEnumType(MissingStepEnum, {
  name: 'MissingStep',
  description: 'What an indicator still lacks before its points count.',
  valuesConfig: {
    ANSWER: { description: 'No complete answer.' },
    EVIDENCE: { description: 'A required evidence item has no acceptable file.' },
    VERIFICATION: { description: 'Not VERIFIED yet.' },
  },
});

@ObjectType({ description: 'An indicator that could add points, and what it lacks.' })
export class GapIndicator {
  @Field(() => Indicator, { description: 'The indicator.' })
  indicator: Indicator;

  @Field(() => Float, { description: 'Its maximum less the points it earns now.' })
  pointsAvailable: number;

  @Field(() => [MissingStepEnum], { description: 'What it lacks: an answer, evidence, verification.' })
  missing: MissingStepValue[];
}

@ObjectType({ description: 'How far a kecamatan is from the next KLA band, and what could close the gap.' })
export class BandGap {
  @Field(() => ScoreBasisEnum, { description: 'Which points were counted.' })
  basis: ScoreBasis;

  @Field(() => Float, { description: 'The total on that basis.' })
  total: number;

  @Field(() => ScoreCategoryEnum, { description: 'The band of that total.' })
  category: ScoreCategory;

  @Field(() => ScoreCategoryEnum, { nullable: true, description: 'Null when already in the top band (KLA).' })
  nextCategory: ScoreCategory | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The edge of the next band: reach it when inclusive, exceed it otherwise.',
  })
  threshold: number | null;

  @Field(() => Boolean, { description: 'Whether reaching the threshold exactly is enough.' })
  inclusive: boolean;

  @Field(() => Float, { description: 'Points still missing for the next band (0 in the top band).' })
  pointsNeeded: number;

  @Field(() => Boolean, { description: 'Whether the listed indicators could give enough points.' })
  reachable: boolean;

  @Field(() => [GapIndicator], { description: 'Most points available first.' })
  indicators: GapIndicator[];
}
