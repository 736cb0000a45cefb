import type { ScoreboardRow } from '../features/scores/score-model';

const CLUSTER_NAMES: Record<string, string> = {
  KEL: 'Kelembagaan',
  K1: 'Klaster I – Hak Sipil dan Kebebasan',
  K2: 'Klaster II – Lingkungan Keluarga',
  K3: 'Klaster III – Kesehatan Dasar',
  K4: 'Klaster IV – Pendidikan',
  K5: 'Klaster V – Perlindungan Khusus',
};
const MAXIMA: Record<string, number> = { KEL: 170, K1: 130, K2: 180, K3: 220, K4: 150, K5: 150 };

/** A test row whose cluster scores are given in order KEL, K1…K5. */
export function scoreboardRow(code: string, name: string, scores: number[], category: ScoreboardRow['category']): ScoreboardRow {
  const codes = Object.keys(MAXIMA);
  const clusters = codes.map((c, i) => ({
    code: c,
    name: CLUSTER_NAMES[c],
    score: scores[i] ?? 0,
    maxPoints: MAXIMA[c],
    answered: 2,
    indicatorCount: 4,
  }));
  const total = Math.round(clusters.reduce((s, c) => s + c.score, 0) * 100) / 100;
  return { code, name, total, maxTotal: 1000, category, clusters };
}
