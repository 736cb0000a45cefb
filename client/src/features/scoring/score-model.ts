import { clusterScoreView, type ClusterScoreView } from '@kecala/domain';
import type { KecamatanScoreFieldsFragment, ScoreCategory } from '../../gql/graphql';

/** One cluster's score as the charts draw it. */
export type ClusterScoreDatum = ClusterScoreView;

/** One kecamatan row of the city scoreboard. */
export interface ScoreboardRow {
  code: string;
  name: string;
  /** Self-assessed total and its category. */
  total: number;
  maxTotal: number;
  category: ScoreCategory;
  verifiedTotal: number;
  verifiedCategory: ScoreCategory;
  /** Indicators that are VERIFIED. */
  verifiedCount: number;
  clusters: ClusterScoreDatum[];
}

/** Which score the charts draw: the verified one, or the kecamatan's own (self-assessed) one. */
export type ScoreMode = 'verified' | 'self';

/** Verified as soon as anything is verified; until then the self-assessed score says more. */
export function defaultScoreMode(rows: ReadonlyArray<Pick<ScoreboardRow, 'verifiedCount'>>): ScoreMode {
  return rows.some((row) => row.verifiedCount > 0) ? 'verified' : 'self';
}

/** The row with `total`, `category` and each cluster's `score` taken from the chosen mode. */
export function rowInMode(row: ScoreboardRow, mode: ScoreMode): ScoreboardRow {
  if (mode === 'self') return row;
  return {
    ...row,
    total: row.verifiedTotal,
    category: row.verifiedCategory,
    clusters: row.clusters.map((c) => ({ ...c, score: c.verifiedScore })),
  };
}

/** Indicators of the kecamatan's set (the sum over its clusters). */
export function indicatorCountOf(row: Pick<ScoreboardRow, 'clusters'>): number {
  return row.clusters.reduce((sum, c) => sum + c.indicatorCount, 0);
}

export function toScoreboardRow(score: KecamatanScoreFieldsFragment, language: string): ScoreboardRow {
  return {
    code: score.kecamatan.code,
    name: score.kecamatan.name,
    total: score.total,
    maxTotal: score.maxTotal,
    category: score.category,
    verifiedTotal: score.verifiedTotal,
    verifiedCategory: score.verifiedCategory,
    verifiedCount: score.verifiedCount,
    clusters: score.clusters.map((c) => clusterScoreView(c, language)),
  };
}

/** Highest total first; equal totals by name so the order is stable. */
export function sortByTotal(rows: readonly ScoreboardRow[]): ScoreboardRow[] {
  return [...rows].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'id'));
}

/** Clusters in instrument order: KEL (Kelembagaan) first, then K1…K5. */
export function clusterOrder(code: string): number {
  if (code === 'KEL') return 0;
  const match = /^K(\d+)$/.exec(code);
  return match ? Number(match[1]) : 100;
}

export function compareClusterCodes(a: string, b: string): number {
  return clusterOrder(a) - clusterOrder(b) || a.localeCompare(b);
}

/** A colour per cluster, distinguishable and with enough contrast against white. */
export const CLUSTER_COLORS: Record<string, string> = {
  KEL: '#0f5c4d',
  K1: '#2f6fb3',
  K2: '#b35c00',
  K3: '#7a3fa0',
  K4: '#1f8a3b',
  K5: '#b0304a',
};

export function clusterColor(code: string, index: number): string {
  const fallback = ['#0f5c4d', '#2f6fb3', '#b35c00', '#7a3fa0', '#1f8a3b', '#b0304a', '#555555'];
  return CLUSTER_COLORS[code] ?? fallback[index % fallback.length];
}
