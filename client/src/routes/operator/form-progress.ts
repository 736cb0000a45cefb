import { isAnswered } from '@kecala/domain';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { answerOfMeasure } from '../../features/submission/answer-draft';

export interface Progress {
  answered: number;
  total: number;
}

type StoredAnswer = Pick<SubmissionFieldsFragment, 'answer'> & { carriedForward?: { pending: boolean } | null };

/**
 * "Answered", the one notion the form's progress and its navigator share: a complete stored
 * answer by the domain's definition; a carried-forward answer still waiting for confirmation is not.
 */
export function isIndicatorAnswered(
  indicator: Pick<IndicatorFieldsFragment, 'measureType'>,
  submission: StoredAnswer | null | undefined,
): boolean {
  if (submission?.carriedForward?.pending) return false;
  return isAnswered(indicator.measureType, answerOfMeasure(indicator.measureType, submission?.answer));
}

/** Indicators with a complete stored answer, by the domain's definition of "answered". */
export function progressOf(
  indicators: readonly Pick<IndicatorFieldsFragment, 'code' | 'measureType'>[],
  submissionsByCode: ReadonlyMap<string, StoredAnswer>,
): Progress {
  const answered = indicators.filter((indicator) =>
    isIndicatorAnswered(indicator, submissionsByCode.get(indicator.code)),
  ).length;
  return { answered, total: indicators.length };
}

/** Answers carried forward from last year that still wait for "Tidak berubah" or an edit. */
export function pendingConfirmationOf(
  indicators: readonly Pick<IndicatorFieldsFragment, 'code'>[],
  submissionsByCode: ReadonlyMap<string, { carriedForward?: { pending: boolean } | null }>,
): number {
  return indicators.filter((indicator) => submissionsByCode.get(indicator.code)?.carriedForward?.pending === true)
    .length;
}
