import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import type { ReviewedSubmission } from '../../features/review/PlausibilityReview';
import { compareClusterCodes } from '../../features/scoring/score-model';
import { ReviewContextDocument, ReviewQueueDocument } from './queue.documents';
import { type QueueFilter, statusesOf } from './queue-filter';
import { type QueueWaiting, orderRows, waitingOf } from './queue-order';

export interface QueueRow {
  submission: ReviewedSubmission;
  indicator: IndicatorFieldsFragment;
  kecamatanName: string;
  /** For a SUBMITTED row: how long it has waited for an evaluator, in working days. */
  waiting: QueueWaiting | null;
}

/** The queue's rows under a filter, with the clusters and kecamatans the filters offer. */
export function useReviewQueue(year: number | null | undefined, filter: QueueFilter) {
  const context = useQuery(ReviewContextDocument, { variables: { year: year ?? 0 }, skip: year == null });
  const queue = useQuery(ReviewQueueDocument, {
    variables: {
      filter: {
        year: year ?? 0,
        kecamatanCode: filter.kecamatanCode,
        clusterCode: filter.clusterCode,
        statuses: statusesOf(filter.status),
      },
    },
    skip: year == null,
    fetchPolicy: 'cache-and-network',
  });

  const clusters = useMemo(
    () => [...(context.data?.clusters ?? [])].sort((a, b) => compareClusterCodes(a.code, b.code)),
    [context.data?.clusters],
  );
  const kecamatans = useMemo(
    () => [...(context.data?.kecamatans ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
    [context.data?.kecamatans],
  );
  const holidays = context.data?.holidays;
  const rows: QueueRow[] = useMemo(() => {
    const indicators = new Map(clusters.flatMap((c) => c.indicators).map((i) => [i.code, i]));
    const names = new Map(kecamatans.map((k) => [k.code, k.name]));
    const daysOff = new Set((holidays ?? []).map((h) => h.date));
    const now = new Date();
    const list = (queue.data?.submissionQueue ?? []).flatMap((submission) => {
      const indicator = indicators.get(submission.indicatorCode);
      if (!indicator) return [];
      const kecamatanName = names.get(submission.kecamatanCode) ?? submission.kecamatanCode;
      return [{ submission, indicator, kecamatanName, waiting: waitingOf(submission, daysOff, now) }];
    });
    return orderRows(list, filter.sort);
  }, [clusters, kecamatans, holidays, queue.data?.submissionQueue, filter.sort]);

  return {
    rows,
    clusters,
    kecamatans,
    loaded: queue.data != null && context.data != null,
    error: queue.error ?? context.error,
    retry: () => {
      void queue.refetch();
      void context.refetch();
    },
    reload: () => void queue.refetch(),
  };
}
