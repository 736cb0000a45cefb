import { describe, expect, it } from 'vitest';
import { checkPlausibility, checkPlausibilityRule, normalizePlausibilityRule } from './plausibility.js';

const percentage = (rule: object) => ({ measureType: 'PERCENTAGE' as const, plausibilityRule: rule });
const count = (rule: object) => ({ measureType: 'COUNT' as const, plausibilityRule: rule });
const codes = (list: { code: string }[]) => list.map((w) => w.code);
const fields = (list: { field: string; code: string }[]) => list.map((e) => `${e.field}:${e.code}`);

describe('checkPlausibility: range', () => {
  it('warns on a child-marriage rate of 69 % (312 of 450) above a maximum of 20 %', () => {
    const warnings = checkPlausibility(percentage({ max: 20 }), { numerator: 312, denominator: 450 });
    expect(warnings).toEqual([
      {
        code: 'ABOVE_MAX',
        message: '69,33 % di atas batas wajar 20 %',
        messageEn: '69.33 % is above the plausible maximum of 20 %',
      },
    ]);
  });

  it('keeps the edges inclusive: exactly the minimum or maximum is plausible', () => {
    expect(checkPlausibility(count({ min: 1, max: 10 }), { count: 1 })).toEqual([]);
    expect(checkPlausibility(count({ min: 1, max: 10 }), { count: 10 })).toEqual([]);
    expect(codes(checkPlausibility(count({ min: 1, max: 10 }), { count: 0 }))).toEqual(['BELOW_MIN']);
    expect(codes(checkPlausibility(count({ min: 1, max: 10 }), { count: 11 }))).toEqual(['ABOVE_MAX']);
  });

  it('says nothing without a rule, without an answer, or for 0 / 0 (no cases)', () => {
    expect(checkPlausibility({ measureType: 'COUNT', plausibilityRule: null }, { count: 999 })).toEqual([]);
    expect(checkPlausibility(count({ max: 1 }), null)).toEqual([]);
    expect(checkPlausibility(percentage({ min: 50 }), { numerator: 0, denominator: 0 })).toEqual([]);
    expect(checkPlausibility(count({ max: 1 }), { count: null })).toEqual([]);
  });
});

describe('checkPlausibility: change against last year', () => {
  const baseline = { year: 2025, answer: { count: 5 } };

  it('warns on a rise beyond the maximum change, in words with the year', () => {
    const [warning] = checkPlausibility(count({ maxChangePercent: 100 }), { count: 20 }, baseline);
    expect(warning).toEqual({
      code: 'CHANGE_TOO_LARGE',
      message: 'naik 300 % dari 2025 (5 → 20)',
      messageEn: 'up 300 % from 2025 (5 → 20)',
    });
  });

  it('warns on a fall too, and accepts exactly the maximum change', () => {
    expect(checkPlausibility(count({ maxChangePercent: 50 }), { count: 1 }, baseline)[0]?.message).toBe(
      'turun 80 % dari 2025 (5 → 1)',
    );
    expect(checkPlausibility(count({ maxChangePercent: 100 }), { count: 10 }, baseline)).toEqual([]);
  });

  it('skips the change when last year had no verified value or was 0', () => {
    expect(checkPlausibility(count({ maxChangePercent: 10 }), { count: 9 }, null)).toEqual([]);
    expect(checkPlausibility(count({ maxChangePercent: 10 }), { count: 9 }, { year: 2025, answer: null })).toEqual([]);
    expect(
      checkPlausibility(count({ maxChangePercent: 10 }), { count: 9 }, { year: 2025, answer: { count: 0 } }),
    ).toEqual([]);
  });

  it('compares the percentage, not the raw numerator', () => {
    const last = { year: 2025, answer: { numerator: 10, denominator: 100 } };
    expect(checkPlausibility(percentage({ maxChangePercent: 50 }), { numerator: 20, denominator: 200 }, last)).toEqual(
      [],
    );
    expect(
      codes(checkPlausibility(percentage({ maxChangePercent: 50 }), { numerator: 40, denominator: 100 }, last)),
    ).toEqual(['CHANGE_TOO_LARGE']);
  });

  it('warns on a denominator that moves more than the set share', () => {
    const last = { year: 2025, answer: { numerator: 10, denominator: 400 } };
    const rule = percentage({ maxDenominatorChangePercent: 25 });
    expect(checkPlausibility(rule, { numerator: 10, denominator: 500 }, last)).toEqual([]);
    expect(checkPlausibility(rule, { numerator: 10, denominator: 1000 }, last)).toEqual([
      {
        code: 'DENOMINATOR_CHANGE',
        message: 'Penyebut naik 150 % dari 2025 (400 → 1.000)',
        messageEn: 'Denominator up 150 % from 2025 (400 → 1,000)',
      },
    ]);
  });

  it('lists every rule that fires', () => {
    const last = { year: 2025, answer: { numerator: 5, denominator: 450 } };
    const rule = percentage({ max: 20, maxChangePercent: 100, maxDenominatorChangePercent: 50 });
    expect(codes(checkPlausibility(rule, { numerator: 312, denominator: 1000 }, last))).toEqual([
      'ABOVE_MAX',
      'CHANGE_TOO_LARGE',
      'DENOMINATOR_CHANGE',
    ]);
  });
});

describe('checkPlausibilityRule', () => {
  it('accepts a sensible rule and no rule', () => {
    expect(
      checkPlausibilityRule({ min: 0, max: 20, maxChangePercent: 100, maxDenominatorChangePercent: 30 }, 'PERCENTAGE'),
    ).toEqual([]);
    expect(checkPlausibilityRule(null, 'YES_NO')).toEqual([]);
    expect(checkPlausibilityRule({}, 'OPTIONS')).toEqual([]);
  });

  it('names the field of min > max, a negative share, a percentage above 100 and a non-number', () => {
    expect(fields(checkPlausibilityRule({ min: 30, max: 20 }, 'PERCENTAGE'))).toEqual(['plausibility.min:MIN_GT_MAX']);
    expect(fields(checkPlausibilityRule({ maxChangePercent: -5 }, 'COUNT'))).toEqual([
      'plausibility.maxChangePercent:NEGATIVE',
    ]);
    expect(fields(checkPlausibilityRule({ max: 120 }, 'PERCENTAGE'))).toEqual(['plausibility.max:OUT_OF_RANGE']);
    expect(fields(checkPlausibilityRule({ max: 120 }, 'COUNT'))).toEqual([]);
    expect(fields(checkPlausibilityRule({ min: Number.NaN }, 'COUNT'))).toEqual(['plausibility.min:NOT_A_NUMBER']);
    expect(fields(checkPlausibilityRule({ min: '3' as unknown as number }, 'COUNT'))).toEqual([
      'plausibility.min:NOT_A_NUMBER',
    ]);
    expect(fields(checkPlausibilityRule({ maxChangePercent: 1e9 }, 'COUNT'))).toEqual([
      'plausibility.maxChangePercent:OUT_OF_RANGE',
    ]);
  });

  it('refuses bounds that do not fit the measure type', () => {
    expect(fields(checkPlausibilityRule({ max: 1 }, 'YES_NO'))).toEqual(['plausibility.max:NOT_APPLICABLE']);
    expect(fields(checkPlausibilityRule({ maxDenominatorChangePercent: 10 }, 'COUNT'))).toEqual([
      'plausibility.maxDenominatorChangePercent:NOT_APPLICABLE',
    ]);
  });

  it('normalizes an empty rule to null and drops unset bounds', () => {
    expect(normalizePlausibilityRule({ min: null, max: null })).toBeNull();
    expect(normalizePlausibilityRule({ min: null, max: 5 })).toEqual({ max: 5 });
  });
});
