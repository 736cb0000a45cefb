import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_NUMBER, validateAnswer, validateAnswerFor, validateNote } from './validation.js';
import { isAnswered, percentageOf } from './answer.js';

const codes = (errors: { field: string; code: string }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('validateAnswer', () => {
  it('accepts a well-formed answer of each type and no answer at all', () => {
    expect(validateAnswer('PERCENTAGE', { numerator: 3, denominator: 4 })).toEqual([]);
    expect(validateAnswer('PERCENTAGE', { numerator: 4, denominator: 4 })).toEqual([]);
    expect(validateAnswer('COUNT', { count: 0 })).toEqual([]);
    expect(validateAnswer('YES_NO', { yes: false })).toEqual([]);
    expect(validateAnswer('OPTIONS', { option: 'A' }, ['A', 'B'])).toEqual([]);
    expect(validateAnswer('COUNT', null)).toEqual([]);
  });

  it('refuses a numerator above the denominator and a zero denominator', () => {
    expect(codes(validateAnswer('PERCENTAGE', { numerator: 5, denominator: 4 }))).toEqual([
      'answer.numerator:NUMERATOR_EXCEEDS_DENOMINATOR',
    ]);
    expect(codes(validateAnswer('PERCENTAGE', { numerator: 0, denominator: 0 }))).toEqual([
      'answer.denominator:DENOMINATOR_ZERO',
    ]);
  });

  it('refuses negatives, fractions, oversized numbers and missing parts', () => {
    expect(codes(validateAnswer('COUNT', { count: -1 }))).toEqual(['answer.count:NEGATIVE']);
    expect(codes(validateAnswer('COUNT', { count: 1.5 }))).toEqual(['answer.count:NOT_AN_INTEGER']);
    expect(codes(validateAnswer('COUNT', { count: Number.NaN }))).toEqual(['answer.count:NOT_AN_INTEGER']);
    expect(codes(validateAnswer('COUNT', { count: MAX_ANSWER_NUMBER + 1 }))).toEqual(['answer.count:TOO_LARGE']);
    expect(codes(validateAnswer('PERCENTAGE', { numerator: 1 }))).toEqual(['answer.denominator:REQUIRED']);
    expect(codes(validateAnswer('YES_NO', { yes: null, count: 1 }))).toEqual([
      'answer.count:NOT_APPLICABLE',
      'answer.yes:REQUIRED',
    ]);
  });

  it('refuses an option that is not offered and names fields with the given prefix', () => {
    expect(codes(validateAnswer('OPTIONS', { option: 'C' }, ['A', 'B'], ''))).toEqual(['option:UNKNOWN_OPTION']);
    expect(validateAnswer('OPTIONS', { option: '' }, ['A'])[0].message).toBe('answer.option is required');
  });
});

describe('validateAnswerFor', () => {
  const served = {
    measureType: 'PERCENTAGE' as const,
    scoringRule: { type: 'BANDS' as const, noCasesPoints: 40, bands: [{ min: 90, points: 40 }] },
  };
  const plain = {
    measureType: 'PERCENTAGE' as const,
    scoringRule: { type: 'BANDS' as const, bands: [{ min: 90, points: 40 }] },
  };
  it('accepts 0 / 0 only where the rule scores "no cases", and never n / 0', () => {
    expect(validateAnswerFor(served, { numerator: 0, denominator: 0 })).toEqual([]);
    expect(codes(validateAnswerFor(served, { numerator: 2, denominator: 0 }))).toEqual([
      'answer.numerator:NUMERATOR_EXCEEDS_DENOMINATOR',
    ]);
    expect(codes(validateAnswerFor(plain, { numerator: 0, denominator: 0 }))).toEqual([
      'answer.denominator:DENOMINATOR_ZERO',
    ]);
  });

  it('takes the option values from the rule', () => {
    const options = {
      measureType: 'OPTIONS' as const,
      scoringRule: { type: 'OPTIONS' as const, options: [{ value: 'A', label: 'a', points: 1 }] },
    };
    expect(validateAnswerFor(options, { option: 'A' })).toEqual([]);
    expect(codes(validateAnswerFor(options, { option: 'B' }))).toEqual(['answer.option:UNKNOWN_OPTION']);
  });
});

describe('validateNote', () => {
  it('accepts text with line breaks and refuses control characters and oversized notes', () => {
    expect(validateNote('Baris satu\nBaris dua\tdengan tab')).toEqual([]);
    expect(codes(validateNote('a\u0007b'))).toEqual(['note:INVALID_CHARACTERS']);
    expect(codes(validateNote('x'.repeat(2001)))).toEqual(['note:TOO_LONG']);
    expect(validateNote('x'.repeat(2000))).toEqual([]);
  });
});

describe('answer helpers', () => {
  it('computes the percentage with two decimals, or null', () => {
    expect(percentageOf({ numerator: 1, denominator: 3 })).toBe(33.33);
    expect(percentageOf({ numerator: 1, denominator: 0 })).toBeNull();
    expect(percentageOf(null)).toBeNull();
  });

  it('knows when an answer is complete', () => {
    expect(isAnswered('PERCENTAGE', { numerator: 1, denominator: 2 })).toBe(true);
    expect(isAnswered('PERCENTAGE', { numerator: 1 })).toBe(false);
    expect(isAnswered('YES_NO', { yes: false })).toBe(true);
  });
});
