import type { ScoreMode, ScoreboardRow } from './score-model';

/** A column the scoreboard can be ordered by: the name, either total, or one cluster (its code). */
export type ScoreSortKey = 'name' | 'self' | 'verified' | `cluster:${string}`;
export type SortDirection = 'ascending' | 'descending';
export interface ScoreSort {
  key: ScoreSortKey;
  direction: SortDirection;
}

/** Highest first for numbers, A→Z for names: the first click gives what one usually wants. */
export function defaultDirectionOf(key: ScoreSortKey): SortDirection {
  return key === 'name' ? 'ascending' : 'descending';
}

/** Next sort after activating a column's button: its default direction, or flipped when already on. */
export function nextSort(current: ScoreSort, key: ScoreSortKey): ScoreSort {
  if (current.key !== key) return { key, direction: defaultDirectionOf(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The value of a column for one row; cluster columns use the mode in force. */
export function sortValue(row: ScoreboardRow, key: ScoreSortKey, mode: ScoreMode): number | string {
  if (key === 'name') return row.name;
  if (key === 'self') return row.total;
  if (key === 'verified') return row.verifiedTotal;
  const cluster = row.clusters.find((c) => c.code === key.slice('cluster:'.length));
  if (!cluster) return -1;
  return mode === 'verified' ? cluster.verifiedScore : cluster.score;
}

/** Rows in the order asked; ties by name so the order is stable. */
export function sortRows(rows: readonly ScoreboardRow[], sort: ScoreSort, mode: ScoreMode): ScoreboardRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key, mode);
    const vb = sortValue(b, sort.key, mode);
    const byValue =
      typeof va === 'string' || typeof vb === 'string' ? String(va).localeCompare(String(vb), 'id') : va - vb;
    return sign * byValue || a.name.localeCompare(b.name, 'id');
  });
}
