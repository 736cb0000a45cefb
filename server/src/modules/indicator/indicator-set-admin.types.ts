import { Field, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Direction, MeasureType } from '@kecala/domain';
import { ValidationError } from '../../graphql/results.js';
import { Cluster, DirectionEnum, Indicator, MeasureTypeEnum } from './indicator.types.js';
import { PlausibilityRuleInput } from './indicator-plausibility.types.js';

export enum IndicatorSetStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(IndicatorSetStatus, {
  name: 'IndicatorSetStatus',
  description: 'Whether a set is still being edited or may be chosen by a new period.',
  valuesConfig: {
    DRAFT: { description: 'Being edited by an admin; no new period can choose it.' },
    PUBLISHED: { description: 'Consistent (maxPoints add up to 1000, every rule fits): a new period may choose it.' },
  },
});

@ObjectType({ description: 'Admin: an indicator set with its status, total and use.' })
export class IndicatorSetOverview {
  @Field(() => String, { description: 'Stable code, e.g. "KLA-24".' })
  code: string;

  @Field(() => String, { description: 'Name, e.g. "KLA 24 indikator".' })
  name: string;

  @Field(() => IndicatorSetStatus, { description: 'DRAFT or PUBLISHED.' })
  status: IndicatorSetStatus;

  @Field(() => Int, { description: "Sum of its indicators' maxPoints (1000 when publishable)." })
  totalMaxPoints: number;

  @Field(() => Int, { description: 'Number of indicators.' })
  indicatorCount: number;

  @Field(() => [Int], { description: 'Years of the periods that use it, ascending.' })
  usedByPeriods: number[];

  @Field(() => Boolean, {
    description: 'False when a period using it already has answers: copy it instead of editing.',
  })
  editable: boolean;
}

@ObjectType({ description: 'Admin: an indicator set with its clusters and indicators, for the editor.' })
export class IndicatorSetDetail extends IndicatorSetOverview {
  @Field(() => [Cluster], {
    description: 'Clusters that have indicators in this set, in order, each with its indicators and checklists.',
  })
  clusters: Cluster[];
}

@InputType({ description: 'Copy an indicator set into a new DRAFT set.' })
export class CopyIndicatorSetInput {
  @Field(() => String, { description: 'Code of the set to copy, e.g. "KLA-24".' })
  sourceCode: string;

  @Field(() => String, { description: 'Code of the new set: 2–40 characters of A–Z, 0–9 and "-", unique.' })
  code: string;

  @Field(() => String, { description: 'Name of the new set, 1–200 characters.' })
  name: string;
}

/**
 * The fields an indicator is added with and edited by (Add/UpdateIndicatorInput); no argument takes
 * it, so the schema does not show it.
 */
@InputType()
export abstract class IndicatorFieldsInput {
  @Field(() => String, { description: 'Full name in Bahasa Indonesia.' })
  name: string;

  @Field(() => String, { description: 'Short name, at most 200 characters.' })
  shortName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Short name in English, at most 200 characters; empty or null: none.',
  })
  shortNameEn?: string | null;

  @Field(() => String, { description: 'Full name in English.' })
  nameEn: string;

  @Field(() => String, { description: 'Guidance (definisi operasional, cara hitung, sumber data).' })
  guidance: string;

  @Field(() => String, { nullable: true, description: 'The guidance in English; empty or null: none.' })
  guidanceEn?: string | null;

  @Field(() => MeasureTypeEnum, { description: 'Which answer fields it takes.' })
  measureType: MeasureType;

  @Field(() => DirectionEnum, { description: 'Whether a higher value is better.' })
  direction: Direction;

  @Field(() => String, { description: 'Cluster code: KEL or K1–K5.' })
  clusterCode: string;

  @Field(() => Int, { description: 'Most points it can give, 0–1000; must equal the most points of scoringRule.' })
  maxPoints: number;

  @Field(() => String, { nullable: true, description: 'PERCENTAGE: what the numerator counts.' })
  numeratorLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'PERCENTAGE: what the denominator counts.' })
  denominatorLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNT: the unit, e.g. "lembaga".' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'numeratorLabel in English; empty or null: none.' })
  numeratorLabelEn?: string | null;

  @Field(() => String, { nullable: true, description: 'denominatorLabel in English; empty or null: none.' })
  denominatorLabelEn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The unit in English, e.g. "organisations"; empty or null: none.',
  })
  unitEn?: string | null;
  @Field(() => PlausibilityRuleInput, {
    nullable: true,
    description:
      'When an answer looks implausible (PERCENTAGE and COUNT only). Omitted: kept as it is; null or no bound: no rule.',
  })
  plausibility?: PlausibilityRuleInput | null;
}

@InputType({ description: 'The editable fields of one indicator of a set (its code and number never change).' })
export class UpdateIndicatorInput extends IndicatorFieldsInput {
  @Field(() => String, { description: 'Code of the set.' })
  setCode: string;

  @Field(() => String, { description: 'Code of the indicator within the set, e.g. "K1-04".' })
  indicatorCode: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'The rule as data: {"type":"BANDS","bands":[{"min":80,"max":null,"points":50}],"noCasesPoints":null} (PERCENTAGE, COUNT), {"type":"YES_NO","yes":40,"no":0}, or {"type":"OPTIONS","options":[{"value":"A","label":"…","labelEn":"…","points":40}]}.',
  })
  scoringRule: Record<string, unknown>;
}

@InputType({ description: 'One evidence checklist item.' })
export class EvidenceRequirementInput {
  @Field(() => String, { description: 'Stable code within the indicator, at most 40 characters.' })
  code: string;

  @Field(() => String, { description: 'Label in Bahasa Indonesia.' })
  label: string;

  @Field(() => String, { description: 'Label in English.' })
  labelEn: string;

  @Field(() => Boolean, { description: 'Whether submitting needs a file for it.' })
  required: boolean;
}

@InputType({ description: "Replace an indicator's evidence checklist." })
export class UpdateEvidenceRequirementsInput {
  @Field(() => String, { description: 'Code of the set.' })
  setCode: string;

  @Field(() => String, { description: 'Code of the indicator within the set.' })
  indicatorCode: string;

  @Field(() => [EvidenceRequirementInput], {
    description: 'The whole checklist in display order; at least one item must be required.',
  })
  items: EvidenceRequirementInput[];
}

@InputType({ description: 'A new indicator for a DRAFT set.' })
export class AddIndicatorInput extends IndicatorFieldsInput {
  @Field(() => String, { description: 'Code of the DRAFT set.' })
  setCode: string;

  @Field(() => String, {
    description:
      'Code of the new indicator, unique within the set: the cluster code, "-" and a 2–3 digit number, e.g. "K3-25".',
  })
  code: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place within its cluster, 1 = first; empty or past the end = last.',
  })
  position?: number | null;

  @Field(() => GraphQLJSONObject, { description: 'The rule as data, as in UpdateIndicatorInput.scoringRule.' })
  scoringRule: Record<string, unknown>;

  @Field(() => [EvidenceRequirementInput], {
    nullable: true,
    description: 'Its evidence checklist in display order (optional; when given, at least one item must be required).',
  })
  evidenceItems?: EvidenceRequirementInput[] | null;
}

@ObjectType({ description: 'An indicator set that was deleted.' })
export class IndicatorSetDeleted {
  @Field(() => String, { description: 'Code of the deleted set (free to use again).' })
  code: string;
}

export const DeleteIndicatorSetResult = createUnionType({
  name: 'DeleteIndicatorSetResult',
  description:
    'The deleted set, or why it was refused (nothing changed): only a DRAFT set that no period uses can be deleted.',
  types: () => [IndicatorSetDeleted, ValidationError] as const,
});

export const IndicatorSetResult = createUnionType({
  name: 'IndicatorSetResult',
  description: 'The set as saved, or why the change was refused (nothing changed).',
  types: () => [IndicatorSetOverview, ValidationError] as const,
});

export const IndicatorResult = createUnionType({
  name: 'IndicatorResult',
  description: 'The indicator as saved (with its checklist), or why the change was refused (nothing changed).',
  types: () => [Indicator, ValidationError] as const,
});
