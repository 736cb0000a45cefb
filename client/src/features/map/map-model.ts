import { categoryOf } from '@kecala/domain';
import type { ScoreCategory } from '../../gql/graphql';
import { type ScoreMode, type ScoreboardRow } from '../scoring/score-model';

/** What the map colours: the total, or one cluster (its code). */
export type MapMetric = 'total' | `cluster:${string}`;

export interface MapValue {
  code: string;
  name: string;
  value: number;
  max: number;
  /** The band of the value; a cluster is banded on its share of its maximum scaled to 1000. */
  category: ScoreCategory;
}

/** Each kecamatan's value for the metric, in the score mode in force. */
export function mapValues(rows: readonly ScoreboardRow[], metric: MapMetric, mode: ScoreMode): Map<string, MapValue> {
  const values = new Map<string, MapValue>();
  for (const row of rows) {
    if (metric === 'total') {
      const value = mode === 'verified' ? row.verifiedTotal : row.total;
      values.set(row.code, {
        code: row.code,
        name: row.name,
        value,
        max: row.maxTotal,
        category: mode === 'verified' ? row.verifiedCategory : row.category,
      });
    } else {
      const cluster = row.clusters.find((c) => c.code === metric.slice('cluster:'.length));
      const value = cluster ? (mode === 'verified' ? cluster.verifiedScore : cluster.score) : 0;
      const max = cluster?.maxPoints ?? 0;
      values.set(row.code, {
        code: row.code,
        name: row.name,
        value,
        max,
        category: max > 0 ? categoryOf((value / max) * 1000) : 'NONE',
      });
    }
  }
  return values;
}

export const MAP_CATEGORIES: readonly ScoreCategory[] = ['NONE', 'PRATAMA', 'MADYA', 'NINDYA', 'UTAMA', 'KLA'];

/** Fill per band, light to dark (sequential), each with its own pattern too. */
export const BAND_FILL: Record<ScoreCategory, string> = {
  NONE: '#f1f3f2',
  PRATAMA: '#d5e8e1',
  MADYA: '#a9d1c3',
  NINDYA: '#6fae98',
  UTAMA: '#2f8068',
  KLA: '#0a4237',
};

/** The band's range as text: "500–600" for totals, "50–60%" of the maximum for a cluster. */
export const BAND_RANGE: Record<ScoreCategory, [number, number]> = {
  NONE: [0, 500],
  PRATAMA: [500, 600],
  MADYA: [600, 700],
  NINDYA: [700, 800],
  UTAMA: [800, 900],
  KLA: [900, 1000],
};
