import { describe, expect, it } from 'vitest';
import { answerNearPoints, categoryAtLeast, rollupCategories, seedOf, seededRandom } from './insight.js';
import { scoreAnswer, type ScorableIndicator } from './scoring.js';

const percentage: ScorableIndicator = {
  measureType: 'PERCENTAGE',
  maxPoints: 50,
  scoringRule: {
    type: 'BANDS',
    bands: [
      { min: 90, points: 50 },
      { min: 70, max: 89.99, points: 30 },
      { min: 0, max: 69.99, points: 10 },
    ],
  },
};
const count: ScorableIndicator = {
  measureType: 'COUNT',
  maxPoints: 40,
  scoringRule: {
    type: 'BANDS',
    bands: [
      { min: 5, points: 40 },
      { min: 1, max: 4, points: 20 },
      { max: 0, points: 0 },
    ],
  },
};
const yesNo: ScorableIndicator = {
  measureType: 'YES_NO',
  maxPoints: 30,
  scoringRule: { type: 'YES_NO', yes: 30, no: 0 },
};
const options: ScorableIndicator = {
  measureType: 'OPTIONS',
  maxPoints: 60,
  scoringRule: {
    type: 'OPTIONS',
    options: [
      { value: 'A', label: 'a', points: 60 },
      { value: 'B', label: 'b', points: 25 },
      { value: 'C', label: 'c', points: 0 },
    ],
  },
};

describe('categoryAtLeast', () => {
  it('orders NONE < PRATAMA < … < KLA, the minimum itself included', () => {
    expect(categoryAtLeast('PRATAMA', 'PRATAMA')).toBe(true);
    expect(categoryAtLeast('NONE', 'PRATAMA')).toBe(false);
    expect(categoryAtLeast('KLA', 'UTAMA')).toBe(true);
    expect(categoryAtLeast('NINDYA', 'UTAMA')).toBe(false);
    expect(categoryAtLeast('NONE', 'NONE')).toBe(true);
  });
});

describe('rollupCategories', () => {
  it('counts all six categories with zeros and the share at or above the minimum', () => {
    const rollup = rollupCategories(['NONE', 'PRATAMA', 'PRATAMA', 'KLA'], 'PRATAMA');
    expect(rollup.counts).toEqual([
      { category: 'NONE', count: 1 },
      { category: 'PRATAMA', count: 2 },
      { category: 'MADYA', count: 0 },
      { category: 'NINDYA', count: 0 },
      { category: 'UTAMA', count: 0 },
      { category: 'KLA', count: 1 },
    ]);
    expect(rollup).toMatchObject({ total: 4, atLeastMinimum: 3, share: 0.75 });
    expect(rollupCategories(['NONE', 'PRATAMA', 'PRATAMA', 'KLA'], 'MADYA')).toMatchObject({
      atLeastMinimum: 1,
      share: 0.25,
    });
  });
  it('is 0 for nothing', () => {
    expect(rollupCategories([], 'PRATAMA')).toMatchObject({ total: 0, atLeastMinimum: 0, share: 0 });
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds, within [0, 1)', () => {
    const a = seededRandom(seedOf('2024|32.75.09'));
    const b = seededRandom(seedOf('2024|32.75.09'));
    const c = seededRandom(seedOf('2024|32.75.10'));
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('answerNearPoints', () => {
  it('reaches the maximum and the minimum of every rule type', () => {
    for (const indicator of [percentage, count, yesNo, options]) {
      expect(scoreAnswer(indicator, answerNearPoints(indicator, indicator.maxPoints))).toBe(indicator.maxPoints);
    }
    expect(scoreAnswer(percentage, answerNearPoints(percentage, 0))).toBe(10);
    expect(scoreAnswer(count, answerNearPoints(count, 0))).toBe(0);
    expect(answerNearPoints(yesNo, 0)).toEqual({ yes: false });
  });
  it('picks the closest band in between', () => {
    expect(scoreAnswer(percentage, answerNearPoints(percentage, 32))).toBe(30);
    expect(scoreAnswer(count, answerNearPoints(count, 18))).toBe(20);
    expect(answerNearPoints(options, 30)).toEqual({ option: 'B' });
  });
});
