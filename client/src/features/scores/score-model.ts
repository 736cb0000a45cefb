import type { KecamatanScoreFieldsFragment, ScoreCategory } from '../../gql/graphql';

/** One cluster's score as the charts draw it. */
export interface ClusterScoreDatum {
  code: string;
  name: string;
  score: number;
  maxPoints: number;
  answered: number;
  indicatorCount: number;
}

/** One kecamatan row of the city scoreboard. */
export interface ScoreboardRow {
  code: string;
  name: string;
  total: number;
  maxTotal: number;
  category: ScoreCategory;
  clusters: ClusterScoreDatum[];
}

export function toScoreboardRow(score: KecamatanScoreFieldsFragment, language: string): ScoreboardRow {
  return {
    code: score.kecamatan.code,
    name: score.kecamatan.name,
    total: score.total,
    maxTotal: score.maxTotal,
    category: score.category,
    clusters: score.clusters.map((c) => ({
      code: c.cluster.code,
      name: language === 'en' ? c.cluster.nameEn : c.cluster.name,
      score: c.score,
      maxPoints: c.maxPoints,
      answered: c.answered,
      indicatorCount: c.indicatorCount,
    })),
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
