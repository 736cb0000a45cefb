import { checkPlausibilityRule, checkScoringRule, ruleMaxPoints, type ScoringRule } from '@kecala/domain';
import type { FieldError } from '../../graphql/results.js';
import type { AddIndicatorInput, EvidenceRequirementInput, UpdateIndicatorInput } from './indicator-set-admin.types.js';

// The checks of what an admin types into the indicator-set editor, before any row is read: each
// refused field named with its code. Pure.
/** The total a set must reach before it can be published: the KLA scale. */
export const PUBLISHABLE_TOTAL = 1000;
export const SET_CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
/** Indicator codes as in the seeded KLA-24 ("KEL-01", "K3-12"): the cluster code, "-", a 2–3 digit number. */
const INDICATOR_CODE = /^([A-Z0-9]{1,8})-(\d{2,3})$/;

export const fieldError = (field: string, code: string, message: string): FieldError => ({ field, code, message });

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optionalNumber = (v: unknown): v is number | null | undefined => v == null || isNumber(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads a rule from untrusted JSON, keeping only known keys; null when its shape is wrong. */
function parseScoringRule(raw: Record<string, unknown>): ScoringRule | null {
  switch (raw.type) {
    case 'BANDS': {
      if (!Array.isArray(raw.bands) || !optionalNumber(raw.noCasesPoints)) return null;
      const bands = raw.bands.map((b: unknown) =>
        isRecord(b) && isNumber(b.points) && optionalNumber(b.min) && optionalNumber(b.max)
          ? { min: b.min ?? null, max: b.max ?? null, points: b.points }
          : null,
      );
      if (bands.some((b) => b === null)) return null;
      return {
        type: 'BANDS',
        bands: bands as NonNullable<(typeof bands)[number]>[],
        noCasesPoints: (raw.noCasesPoints as number | null | undefined) ?? null,
      };
    }
    case 'YES_NO':
      return isNumber(raw.yes) && isNumber(raw.no) ? { type: 'YES_NO', yes: raw.yes, no: raw.no } : null;
    case 'OPTIONS': {
      if (!Array.isArray(raw.options)) return null;
      const options = raw.options.map((o: unknown) =>
        isRecord(o) &&
        typeof o.value === 'string' &&
        o.value.trim() !== '' &&
        typeof o.label === 'string' &&
        o.label.trim() !== '' &&
        isNumber(o.points) &&
        (o.labelEn == null || typeof o.labelEn === 'string')
          ? {
              value: o.value.trim(),
              label: o.label.trim(),
              ...(o.labelEn ? { labelEn: String(o.labelEn).trim() } : {}),
              points: o.points,
            }
          : null,
      );
      if (options.some((o) => o === null)) return null;
      return { type: 'OPTIONS', options: options as NonNullable<(typeof options)[number]>[] };
    }
    default:
      return null;
  }
}

export function textError(field: string, value: string, max: number | null, required = true): FieldError | null {
  const text = value.trim();
  if (required && text === '') return fieldError(field, 'REQUIRED', `${field} is required`);
  if (max != null && text.length > max)
    return fieldError(field, 'TOO_LONG', `${field} must be at most ${max} characters`);
  return null;
}

export const optionalText = (value: string | null | undefined) => value?.trim() || null;

/** Longest English guidance accepted (the seeded ones are about 1,000 characters). */
export const MAX_GUIDANCE_EN = 4000;
// Control characters other than tab and line breaks: nothing a translator types, only pasted junk.
const hasControlCharacter = (text: string) =>
  [...text].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 32 && c !== '\t' && c !== '\n' && c !== '\r') || code === 127;
  });

/** The English texts of an indicator (optional; empty = not translated): lengths and no control characters. Pure. */
export function englishTextErrors(input: Partial<IndicatorFields>): FieldError[] {
  const fields: Array<[keyof IndicatorFields, number]> = [
    ['shortNameEn', 200],
    ['guidanceEn', MAX_GUIDANCE_EN],
    ['numeratorLabelEn', 300],
    ['denominatorLabelEn', 300],
    ['unitEn', 100],
  ];
  const errors: FieldError[] = [];
  for (const [field, max] of fields) {
    const value = input[field];
    if (value == null) continue;
    if (typeof value !== 'string') errors.push(fieldError(field, 'INVALID_TEXT', `${field} must be text`));
    else if (hasControlCharacter(value))
      errors.push(fieldError(field, 'INVALID_TEXT', `${field} must not contain control characters`));
    else {
      const tooLong = textError(field, value, max, false);
      if (tooLong) errors.push(tooLong);
    }
  }
  return errors;
}

export type IndicatorFields = Omit<UpdateIndicatorInput, 'setCode' | 'indicatorCode' | 'clusterCode'>;

/** Checks the editable fields of an indicator, naming each refused field; the parsed rule when its shape is right. Pure. */
export function indicatorFieldErrors(input: IndicatorFields): { errors: FieldError[]; rule: ScoringRule | null } {
  const errors = [
    textError('name', input.name, null),
    textError('shortName', input.shortName, 200),
    textError('nameEn', input.nameEn, null),
    textError('guidance', input.guidance, null, false),
    textError('numeratorLabel', input.numeratorLabel ?? '', 300, false),
    textError('denominatorLabel', input.denominatorLabel ?? '', 300, false),
    textError('unit', input.unit ?? '', 100, false),
    ...englishTextErrors(input),
  ].filter((e): e is FieldError => e != null);
  if (!Number.isInteger(input.maxPoints) || input.maxPoints < 0 || input.maxPoints > PUBLISHABLE_TOTAL) {
    errors.push(
      fieldError('maxPoints', 'OUT_OF_RANGE', `maxPoints must be a whole number from 0 to ${PUBLISHABLE_TOTAL}`),
    );
  }
  const rule = parseScoringRule(input.scoringRule ?? {});
  if (!rule) {
    errors.push(
      fieldError(
        'scoringRule',
        'INVALID_RULE',
        'scoringRule must be a BANDS, YES_NO or OPTIONS rule with numeric points',
      ),
    );
  } else {
    for (const problem of checkScoringRule({
      measureType: input.measureType,
      maxPoints: input.maxPoints,
      scoringRule: rule,
    })) {
      // The one problem that is about the other field: say so where the admin typed it.
      if (problem.startsWith('rule gives at most'))
        errors.push(
          fieldError(
            'maxPoints',
            'MAX_POINTS_MISMATCH',
            `maxPoints is ${input.maxPoints} but the scoring rule gives at most ${ruleMaxPoints(rule)}`,
          ),
        );
      else
        errors.push(
          fieldError(
            'scoringRule',
            problem.startsWith('rule type') ? 'RULE_MISMATCH' : 'INVALID_RULE',
            `scoringRule: ${problem}`,
          ),
        );
    }
  }
  errors.push(...checkPlausibilityRule(input.plausibility, input.measureType));
  return { errors, rule };
}

/** Checks an evidence checklist: codes unique and at most 40 characters, labels given, at least one required item. Pure. */
export function checklistErrors(items: readonly EvidenceRequirementInput[], field = 'items'): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const code = item.code.trim();
    if (code === '') errors.push(fieldError(`${field}.${i}.code`, 'REQUIRED', `${field}.${i}.code is required`));
    else if (code.length > 40)
      errors.push(fieldError(`${field}.${i}.code`, 'TOO_LONG', `${field}.${i}.code must be at most 40 characters`));
    else if (seen.has(code))
      errors.push(fieldError(`${field}.${i}.code`, 'DUPLICATE', `${field}.${i}.code ${code} is used twice`));
    seen.add(code);
    for (const e of [
      textError(`${field}.${i}.label`, item.label, 300),
      textError(`${field}.${i}.labelEn`, item.labelEn, 300),
    ])
      if (e) errors.push(e);
  });
  if (!items.some((item) => item.required))
    errors.push(fieldError(field, 'REQUIRED_ITEM', `${field} must include at least one required item`));
  return errors;
}

/**
 * Checks a new indicator: its fields, its code (the cluster code, "-" and a number; `code` and
 * `clusterCode` as normalized by the caller), its place and its optional checklist.
 */
export function newIndicatorErrors(
  input: AddIndicatorInput,
  code: string,
  clusterCode: string,
): { errors: FieldError[]; rule: ScoringRule | null } {
  const { errors, rule } = indicatorFieldErrors(input);
  const codeMatch = INDICATOR_CODE.exec(code);
  if (!codeMatch)
    errors.unshift(
      fieldError('code', 'INVALID_CODE', 'code must be the cluster code, "-" and a 2–3 digit number, e.g. K3-25'),
    );
  else if (codeMatch[1] !== clusterCode)
    errors.unshift(fieldError('code', 'CLUSTER_MISMATCH', `code must start with its cluster code: ${clusterCode}-…`));
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 1))
    errors.push(fieldError('position', 'OUT_OF_RANGE', 'position must be a whole number from 1'));
  const items = input.evidenceItems ?? [];
  if (items.length > 0) errors.push(...checklistErrors(items, 'evidenceItems'));
  return { errors, rule };
}
