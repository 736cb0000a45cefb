import type { SubmissionStatus } from '../../gql/graphql';

/** `status=semua` shows every state; no `status` means the default, SUBMITTED. */
export const ALL_STATUSES = 'semua';
export type QueueStatusChoice = SubmissionStatus | typeof ALL_STATUSES;

const STATUS_CHOICES: readonly QueueStatusChoice[] = ['SUBMITTED', 'RETURNED', 'VERIFIED', 'DRAFT', ALL_STATUSES];

/** `urut=kecamatan` orders by kecamatan and indicator; the default puts the longest waiting first. */
export const QUEUE_SORTS = ['terlama', 'kecamatan'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueFilter {
  kecamatanCode: string | null;
  clusterCode: string | null;
  status: QueueStatusChoice;
  sort: QueueSort;
}

/** Query-string names, in Bahasa Indonesia like `tahun`. */
export const QUEUE_PARAMS = {
  kecamatan: 'kecamatan',
  cluster: 'klaster',
  status: 'status',
  sort: 'urut',
  open: 'buka',
} as const;

export function queueFilterFromParams(params: URLSearchParams): QueueFilter {
  const status = params.get(QUEUE_PARAMS.status);
  const sort = params.get(QUEUE_PARAMS.sort);
  return {
    sort: QUEUE_SORTS.includes(sort as QueueSort) ? (sort as QueueSort) : 'terlama',
    kecamatanCode: params.get(QUEUE_PARAMS.kecamatan) || null,
    clusterCode: params.get(QUEUE_PARAMS.cluster) || null,
    status: STATUS_CHOICES.includes(status as QueueStatusChoice) ? (status as QueueStatusChoice) : 'SUBMITTED',
  };
}

/** The states the server is asked for. */
export function statusesOf(choice: QueueStatusChoice): SubmissionStatus[] {
  return choice === ALL_STATUSES ? ['DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED'] : [choice];
}

/** A copy of the query string with some filters changed; empty values and the default state drop out. */
export function withQueueParams(
  params: URLSearchParams,
  patch: Partial<QueueFilter> & { open?: string | null },
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null | undefined) => (value ? next.set(name, value) : next.delete(name));
  if ('kecamatanCode' in patch) set(QUEUE_PARAMS.kecamatan, patch.kecamatanCode);
  if ('clusterCode' in patch) set(QUEUE_PARAMS.cluster, patch.clusterCode);
  if ('status' in patch) set(QUEUE_PARAMS.status, patch.status === 'SUBMITTED' ? null : patch.status);
  if ('sort' in patch) set(QUEUE_PARAMS.sort, patch.sort === 'terlama' ? null : patch.sort);
  if ('open' in patch) set(QUEUE_PARAMS.open, patch.open);
  return next;
}

export const QUEUE_STATUS_CHOICES = STATUS_CHOICES;
