import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of.js';
import { EvidenceRequirement } from '../evidence/evidence.types.js';
import { DIRECTIONS, MEASURE_TYPES, type Direction, type MeasureType, type ScoringRule as ScoringRuleData } from '@kecala/domain';

export const MeasureTypeEnum = enumOf(MEASURE_TYPES);
registerEnumType(MeasureTypeEnum, {
  name: 'MeasureType',
  description: 'PERCENTAGE: numerator/denominator; COUNT: a whole number; YES_NO; OPTIONS: one of the listed options.',
});
export const DirectionEnum = enumOf(DIRECTIONS);
registerEnumType(DirectionEnum, { name: 'Direction', description: 'Whether a higher or a lower value is better.' });
export const ScoringRuleTypeEnum = enumOf(['BANDS', 'YES_NO', 'OPTIONS'] as const);
registerEnumType(ScoringRuleTypeEnum, { name: 'ScoringRuleType' });

@ObjectType({ description: 'One choice of an OPTIONS indicator.' })
export class IndicatorOption {
  @Field(() => String)
  value: string;

  @Field(() => String, { description: 'Label in Bahasa Indonesia.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Label in English.' })
  labelEn: string | null;

  @Field(() => Float)
  points: number;
}

@ObjectType({ description: 'A band of a BANDS rule: inclusive bounds over the percentage or count.' })
export class ScoreBand {
  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => Float)
  points: number;
}

@ObjectType({ description: 'How an answer becomes points (editable data, not code). The first matching band wins.' })
export class ScoringRule {
  @Field(() => ScoringRuleTypeEnum)
  type: ScoringRuleData['type'];

  @Field(() => [ScoreBand])
  bands: ScoreBand[];

  @Field(() => Float, { nullable: true, description: 'PERCENTAGE only: points for 0 / 0 (no cases); when null, 0 / 0 is refused.' })
  noCasesPoints: number | null;

  @Field(() => Float, { nullable: true })
  yesPoints: number | null;

  @Field(() => Float, { nullable: true })
  noPoints: number | null;
}

@ObjectType({ description: 'One KLA indicator of the indicator set in force for a year.' })
export class Indicator {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Code within its set, e.g. "K1-04".' })
  code: string;

  @Field(() => Int, { description: 'Number 1–24 in the KLA instrument.' })
  number: number;

  @Field(() => String)
  clusterCode: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  shortName: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => MeasureTypeEnum)
  measureType: MeasureType;

  @Field(() => DirectionEnum)
  direction: Direction;

  @Field(() => String, { description: 'Definisi operasional, cara hitung and data source, in Bahasa Indonesia.' })
  guidance: string;

  @Field(() => String, { nullable: true })
  numeratorLabel: string | null;

  @Field(() => String, { nullable: true })
  denominatorLabel: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of a COUNT, e.g. "lembaga".' })
  unit: string | null;

  @Field(() => Int)
  maxPoints: number;

  @Field(() => [IndicatorOption], { description: 'Choices of an OPTIONS indicator; empty otherwise.' })
  options: IndicatorOption[];

  @Field(() => ScoringRule)
  scoring: ScoringRule;

  @Field(() => [EvidenceRequirement], { description: 'The evidence checklist (bukti dukung) of this indicator, in display order.' })
  evidenceRequirements: EvidenceRequirement[];
}

@ObjectType({ description: 'Kelembagaan (KEL) or one of the five klaster (K1–K5).' })
export class Cluster {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => Int, { description: 'Sum of its indicators\' maxPoints in this year\'s set.' })
  maxPoints: number;

  @Field(() => [Indicator])
  indicators: Indicator[];
}
