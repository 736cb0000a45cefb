import { describe, expect, it } from 'vitest';
import { gapToNextBand, type IndicatorStanding } from './gap.js';

const standing = (
  code: string,
  maxPoints: number,
  points: number,
  extra: Partial<IndicatorStanding> = {},
): IndicatorStanding => ({
  code,
  clusterCode: code.split('-')[0],
  maxPoints,
  points,
  answered: points > 0,
  evidenceComplete: points > 0,
  verified: points > 0,
  ...extra,
});

describe('gapToNextBand', () => {
  it('from nothing answered: 500 points to Pratama, every indicator listed by points, each missing everything', () => {
    const gap = gapToNextBand(0, [standing('K1-04', 50, 0), standing('KEL-02', 70, 0), standing('K1-05', 40, 0)]);
    expect(gap).toMatchObject({
      category: 'NONE',
      nextCategory: 'PRATAMA',
      threshold: 500,
      inclusive: true,
      pointsNeeded: 500,
      reachable: false,
    });
    expect(gap.indicators.map((i) => [i.code, i.pointsAvailable])).toEqual([
      ['KEL-02', 70],
      ['K1-04', 50],
      ['K1-05', 40],
    ]);
    expect(gap.indicators[0].missing).toEqual(['ANSWER', 'EVIDENCE', 'VERIFICATION']);
  });

  it('exactly on a band edge: 600 is Pratama and needs more than 0 points for Madya', () => {
    const gap = gapToNextBand(600, [standing('K1-04', 50, 40)]);
    expect(gap).toMatchObject({
      category: 'PRATAMA',
      nextCategory: 'MADYA',
      threshold: 600,
      inclusive: false,
      pointsNeeded: 0,
      reachable: true,
    });
    expect(gapToNextBand(500, [])).toMatchObject({
      category: 'PRATAMA',
      nextCategory: 'MADYA',
      pointsNeeded: 100,
      reachable: false,
    });
    expect(gapToNextBand(499.5, [standing('K1-04', 50, 49.5)])).toMatchObject({
      nextCategory: 'PRATAMA',
      pointsNeeded: 0.5,
      reachable: true,
    });
  });

  it('needs strictly more than an exclusive edge to count as reachable', () => {
    expect(gapToNextBand(690, [standing('K1-04', 50, 40)])).toMatchObject({
      nextCategory: 'NINDYA',
      pointsNeeded: 10,
      reachable: false,
    });
    expect(gapToNextBand(690, [standing('K1-04', 50, 39)])).toMatchObject({ pointsNeeded: 10, reachable: true });
  });

  it('already KLA: no next band and nothing listed', () => {
    expect(gapToNextBand(950, [standing('K1-04', 50, 10)])).toEqual({
      category: 'KLA',
      nextCategory: null,
      threshold: null,
      inclusive: false,
      pointsNeeded: 0,
      reachable: true,
      indicators: [],
    });
  });

  it('names what each indicator lacks: an answered, documented but unverified one needs only verification', () => {
    const gap = gapToNextBand(0, [
      standing('K2-08', 40, 0, { answered: true, evidenceComplete: true, verified: false }),
      standing('K2-09', 30, 0, { answered: true, evidenceComplete: false, verified: false }),
      standing('K2-10', 40, 40),
    ]);
    expect(gap.indicators).toEqual([
      { code: 'K2-08', clusterCode: 'K2', pointsAvailable: 40, missing: ['VERIFICATION'] },
      { code: 'K2-09', clusterCode: 'K2', pointsAvailable: 30, missing: ['EVIDENCE', 'VERIFICATION'] },
    ]);
  });
});
