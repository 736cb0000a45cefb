import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { SubmissionHistoryDocument } from '../review/review.documents';
import { type DescribedEntry, describeAuditEntry } from '../review/SubmissionHistory';

const NONE: DescribedEntry[] = [];

/** The submission's history in words (the same query as the history timeline); none while skipped. */
export function useDescribedHistory(
  submissionId: string,
  indicator: IndicatorFieldsFragment,
  skip = false,
): DescribedEntry[] {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(SubmissionHistoryDocument, {
    variables: { submissionId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  return useMemo(
    () => data?.submissionHistory.map((entry) => describeAuditEntry(entry, indicator, t, i18n.language)) ?? NONE,
    [data?.submissionHistory, indicator, t, i18n.language],
  );
}
