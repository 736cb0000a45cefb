import { describe, expect, it } from 'vitest';
import {
  EMPTY_FORM,
  draftFromForm,
  formFieldOfPath,
  formFromStored,
  parseWholeNumber,
  sameDraft,
  validateDraft,
} from './answer-draft';

describe('parseWholeNumber', () => {
  it('reads digits, treats empty as no value, and refuses anything ambiguous', () => {
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('  ')).toBeNull();
    expect(parseWholeNumber('1 250')).toBe(1250);
    expect(parseWholeNumber('-4')).toBe(-4);
    expect(parseWholeNumber('1.000')).toBeNaN();
    expect(parseWholeNumber('12,5')).toBeNaN();
    expect(parseWholeNumber('abc')).toBeNaN();
  });
});

describe('draftFromForm', () => {
  it('builds only the fields of the measure type', () => {
    const values = { ...EMPTY_FORM, numerator: '45', denominator: '60', count: '9', yes: 'true', note: '  ' };
    expect(draftFromForm('PERCENTAGE', values)).toEqual({ answer: { numerator: 45, denominator: 60 }, note: null });
    expect(draftFromForm('COUNT', values)).toEqual({ answer: { count: 9 }, note: null });
    expect(draftFromForm('YES_NO', values)).toEqual({ answer: { yes: true }, note: null });
    expect(draftFromForm('OPTIONS', values)).toEqual({ answer: null, note: null });
  });

  it('keeps a half-filled percentage so the domain can say what is missing', () => {
    const draft = draftFromForm('PERCENTAGE', { ...EMPTY_FORM, numerator: '5' });
    expect(validateDraft('PERCENTAGE', [], draft)).toEqual([
      expect.objectContaining({ field: 'answer.denominator', code: 'REQUIRED' }),
    ]);
  });
});

describe('validateDraft', () => {
  it('applies the shared domain rules to answer and note', () => {
    const codes = (draft: Parameters<typeof validateDraft>[2]) =>
      validateDraft('PERCENTAGE', [], draft).map((e) => `${e.field}:${e.code}`);
    expect(codes({ answer: { numerator: 7, denominator: 6 }, note: null })).toEqual([
      'answer.numerator:NUMERATOR_EXCEEDS_DENOMINATOR',
    ]);
    expect(codes({ answer: { numerator: 0, denominator: 0 }, note: null })).toEqual([
      'answer.denominator:DENOMINATOR_ZERO',
    ]);
    expect(codes({ answer: { numerator: 1, denominator: 20_000_000 }, note: 'x'.repeat(2001) })).toEqual([
      'answer.denominator:TOO_LARGE',
      'note:TOO_LONG',
    ]);
    expect(validateDraft('OPTIONS', ['A', 'B'], { answer: { option: 'C' }, note: null })[0].code).toBe(
      'UNKNOWN_OPTION',
    );
  });

  it('accepts 0 / 0 as "no cases" only for indicators that allow it', () => {
    const noCases = { answer: { numerator: 0, denominator: 0 }, note: null };
    expect(validateDraft('PERCENTAGE', [], noCases, true)).toEqual([]);
    expect(validateDraft('PERCENTAGE', [], noCases, false)[0].code).toBe('DENOMINATOR_ZERO');
    expect(
      validateDraft('PERCENTAGE', [], { answer: { numerator: 3, denominator: 0 }, note: null }, true)[0].code,
    ).toBe('NUMERATOR_EXCEEDS_DENOMINATOR');
  });
});

describe('sameDraft / formFromStored', () => {
  it('compares what would be stored, ignoring blank notes and unrelated fields', () => {
    const stored = { answer: { numerator: 45, denominator: 60, percentage: 75, count: null }, note: null };
    const form = formFromStored(stored);
    expect(form).toMatchObject({ numerator: '45', denominator: '60', count: '', note: '' });
    expect(sameDraft('PERCENTAGE', draftFromForm('PERCENTAGE', form), { answer: stored.answer, note: '' })).toBe(true);
    expect(
      sameDraft('PERCENTAGE', draftFromForm('PERCENTAGE', { ...form, numerator: '46' }), {
        answer: stored.answer,
        note: null,
      }),
    ).toBe(false);
    expect(sameDraft('COUNT', { answer: null, note: null }, { answer: null, note: ' ' })).toBe(true);
  });

  it('maps error paths to the card inputs', () => {
    expect(formFieldOfPath('answer.numerator')).toBe('numerator');
    expect(formFieldOfPath('note')).toBe('note');
    expect(formFieldOfPath('expectedVersion')).toBeNull();
  });
});
