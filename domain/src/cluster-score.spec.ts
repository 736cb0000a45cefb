import { describe, expect, it } from 'vitest';
import { clusterScoreView, type ClusterScoreFigures, type ClusterScoreSource } from './cluster-score.js';

const figures: ClusterScoreFigures = {
  score: 87.5,
  verifiedScore: 60,
  maxPoints: 220,
  answered: 3,
  verified: 2,
  indicatorCount: 4,
};
const source: ClusterScoreSource = {
  cluster: { code: 'K3', name: 'Kesehatan Dasar dan Kesejahteraan', nameEn: 'Basic Health and Welfare' },
  ...figures,
};

describe('clusterScoreView', () => {
  it('keeps the points and counts and names the cluster in the language', () => {
    expect(clusterScoreView(source, 'en')).toEqual({ code: 'K3', name: 'Basic Health and Welfare', ...figures });
    expect(clusterScoreView(source, 'id').name).toBe('Kesehatan Dasar dan Kesejahteraan');
  });

  it('names an untranslated cluster in Bahasa in English too', () => {
    for (const nameEn of ['', '  ', null, undefined])
      expect(clusterScoreView({ ...source, cluster: { ...source.cluster, nameEn } }, 'en').name).toBe(
        'Kesehatan Dasar dan Kesejahteraan',
      );
  });

  it('leaves out what the row does not show', () => {
    expect(Object.keys(clusterScoreView({ ...source, extra: 1 } as ClusterScoreSource, 'id')).sort()).toEqual(
      ['code', 'name', ...Object.keys(figures)].sort(),
    );
  });
});
