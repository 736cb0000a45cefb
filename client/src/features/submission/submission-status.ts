import { indicatorText } from '../../shared/localized';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment, SubmissionStatus } from '../../gql/graphql';

/** Workflow order, as badges and counts list them. */
export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['DRAFT', 'RETURNED', 'SUBMITTED', 'VERIFIED'];

/** An indicator never saved is a draft too. */
export function statusOf(submission: Pick<SubmissionFieldsFragment, 'status'> | null | undefined): SubmissionStatus {
  return submission?.status ?? 'DRAFT';
}

/** The operator may change the answer (and submit it) only while DRAFT or RETURNED. */
export function isEditableStatus(status: SubmissionStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

export type StatusCounts = Record<SubmissionStatus, number>;

export function statusCountsOf(
  indicators: readonly Pick<IndicatorFieldsFragment, 'code'>[],
  submissionsByCode: ReadonlyMap<string, Pick<SubmissionFieldsFragment, 'status'>>,
): StatusCounts {
  const counts: StatusCounts = { DRAFT: 0, RETURNED: 0, SUBMITTED: 0, VERIFIED: 0 };
  for (const indicator of indicators) counts[statusOf(submissionsByCode.get(indicator.code))] += 1;
  return counts;
}

/** "4. Akta Kelahiran" ("4. Birth certificates" in English): how results and lists name an indicator. */
export function indicatorTitle(
  indicator: Pick<IndicatorFieldsFragment, 'number' | 'shortName'> & { shortNameEn?: string | null },
  language: string,
): string {
  return `${indicator.number}. ${indicatorText(indicator, 'shortName', language)}`;
}
