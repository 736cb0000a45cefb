/** How an indicator is measured; decides which answer fields apply. */
export const MEASURE_TYPES = ['PERCENTAGE', 'COUNT', 'YES_NO', 'OPTIONS'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/** Whether a higher or a lower value is better (e.g. child marriage: lower). */
export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * A typed answer. Exactly the fields of the indicator's measure type are set:
 * PERCENTAGE → numerator + denominator, COUNT → count, YES_NO → yes, OPTIONS → option.
 */
export interface Answer {
  numerator?: number | null;
  denominator?: number | null;
  count?: number | null;
  yes?: boolean | null;
  option?: string | null;
}

export type AnswerField = keyof Answer;
export const ANSWER_FIELDS: readonly AnswerField[] = ['numerator', 'denominator', 'count', 'yes', 'option'];

/** The answer fields each measure type uses. */
export const FIELDS_BY_MEASURE: Record<MeasureType, readonly AnswerField[]> = {
  PERCENTAGE: ['numerator', 'denominator'],
  COUNT: ['count'],
  YES_NO: ['yes'],
  OPTIONS: ['option'],
};

/** Percentage of an answer (0–100, two decimals), or null when it cannot be computed. */
export function percentageOf(answer: Answer | null | undefined): number | null {
  if (!answer || answer.numerator == null || answer.denominator == null || answer.denominator <= 0) return null;
  return Math.round((answer.numerator / answer.denominator) * 10000) / 100;
}

/** True when every field the measure type needs is present. */
export function isAnswered(measureType: MeasureType, answer: Answer | null | undefined): boolean {
  if (!answer) return false;
  return FIELDS_BY_MEASURE[measureType].every((field) => answer[field] != null);
}
