import {
  type MeasureType,
  type PlausibilityRule,
  type PlausibilityRuleError,
  type PlausibilityRuleField,
  checkPlausibilityRule,
  normalizePlausibilityRule,
} from '@kecala/domain';

/** The plausibility bounds as the editor's inputs hold them: text, '' for "no bound". */
export type PlausibilityFormValues = Record<PlausibilityRuleField, string>;

export const EMPTY_PLAUSIBILITY: PlausibilityFormValues = {
  min: '',
  max: '',
  maxChangePercent: '',
  maxDenominatorChangePercent: '',
};

/** Which bounds a measure type takes (yes/no and options: none). */
export function plausibilityFieldsOf(measureType: MeasureType): PlausibilityRuleField[] {
  if (measureType === 'PERCENTAGE') return ['min', 'max', 'maxChangePercent', 'maxDenominatorChangePercent'];
  if (measureType === 'COUNT') return ['min', 'max', 'maxChangePercent'];
  return [];
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n));
/** '' is no bound; anything that is not a plain decimal number becomes NaN, so the shared rule names it. */
const num = (s: string): number | null => {
  const trimmed = s.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

export function plausibilityFormOf(rule: Partial<PlausibilityRule> | null | undefined): PlausibilityFormValues {
  return {
    min: text(rule?.min),
    max: text(rule?.max),
    maxChangePercent: text(rule?.maxChangePercent),
    maxDenominatorChangePercent: text(rule?.maxDenominatorChangePercent),
  };
}

/** The rule the inputs describe for the measure type (bounds it does not take are dropped); null for none. */
export function plausibilityRuleOf(values: PlausibilityFormValues, measureType: MeasureType): PlausibilityRule | null {
  const rule: PlausibilityRule = {};
  for (const field of plausibilityFieldsOf(measureType)) rule[field] = num(values[field]);
  return normalizePlausibilityRule(rule);
}

/** The shared domain check (the server runs the same), by field. */
export function plausibilityProblems(
  values: PlausibilityFormValues,
  measureType: MeasureType,
): PlausibilityRuleError[] {
  const rule: PlausibilityRule = {};
  for (const field of plausibilityFieldsOf(measureType)) rule[field] = num(values[field]);
  return checkPlausibilityRule(rule, measureType);
}
