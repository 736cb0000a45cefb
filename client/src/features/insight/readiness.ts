import type { SubmissionStatus } from '../../gql/graphql';

export type ReadinessState = 'empty' | 'draft' | 'submitted' | 'returned' | 'verified';
export const READINESS_STATES: readonly ReadinessState[] = ['empty', 'draft', 'submitted', 'returned', 'verified'];

export type ReadinessCounts = Record<ReadinessState, number>;

export interface ReadinessCell {
  kecamatanCode: string;
  clusterCode: string;
  indicatorCount: number;
  counts: ReadinessCounts;
  /** The state that sums the cell up (see cellState). */
  state: ReadinessState | 'mixed';
}

const STATUS_TO_STATE: Record<SubmissionStatus, ReadinessState> = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted',
  RETURNED: 'returned',
  VERIFIED: 'verified',
};

/**
 * One word per cell: all verified → verified; anything returned → returned (needs the operator);
 * else all submitted-or-verified → submitted; nothing at all → empty; otherwise in progress (draft).
 */
export function cellState(counts: ReadinessCounts, indicatorCount: number): ReadinessCell['state'] {
  if (indicatorCount > 0 && counts.verified === indicatorCount) return 'verified';
  if (counts.returned > 0) return 'returned';
  if (indicatorCount > 0 && counts.submitted + counts.verified === indicatorCount) return 'submitted';
  if (counts.empty === indicatorCount) return 'empty';
  return counts.draft > 0 || counts.empty > 0 ? 'draft' : 'mixed';
}

/**
 * Counts per kecamatan × cluster: each state from the queue, and `empty` = the cluster's indicators
 * without any submission of that kecamatan.
 */
export function readinessMatrix(
  kecamatanCodes: readonly string[],
  clusters: ReadonlyArray<{ code: string; indicators: ReadonlyArray<{ code: string }> }>,
  submissions: ReadonlyArray<{ kecamatanCode: string; indicatorCode: string; status: SubmissionStatus }>,
): Map<string, ReadinessCell> {
  const clusterOfIndicator = new Map<string, string>();
  for (const cluster of clusters)
    for (const indicator of cluster.indicators) clusterOfIndicator.set(indicator.code, cluster.code);
  const cells = new Map<string, ReadinessCell>();
  for (const kecamatanCode of kecamatanCodes) {
    for (const cluster of clusters) {
      cells.set(cellKey(kecamatanCode, cluster.code), {
        kecamatanCode,
        clusterCode: cluster.code,
        indicatorCount: cluster.indicators.length,
        counts: { empty: 0, draft: 0, submitted: 0, returned: 0, verified: 0 },
        state: 'empty',
      });
    }
  }
  // One submission per kecamatan and indicator; a duplicate would not count twice.
  const seen = new Set<string>();
  for (const submission of submissions) {
    const clusterCode = clusterOfIndicator.get(submission.indicatorCode);
    const cell = clusterCode ? cells.get(cellKey(submission.kecamatanCode, clusterCode)) : undefined;
    const key = `${submission.kecamatanCode}|${submission.indicatorCode}`;
    if (!cell || seen.has(key)) continue;
    seen.add(key);
    cell.counts[STATUS_TO_STATE[submission.status]] += 1;
  }
  for (const cell of cells.values()) {
    const { draft, submitted, returned, verified } = cell.counts;
    cell.counts.empty = Math.max(0, cell.indicatorCount - draft - submitted - returned - verified);
    cell.state = cellState(cell.counts, cell.indicatorCount);
  }
  return cells;
}

export function cellKey(kecamatanCode: string, clusterCode: string): string {
  return `${kecamatanCode}|${clusterCode}`;
}
