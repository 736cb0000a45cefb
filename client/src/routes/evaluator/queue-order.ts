import { waitingWorkDays } from '@kecala/domain';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import type { QueueSort } from './queue-filter';

export interface QueueWaiting {
  /** Whole working days waited so far. */
  days: number;
  /** Waiting more than one working day. */
  overdue: boolean;
}

/** Since when a row waits for an evaluator: its last state change (or save). */
function waitingSince(submission: Pick<SubmissionFieldsFragment, 'statusChangedAt' | 'updatedAt'>): string {
  return submission.statusChangedAt ?? submission.updatedAt;
}

/** How long a SUBMITTED row has waited, in working days (WIB, Monday–Friday, minus holidays); null otherwise. */
export function waitingOf(
  submission: Pick<SubmissionFieldsFragment, 'status' | 'statusChangedAt' | 'updatedAt'>,
  holidays: ReadonlySet<string>,
  now: Date,
): QueueWaiting | null {
  if (submission.status !== 'SUBMITTED') return null;
  return waitingWorkDays(new Date(waitingSince(submission)), now, holidays);
}

/** The rows in the chosen order: the longest waiting first (default), or as the server lists them. */
export function orderRows<Row extends { submission: Pick<SubmissionFieldsFragment, 'statusChangedAt' | 'updatedAt'> }>(
  rows: readonly Row[],
  sort: QueueSort,
): Row[] {
  if (sort === 'kecamatan') return [...rows];
  return [...rows].sort((a, b) => waitingSince(a.submission).localeCompare(waitingSince(b.submission)));
}
