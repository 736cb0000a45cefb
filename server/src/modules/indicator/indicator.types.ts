import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of.js';
import { EvidenceRequirement } from '../evidence/evidence.types.js';
import { PlausibilityRule } from './indicator-plausibility.types.js';
import {
  DIRECTIONS,
  MEASURE_TYPES,
  type Direction,
  type MeasureType,
  type ScoringRule as ScoringRuleData,
} from '@kecala/domain';

export const MeasureTypeEnum = enumOf(MEASURE_TYPES);
registerEnumType(MeasureTypeEnum, {
  name: 'MeasureType',
  description: 'PERCENTAGE: numerator/denominator; COUNT: a whole number; YES_NO; OPTIONS: one of the listed options.',
  valuesConfig: {
    PERCENTAGE: { description: 'Answer with numerator and denominator.' },
    COUNT: { description: 'Answer with count.' },
    YES_NO: { description: 'Answer with yes.' },
    OPTIONS: { description: 'Answer with option, one of Indicator.options.' },
  },
});
export const DirectionEnum = enumOf(DIRECTIONS);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Whether a higher or a lower value is better.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'More is better, e.g. coverage.' },
    LOWER_IS_BETTER: { description: 'Less is better, e.g. child marriages.' },
  },
});
const ScoringRuleTypeEnum = enumOf(['BANDS', 'YES_NO', 'OPTIONS'] as const);
registerEnumType(ScoringRuleTypeEnum, {
  name: 'ScoringRuleType',
  description: 'The kind of scoring rule.',
  valuesConfig: {
    BANDS: { description: 'Points by the band the percentage or count falls in.' },
    YES_NO: { description: 'Points for yes and for no.' },
    OPTIONS: { description: 'Points per option.' },
  },
});

@ObjectType({ description: 'One choice of an OPTIONS indicator.' })
export class IndicatorOption {
  @Field(() => String, { description: 'Stable value to send as AnswerInput.option.' })
  value: string;

  @Field(() => String, { description: 'Label in Bahasa Indonesia.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Label in English.' })
  labelEn: string | null;

  @Field(() => Float, { description: 'Points for choosing it.' })
  points: number;
}

@ObjectType({ description: 'A band of a BANDS rule: inclusive bounds over the percentage or count.' })
export class ScoreBand {
  @Field(() => Float, { nullable: true, description: 'Lower bound, inclusive; null for none.' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound, inclusive; null for none.' })
  max: number | null;

  @Field(() => Float, { description: 'Points of an answer in this band.' })
  points: number;
}

@ObjectType({ description: 'How an answer becomes points (editable data, not code). The first matching band wins.' })
export class ScoringRule {
  @Field(() => ScoringRuleTypeEnum, { description: 'BANDS, YES_NO or OPTIONS.' })
  type: ScoringRuleData['type'];

  @Field(() => [ScoreBand], { description: 'BANDS: the bands, first match wins; empty otherwise.' })
  bands: ScoreBand[];

  @Field(() => Float, {
    nullable: true,
    description: 'PERCENTAGE only: points for 0 / 0 (no cases); when null, 0 / 0 is refused.',
  })
  noCasesPoints: number | null;

  @Field(() => Float, { nullable: true, description: 'YES_NO: points for yes.' })
  yesPoints: number | null;

  @Field(() => Float, { nullable: true, description: 'YES_NO: points for no.' })
  noPoints: number | null;
}

@ObjectType({ description: 'One KLA indicator of the indicator set in force for a year.' })
export class Indicator {
  @Field(() => ID, { description: 'Identifier (differs between indicator sets).' })
  id: string;

  @Field(() => String, { description: 'Code within its set, e.g. "K1-04".' })
  code: string;

  @Field(() => Int, { description: 'Number 1–24 in the KLA instrument.' })
  number: number;

  @Field(() => String, { description: 'Code of its cluster (KEL, K1–K5).' })
  clusterCode: string;

  @Field(() => String, { description: 'Full name in Bahasa Indonesia.' })
  name: string;

  @Field(() => String, { description: 'Short name in Bahasa Indonesia, for narrow screens.' })
  shortName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Short name in English; null when not translated (show shortName).',
  })
  shortNameEn: string | null;

  @Field(() => String, { description: 'Full name in English.' })
  nameEn: string;

  @Field(() => MeasureTypeEnum, { description: 'Which answer fields it takes.' })
  measureType: MeasureType;

  @Field(() => DirectionEnum, { description: 'Whether a higher value is better.' })
  direction: Direction;

  @Field(() => String, { description: 'Definisi operasional, cara hitung and data source, in Bahasa Indonesia.' })
  guidance: string;

  @Field(() => String, { nullable: true, description: 'The guidance in English; null when not translated.' })
  guidanceEn: string | null;

  @Field(() => String, { nullable: true, description: 'PERCENTAGE: what the numerator counts.' })
  numeratorLabel: string | null;

  @Field(() => String, { nullable: true, description: 'numeratorLabel in English; null when not translated.' })
  numeratorLabelEn: string | null;

  @Field(() => String, { nullable: true, description: 'PERCENTAGE: what the denominator counts.' })
  denominatorLabel: string | null;

  @Field(() => String, { nullable: true, description: 'denominatorLabel in English; null when not translated.' })
  denominatorLabelEn: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of a COUNT, e.g. "lembaga".' })
  unit: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The unit in English, e.g. "organisations"; null when not translated.',
  })
  unitEn: string | null;

  @Field(() => Int, { description: 'Most points it can give.' })
  maxPoints: number;

  @Field(() => [IndicatorOption], { description: 'Choices of an OPTIONS indicator; empty otherwise.' })
  options: IndicatorOption[];

  @Field(() => ScoringRule, { description: 'How its answer becomes points.' })
  scoring: ScoringRule;

  @Field(() => PlausibilityRule, {
    nullable: true,
    description: 'When an answer looks implausible (warnings, never a refusal); null when it has no rule.',
  })
  plausibility: PlausibilityRule | null;

  @Field(() => [EvidenceRequirement], {
    description: 'The evidence checklist (bukti dukung) of this indicator, in display order.',
  })
  evidenceRequirements: EvidenceRequirement[];
}

@ObjectType({ description: 'Kelembagaan (KEL) or one of the five klaster (K1–K5).' })
export class Cluster {
  @Field(() => String, { description: 'KEL or K1–K5.' })
  code: string;

  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  name: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn: string;

  @Field(() => Int, { description: "Sum of its indicators' maxPoints in this year's set." })
  maxPoints: number;

  @Field(() => [Indicator], { description: 'Its indicators, by number.' })
  indicators: Indicator[];
}
