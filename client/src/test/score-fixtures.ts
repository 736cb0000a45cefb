import type { ScoreboardRow } from '../features/scoring/score-model';

const CLUSTER_NAMES: Record<string, string> = {
  KEL: 'Kelembagaan',
  K1: 'Klaster I – Hak Sipil dan Kebebasan',
  K2: 'Klaster II – Lingkungan Keluarga',
  K3: 'Klaster III – Kesehatan Dasar',
  K4: 'Klaster IV – Pendidikan',
  K5: 'Klaster V – Perlindungan Khusus',
};
const MAXIMA: Record<string, number> = { KEL: 170, K1: 130, K2: 180, K3: 220, K4: 150, K5: 150 };

/**
 * A test row whose cluster scores are given in order KEL, K1…K5; verified scores likewise (none
 * verified unless given: one verified indicator per cluster with a verified score above 0).
 */
export function scoreboardRow(
  code: string,
  name: string,
  scores: number[],
  category: ScoreboardRow['category'],
  verified: { scores: number[]; category: ScoreboardRow['category'] } = { scores: [], category: 'NONE' },
): ScoreboardRow {
  const codes = Object.keys(MAXIMA);
  const clusters = codes.map((c, i) => ({
    code: c,
    name: CLUSTER_NAMES[c],
    score: scores[i] ?? 0,
    verifiedScore: verified.scores[i] ?? 0,
    maxPoints: MAXIMA[c],
    answered: 2,
    verified: (verified.scores[i] ?? 0) > 0 ? 1 : 0,
    indicatorCount: 4,
  }));
  const sum = (values: number[]) => Math.round(values.reduce((s, v) => s + v, 0) * 100) / 100;
  return {
    code,
    name,
    total: sum(clusters.map((c) => c.score)),
    maxTotal: 1000,
    category,
    verifiedTotal: sum(clusters.map((c) => c.verifiedScore)),
    verifiedCategory: verified.category,
    verifiedCount: clusters.reduce((s, c) => s + c.verified, 0),
    clusters,
  };
}

/** A row as the API returns it (KecamatanScoreFields). */
export function apiScore(row: ScoreboardRow, year = 2026) {
  return {
    __typename: 'KecamatanScore' as const,
    year,
    total: row.total,
    maxTotal: row.maxTotal,
    category: row.category,
    verifiedTotal: row.verifiedTotal,
    verifiedCategory: row.verifiedCategory,
    verifiedCount: row.verifiedCount,
    kecamatan: { __typename: 'Kecamatan' as const, code: row.code, name: row.name },
    clusters: row.clusters.map((c) => ({
      __typename: 'ClusterScore' as const,
      score: c.score,
      verifiedScore: c.verifiedScore,
      verified: c.verified,
      maxPoints: c.maxPoints,
      answered: c.answered,
      indicatorCount: c.indicatorCount,
      cluster: { __typename: 'Cluster' as const, code: c.code, name: c.name, nameEn: c.name },
    })),
  };
}
