import { describe, expect, it } from 'vitest';
import { checkScoringRule } from '@kecala/domain';
import {
  formValuesOf,
  indicatorInputOf,
  publishStateOf,
  ruleOf,
  ruleProblems,
  type IndicatorFormValues,
} from './scoring-rule-form';
import { indicatorFixture } from './indicator-fixtures';

const base = formValuesOf(indicatorFixture({ code: 'K2-08', measureType: 'YES_NO', maxPoints: 40 }));
const values = (overrides: Partial<IndicatorFormValues>): IndicatorFormValues => ({ ...base, ...overrides });

describe("the scoring-rule editor's JSON", () => {
  it('PERCENTAGE: bands with open bounds as null and the no-cases points', () => {
    const form = values({
      measureType: 'PERCENTAGE',
      maxPoints: '50',
      bands: [
        { min: '95', max: '', points: '50' },
        { min: '', max: '94.99', points: '10' },
      ],
      noCasesPoints: '50',
    });
    expect(ruleOf(form)).toEqual({
      type: 'BANDS',
      bands: [
        { min: 95, max: null, points: 50 },
        { min: null, max: 94.99, points: 10 },
      ],
      noCasesPoints: 50,
    });
    expect(ruleProblems(form)).toEqual([]);
  });

  it('COUNT: bands, never no-cases points', () => {
    const form = values({
      measureType: 'COUNT',
      maxPoints: '40',
      bands: [{ min: '5', max: '', points: '40' }],
      noCasesPoints: '40',
    });
    expect(ruleOf(form)).toEqual({ type: 'BANDS', bands: [{ min: 5, max: null, points: 40 }], noCasesPoints: null });
    expect(ruleProblems(form)).toEqual([]);
  });

  it('YES_NO: yes and no points', () => {
    const form = values({ measureType: 'YES_NO', maxPoints: '40', yesPoints: '40', noPoints: '0' });
    expect(ruleOf(form)).toEqual({ type: 'YES_NO', yes: 40, no: 0 });
    expect(checkScoringRule({ measureType: 'YES_NO', maxPoints: 40, scoringRule: ruleOf(form) })).toEqual([]);
  });

  it('OPTIONS: rows of value, label, English label (dropped when empty) and points', () => {
    const form = values({
      measureType: 'OPTIONS',
      maxPoints: '60',
      options: [
        { value: 'ADA', label: 'Ada', labelEn: 'Yes', points: '60' },
        { value: 'TIDAK', label: 'Tidak', labelEn: '', points: '0' },
      ],
    });
    expect(ruleOf(form)).toEqual({
      type: 'OPTIONS',
      options: [
        { value: 'ADA', label: 'Ada', labelEn: 'Yes', points: 60 },
        { value: 'TIDAK', label: 'Tidak', points: 0 },
      ],
    });
    expect(ruleProblems(form)).toEqual([]);
  });

  it('reports a maxPoints that the rule does not reach, as the server would', () => {
    expect(ruleProblems(values({ maxPoints: '30', yesPoints: '40', noPoints: '0' }))).toEqual([
      'rule gives at most 40 points, maxPoints is 30',
    ]);
  });
});

describe('publishStateOf', () => {
  it('allows publishing a draft at exactly 1000 only, and says why not otherwise', () => {
    expect(publishStateOf({ status: 'DRAFT', editable: true }, 1000)).toEqual({ publishable: true });
    expect(publishStateOf({ status: 'DRAFT', editable: true }, 990)).toEqual({
      publishable: false,
      reason: 'TOTAL',
      total: 990,
    });
    expect(publishStateOf({ status: 'PUBLISHED', editable: true }, 1000)).toMatchObject({
      publishable: false,
      reason: 'NOT_DRAFT',
    });
    expect(publishStateOf({ status: 'DRAFT', editable: false }, 1000)).toMatchObject({
      publishable: false,
      reason: 'IN_USE',
    });
  });
});

describe('the English texts of the editor', () => {
  it('start from the indicator (null as empty) and are sent trimmed by the server, empty as null', () => {
    const form = formValuesOf({
      ...indicatorFixture({ code: 'KEL-03', measureType: 'COUNT', maxPoints: 40 }),
      unit: 'lembaga',
      unitEn: 'organisations',
    });
    expect(form).toMatchObject({ shortNameEn: '', guidanceEn: '', unitEn: 'organisations' });
    expect(
      indicatorInputOf({ ...form, shortNameEn: 'Community involvement', guidanceEn: '   ', unitEn: '' }),
    ).toMatchObject({
      shortNameEn: 'Community involvement',
      guidanceEn: null,
      numeratorLabelEn: null,
      denominatorLabelEn: null,
      unitEn: null,
      unit: 'lembaga',
    });
  });
});
