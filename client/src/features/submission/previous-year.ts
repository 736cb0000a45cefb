import { type Answer, type PlausibilityWarning, type VerifiedBaseline, checkPlausibility } from '@kecala/domain';
import type { IndicatorFieldsFragment, PreviousYearFieldsFragment } from '../../gql/graphql';

/** Last year's answer only counts as the plausibility baseline when it was verified. */
export function baselineOf(previous: PreviousYearFieldsFragment | null | undefined): VerifiedBaseline | null {
  if (!previous || previous.state !== 'VERIFIED') return null;
  return { year: previous.year, answer: previous.answer };
}

/** The shared domain rule on what the card holds now (the server computes the same for the evaluator). */
export function plausibilityWarningsOf(
  indicator: Pick<IndicatorFieldsFragment, 'measureType' | 'plausibility'>,
  answer: Answer | null,
  previous: PreviousYearFieldsFragment | null | undefined,
): PlausibilityWarning[] {
  return checkPlausibility(
    { measureType: indicator.measureType, plausibilityRule: indicator.plausibility },
    answer,
    baselineOf(previous),
  );
}

/** The change in points from last year to now, two decimals; null when either side is missing. */
export function pointsChange(previous: PreviousYearFieldsFragment | null | undefined, points: number | null) {
  if (!previous || points == null) return null;
  return Math.round((points - previous.points) * 100) / 100;
}
