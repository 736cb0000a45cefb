import { checkScoringRule, ruleMaxPoints, type MeasureType, type ScoringRule } from '@kecala/domain';
import type { EditableIndicatorFieldsFragment } from '../../gql/graphql';
import { type PlausibilityFormValues, plausibilityFormOf } from './plausibility-rule-form';

/** The KLA scale: a set is publishable when its maxPoints add up to exactly this. */
export const PUBLISHABLE_TOTAL = 1000;

/** Form rows are strings (what inputs hold); empty bounds mean "no bound". */
export interface BandRow {
  min: string;
  max: string;
  points: string;
}
export interface OptionRow {
  value: string;
  label: string;
  labelEn: string;
  points: string;
}
export interface EvidenceRow {
  code: string;
  label: string;
  labelEn: string;
  required: boolean;
}

export interface IndicatorFormValues {
  name: string;
  shortName: string;
  nameEn: string;
  guidance: string;
  measureType: MeasureType;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  clusterCode: string;
  maxPoints: string;
  numeratorLabel: string;
  denominatorLabel: string;
  unit: string;
  /** English texts; empty = not translated (the Bahasa text is shown). */
  shortNameEn: string;
  guidanceEn: string;
  numeratorLabelEn: string;
  denominatorLabelEn: string;
  unitEn: string;
  bands: BandRow[];
  noCasesPoints: string;
  yesPoints: string;
  noPoints: string;
  options: OptionRow[];
  evidence: EvidenceRow[];
  /** Plausibility bounds (warnings only). */
  plausibility: PlausibilityFormValues;
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n));
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

export function formValuesOf(indicator: EditableIndicatorFieldsFragment): IndicatorFormValues {
  const s = indicator.scoring;
  return {
    name: indicator.name,
    shortName: indicator.shortName,
    nameEn: indicator.nameEn,
    guidance: indicator.guidance,
    measureType: indicator.measureType,
    direction: indicator.direction,
    clusterCode: indicator.clusterCode,
    maxPoints: String(indicator.maxPoints),
    numeratorLabel: indicator.numeratorLabel ?? '',
    denominatorLabel: indicator.denominatorLabel ?? '',
    unit: indicator.unit ?? '',
    shortNameEn: indicator.shortNameEn ?? '',
    guidanceEn: indicator.guidanceEn ?? '',
    numeratorLabelEn: indicator.numeratorLabelEn ?? '',
    denominatorLabelEn: indicator.denominatorLabelEn ?? '',
    unitEn: indicator.unitEn ?? '',
    bands: s.bands.map((b) => ({ min: text(b.min), max: text(b.max), points: String(b.points) })),
    noCasesPoints: text(s.noCasesPoints),
    yesPoints: text(s.yesPoints),
    noPoints: text(s.noPoints),
    options: indicator.options.map((o) => ({
      value: o.value,
      label: o.label,
      labelEn: o.labelEn ?? '',
      points: String(o.points),
    })),
    evidence: indicator.evidenceRequirements.map((r) => ({
      code: r.code,
      label: r.label,
      labelEn: r.labelEn,
      required: r.required,
    })),
    plausibility: plausibilityFormOf(indicator.plausibility),
  };
}

/** The fields an indicator is saved with (Add/UpdateIndicatorInput without set, code, rule); empty optional texts as null. */
export function indicatorInputOf(values: IndicatorFormValues) {
  const optional = (s: string) => (s.trim() === '' ? null : s);
  return {
    name: values.name,
    shortName: values.shortName,
    nameEn: values.nameEn,
    guidance: values.guidance,
    measureType: values.measureType,
    direction: values.direction,
    clusterCode: values.clusterCode,
    maxPoints: Number(values.maxPoints),
    numeratorLabel: optional(values.numeratorLabel),
    denominatorLabel: optional(values.denominatorLabel),
    unit: optional(values.unit),
    shortNameEn: optional(values.shortNameEn),
    guidanceEn: optional(values.guidanceEn),
    numeratorLabelEn: optional(values.numeratorLabelEn),
    denominatorLabelEn: optional(values.denominatorLabelEn),
    unitEn: optional(values.unitEn),
  };
}

/** The rule the form describes for its measure type, as the server stores it. */
export function ruleOf(
  values: Pick<IndicatorFormValues, 'measureType' | 'bands' | 'noCasesPoints' | 'yesPoints' | 'noPoints' | 'options'>,
): ScoringRule {
  switch (values.measureType) {
    case 'PERCENTAGE':
    case 'COUNT':
      return {
        type: 'BANDS',
        bands: values.bands.map((b) => ({ min: num(b.min), max: num(b.max), points: Number(b.points) })),
        noCasesPoints: values.measureType === 'PERCENTAGE' ? num(values.noCasesPoints) : null,
      };
    case 'YES_NO':
      return { type: 'YES_NO', yes: Number(values.yesPoints), no: Number(values.noPoints) };
    case 'OPTIONS':
      return {
        type: 'OPTIONS',
        options: values.options.map((o) => ({
          value: o.value.trim(),
          label: o.label.trim(),
          ...(o.labelEn.trim() ? { labelEn: o.labelEn.trim() } : {}),
          points: Number(o.points),
        })),
      };
  }
}

/** Problems of the rule against the measure type and maxPoints (the server's own check), or []. */
export function ruleProblems(values: IndicatorFormValues): string[] {
  const rule = ruleOf(values);
  const maxPoints = Number(values.maxPoints);
  return checkScoringRule({ measureType: values.measureType, maxPoints, scoringRule: rule });
}

export { ruleMaxPoints };

export type PublishState =
  { publishable: true } | { publishable: false; reason: 'TOTAL' | 'NOT_DRAFT' | 'IN_USE'; total: number };

/** Whether "Terbitkan" is enabled, and why not. */
export function publishStateOf(set: { status: string; editable: boolean }, total: number): PublishState {
  if (!set.editable) return { publishable: false, reason: 'IN_USE', total };
  if (set.status !== 'DRAFT') return { publishable: false, reason: 'NOT_DRAFT', total };
  if (total !== PUBLISHABLE_TOTAL) return { publishable: false, reason: 'TOTAL', total };
  return { publishable: true };
}
