import { describe, expect, it } from 'vitest';
import { categoryOf, checkScoringRule, scoreAnswer, scoreKecamatan, type ClusterIndicator } from './scoring.js';

const percentage: ClusterIndicator = {
  id: 'p',
  clusterCode: 'K1',
  measureType: 'PERCENTAGE',
  maxPoints: 50,
  scoringRule: {
    type: 'BANDS',
    bands: [
      { min: 95, points: 50 },
      { min: 80, points: 30 },
      { min: 50, points: 10 },
    ],
  },
};
const lowerIsBetter: ClusterIndicator = {
  id: 'l',
  clusterCode: 'K2',
  measureType: 'PERCENTAGE',
  maxPoints: 30,
  scoringRule: {
    type: 'BANDS',
    bands: [
      { max: 0, points: 30 },
      { max: 2, points: 20 },
      { max: 5, points: 5 },
    ],
  },
};
const count: ClusterIndicator = {
  id: 'c',
  clusterCode: 'KEL',
  measureType: 'COUNT',
  maxPoints: 40,
  scoringRule: {
    type: 'BANDS',
    bands: [
      { min: 5, points: 40 },
      { min: 1, points: 10 },
    ],
  },
};
const yesNo: ClusterIndicator = {
  id: 'y',
  clusterCode: 'K2',
  measureType: 'YES_NO',
  maxPoints: 40,
  scoringRule: { type: 'YES_NO', yes: 40, no: 0 },
};
const options: ClusterIndicator = {
  id: 'o',
  clusterCode: 'KEL',
  measureType: 'OPTIONS',
  maxPoints: 60,
  scoringRule: {
    type: 'OPTIONS',
    options: [
      { value: 'FULL', label: 'Penuh', points: 60 },
      { value: 'PART', label: 'Sebagian', points: 20.5 },
      { value: 'NONE', label: 'Belum', points: 0 },
    ],
  },
};

describe('scoreAnswer', () => {
  it('takes the first band whose bounds hold, inclusive, over the percentage', () => {
    expect(scoreAnswer(percentage, { numerator: 95, denominator: 100 })).toBe(50);
    expect(scoreAnswer(percentage, { numerator: 949, denominator: 1000 })).toBe(30);
    expect(scoreAnswer(percentage, { numerator: 4, denominator: 5 })).toBe(30);
    expect(scoreAnswer(percentage, { numerator: 49, denominator: 100 })).toBe(0);
  });

  it('scores lower-is-better indicators with max bounds', () => {
    expect(scoreAnswer(lowerIsBetter, { numerator: 0, denominator: 120 })).toBe(30);
    expect(scoreAnswer(lowerIsBetter, { numerator: 2, denominator: 100 })).toBe(20);
    expect(scoreAnswer(lowerIsBetter, { numerator: 6, denominator: 100 })).toBe(0);
  });

  it('scores counts, yes/no and options', () => {
    expect(scoreAnswer(count, { count: 7 })).toBe(40);
    expect(scoreAnswer(count, { count: 1 })).toBe(10);
    expect(scoreAnswer(count, { count: 0 })).toBe(0);
    expect(scoreAnswer(yesNo, { yes: true })).toBe(40);
    expect(scoreAnswer(yesNo, { yes: false })).toBe(0);
    expect(scoreAnswer(options, { option: 'PART' })).toBe(20.5);
    expect(scoreAnswer(options, { option: 'UNKNOWN' })).toBe(0);
  });

  it('gives 0 for no answer and for an incomplete one', () => {
    expect(scoreAnswer(percentage, null)).toBe(0);
    expect(scoreAnswer(percentage, { numerator: 99 })).toBe(0);
    expect(scoreAnswer(yesNo, {})).toBe(0);
  });
});

describe('no cases (0 / 0)', () => {
  const served: ClusterIndicator = {
    ...percentage,
    scoringRule: {
      type: 'BANDS',
      noCasesPoints: 50,
      bands: [
        { min: 100, points: 50 },
        { min: 50, points: 20 },
      ],
    },
  };
  it('earns noCasesPoints where the rule defines them, and 0 elsewhere', () => {
    expect(scoreAnswer(served, { numerator: 0, denominator: 0 })).toBe(50);
    expect(scoreAnswer(percentage, { numerator: 0, denominator: 0 })).toBe(0);
    expect(checkScoringRule(served)).toEqual([]);
    expect(
      checkScoringRule({ ...count, scoringRule: { type: 'BANDS', noCasesPoints: 0, bands: [{ min: 1, points: 40 }] } }),
    ).toEqual(['noCasesPoints applies to PERCENTAGE indicators only']);
  });
});

describe('categoryOf — band edges on the 0–1000 scale', () => {
  it.each([
    [0, 'NONE'],
    [499.99, 'NONE'],
    [500, 'PRATAMA'],
    [600, 'PRATAMA'],
    [600.5, 'MADYA'],
    [600.004, 'PRATAMA'],
    [601, 'MADYA'],
    [700, 'MADYA'],
    [700.01, 'NINDYA'],
    [800, 'NINDYA'],
    [801, 'UTAMA'],
    [900, 'UTAMA'],
    [900.5, 'KLA'],
    [1000, 'KLA'],
  ] as const)('%s → %s', (total, category) => {
    expect(categoryOf(total)).toBe(category);
  });
});

describe('scoreKecamatan', () => {
  const clusters = ['KEL', 'K1', 'K2'];
  const indicators = [percentage, lowerIsBetter, count, yesNo, options];

  it('scores an empty form as 0 in every cluster, with the maxima', () => {
    const summary = scoreKecamatan(clusters, indicators, new Map());
    expect(summary).toEqual({
      total: 0,
      maxTotal: 220,
      category: 'NONE',
      clusters: [
        { clusterCode: 'KEL', score: 0, maxPoints: 100, answered: 0, indicatorCount: 2 },
        { clusterCode: 'K1', score: 0, maxPoints: 50, answered: 0, indicatorCount: 1 },
        { clusterCode: 'K2', score: 0, maxPoints: 70, answered: 0, indicatorCount: 2 },
      ],
    });
  });

  it('sums points per cluster and counts complete answers only', () => {
    const answers = new Map([
      ['p', { numerator: 80, denominator: 100 }],
      ['c', { count: 9 }],
      ['o', { option: 'PART' }],
      ['y', { yes: null }],
    ]);
    const summary = scoreKecamatan(clusters, indicators, answers);
    expect(summary.total).toBe(90.5);
    expect(summary.clusters.map((c) => [c.clusterCode, c.score, c.answered])).toEqual([
      ['KEL', 60.5, 2],
      ['K1', 30, 1],
      ['K2', 0, 0],
    ]);
  });
});

describe('checkScoringRule', () => {
  it('accepts a consistent rule and names each problem of a broken one', () => {
    expect(checkScoringRule(percentage)).toEqual([]);
    expect(checkScoringRule({ ...percentage, maxPoints: 60 })).toEqual([
      'rule gives at most 50 points, maxPoints is 60',
    ]);
    expect(checkScoringRule({ ...yesNo, measureType: 'COUNT' })).toEqual([
      'rule type YES_NO does not fit measure type COUNT',
    ]);
    expect(
      checkScoringRule({
        ...options,
        scoringRule: {
          type: 'OPTIONS',
          options: [
            { value: 'A', label: 'a', points: 60 },
            { value: 'A', label: 'b', points: -1 },
          ],
        },
      }),
    ).toEqual(['points must be finite and not negative', 'option values must be unique']);
  });
});
