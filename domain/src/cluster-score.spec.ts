import { describe, expect, it } from 'vitest';
import { clusterScoreView, type ClusterScoreSource } from './cluster-score.js';

const source: ClusterScoreSource = {
  cluster: { code: 'K3', name: 'Kesehatan Dasar dan Kesejahteraan', nameEn: 'Basic Health and Welfare' },
  score: 87.5,
  verifiedScore: 60,
  maxPoints: 220,
  answered: 3,
  verified: 2,
  indicatorCount: 4,
};

describe('clusterScoreView', () => {
  it('keeps the points and counts and names the cluster in the language', () => {
    expect(clusterScoreView(source, 'en')).toEqual({
      code: 'K3',
      name: 'Basic Health and Welfare',
      score: 87.5,
      verifiedScore: 60,
      maxPoints: 220,
      answered: 3,
      verified: 2,
      indicatorCount: 4,
    });
    expect(clusterScoreView(source, 'id').name).toBe('Kesehatan Dasar dan Kesejahteraan');
  });

  it('names an untranslated cluster in Bahasa in English too', () => {
    for (const nameEn of ['', '  ', null, undefined])
      expect(clusterScoreView({ ...source, cluster: { ...source.cluster, nameEn } }, 'en').name).toBe(
        'Kesehatan Dasar dan Kesejahteraan',
      );
  });
});
