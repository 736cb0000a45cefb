import { isAnswered } from '@kecala/domain';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { answerOfMeasure } from '../../features/submission/answer-draft';

export interface Progress {
  answered: number;
  total: number;
}

/** Indicators with a complete stored answer, by the domain's definition of "answered". */
export function progressOf(
  indicators: readonly Pick<IndicatorFieldsFragment, 'code' | 'measureType'>[],
  submissionsByCode: ReadonlyMap<string, Pick<SubmissionFieldsFragment, 'answer'>>,
): Progress {
  const answered = indicators.filter((indicator) =>
    isAnswered(indicator.measureType, answerOfMeasure(indicator.measureType, submissionsByCode.get(indicator.code)?.answer)),
  ).length;
  return { answered, total: indicators.length };
}

/** Answers carried forward from last year that still wait for "Tidak berubah" or an edit. */
export function pendingConfirmationOf(
  indicators: readonly Pick<IndicatorFieldsFragment, 'code'>[],
  submissionsByCode: ReadonlyMap<string, { carriedForward?: { pending: boolean } | null }>,
): number {
  return indicators.filter((indicator) => submissionsByCode.get(indicator.code)?.carriedForward?.pending === true).length;
}
