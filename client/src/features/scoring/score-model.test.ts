import { describe, expect, it } from 'vitest';
import { apiScore, scoreboardRow } from '../../test/score-fixtures';
import { toScoreboardRow } from './score-model';

const row = scoreboardRow('32.75.09', 'Jatiasih', [150, 87.5, 160, 200, 140, 75], 'NINDYA');
const score = apiScore(row);
score.clusters[0].cluster.nameEn = 'Institutional';
score.clusters[1].cluster.nameEn = ' ';

describe('toScoreboardRow', () => {
  it('names each cluster in the language, a blank English name falling back to the Bahasa one', () => {
    expect(
      toScoreboardRow(score, 'en')
        .clusters.slice(0, 2)
        .map((c) => c.name),
    ).toEqual(['Institutional', 'Klaster I – Hak Sipil dan Kebebasan']);
    expect(toScoreboardRow(score, 'id').clusters[0].name).toBe('Kelembagaan');
  });

  it('keeps the totals, categories and each cluster’s points and counts', () => {
    expect(toScoreboardRow(score, 'id')).toEqual({ ...row, clusters: row.clusters });
  });
});
