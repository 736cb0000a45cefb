import { type Answer, type MeasureType, percentageOf } from './answer.js';
import { MAX_ANSWER_NUMBER } from './validation.js';

/**
 * When an answer looks implausible: data stored with the indicator (edited in the instrument
 * editor). Plausibility only warns; it never refuses a save. Every bound is optional.
 */
export interface PlausibilityRule {
  /** Lowest plausible value: the percentage (0–100) or the count. */
  min?: number | null;
  /** Highest plausible value: the percentage (0–100) or the count. */
  max?: number | null;
  /** Largest plausible change against last year's verified value, in % of that value (100 = doubled). */
  maxChangePercent?: number | null;
  /** PERCENTAGE only: largest plausible change of the denominator against last year's verified one, in %. */
  maxDenominatorChangePercent?: number | null;
}

export const PLAUSIBILITY_RULE_FIELDS = ['min', 'max', 'maxChangePercent', 'maxDenominatorChangePercent'] as const;
export type PlausibilityRuleField = (typeof PLAUSIBILITY_RULE_FIELDS)[number];

/** Largest change share a rule may name, in percent. */
export const MAX_CHANGE_PERCENT = 100_000;

export const PLAUSIBILITY_CODES = ['BELOW_MIN', 'ABOVE_MAX', 'CHANGE_TOO_LARGE', 'DENOMINATOR_CHANGE'] as const;
export type PlausibilityCode = (typeof PLAUSIBILITY_CODES)[number];

/** One reason an answer looks implausible, in words for both languages. */
export interface PlausibilityWarning {
  code: PlausibilityCode;
  /** Bahasa Indonesia, e.g. "naik 300 % dari 2025 (5 → 20)". */
  message: string;
  messageEn: string;
}

/** Last year's verified answer of the same kecamatan and indicator (demo years never count). */
export interface VerifiedBaseline {
  year: number;
  answer: Answer | null;
}

interface PlausibleIndicator {
  measureType: MeasureType;
  plausibilityRule?: PlausibilityRule | null;
}

/** A refusal of a rule, naming its field (`plausibility.min`, …). */
export interface PlausibilityRuleError {
  field: string;
  code: 'NOT_A_NUMBER' | 'NEGATIVE' | 'OUT_OF_RANGE' | 'MIN_GT_MAX' | 'NOT_APPLICABLE';
  message: string;
}

/** The value the range and change rules look at: the percentage or the count; null otherwise. */
export function plausibilityValueOf(measureType: MeasureType, answer: Answer | null | undefined): number | null {
  if (!answer) return null;
  if (measureType === 'PERCENTAGE') return percentageOf(answer);
  if (measureType === 'COUNT') return typeof answer.count === 'number' ? answer.count : null;
  return null;
}

/** Formats a number the Indonesian way (decimal comma) or the English way, at most two decimals. */
function formatNumber(value: number, language: 'id' | 'en'): string {
  return value.toLocaleString(language === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 });
}

function shown(measureType: MeasureType, value: number, language: 'id' | 'en'): string {
  return measureType === 'PERCENTAGE' ? `${formatNumber(value, language)} %` : formatNumber(value, language);
}

function rangeWarnings(indicator: PlausibleIndicator, value: number): PlausibilityWarning[] {
  const rule = indicator.plausibilityRule ?? {};
  const t = indicator.measureType;
  if (rule.min != null && value < rule.min)
    return [
      {
        code: 'BELOW_MIN',
        message: `${shown(t, value, 'id')} di bawah batas wajar ${shown(t, rule.min, 'id')}`,
        messageEn: `${shown(t, value, 'en')} is below the plausible minimum of ${shown(t, rule.min, 'en')}`,
      },
    ];
  if (rule.max != null && value > rule.max)
    return [
      {
        code: 'ABOVE_MAX',
        message: `${shown(t, value, 'id')} di atas batas wajar ${shown(t, rule.max, 'id')}`,
        messageEn: `${shown(t, value, 'en')} is above the plausible maximum of ${shown(t, rule.max, 'en')}`,
      },
    ];
  return [];
}

/** Relative change in percent, or null when last year's value is 0 (no ratio to speak of). */
function changePercent(value: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((value - previous) / previous) * 10000) / 100;
}

function changeWords(change: number, year: number, from: string, to: string, language: 'id' | 'en'): string {
  const amount = `${formatNumber(Math.round(Math.abs(change)), language)} %`;
  if (language === 'id') return `${change >= 0 ? 'naik' : 'turun'} ${amount} dari ${year} (${from} → ${to})`;
  return `${change >= 0 ? 'up' : 'down'} ${amount} from ${year} (${from} → ${to})`;
}

function changeWarnings(
  indicator: PlausibleIndicator,
  answer: Answer,
  value: number,
  baseline: VerifiedBaseline,
): PlausibilityWarning[] {
  const rule = indicator.plausibilityRule ?? {};
  const t = indicator.measureType;
  const warnings: PlausibilityWarning[] = [];
  const previous = plausibilityValueOf(t, baseline.answer);
  if (rule.maxChangePercent != null && previous != null) {
    const change = changePercent(value, previous);
    if (change != null && Math.abs(change) > rule.maxChangePercent) {
      warnings.push({
        code: 'CHANGE_TOO_LARGE',
        message: changeWords(change, baseline.year, shown(t, previous, 'id'), shown(t, value, 'id'), 'id'),
        messageEn: changeWords(change, baseline.year, shown(t, previous, 'en'), shown(t, value, 'en'), 'en'),
      });
    }
  }
  const before = baseline.answer?.denominator;
  const now = answer.denominator;
  if (t === 'PERCENTAGE' && rule.maxDenominatorChangePercent != null && before != null && now != null) {
    const change = changePercent(now, before);
    if (change != null && Math.abs(change) > rule.maxDenominatorChangePercent) {
      const from = { id: formatNumber(before, 'id'), en: formatNumber(before, 'en') };
      const to = { id: formatNumber(now, 'id'), en: formatNumber(now, 'en') };
      warnings.push({
        code: 'DENOMINATOR_CHANGE',
        message: `Penyebut ${changeWords(change, baseline.year, from.id, to.id, 'id')}`,
        messageEn: `Denominator ${changeWords(change, baseline.year, from.en, to.en, 'en')}`,
      });
    }
  }
  return warnings;
}

/**
 * Why an answer looks implausible under its indicator's rule, against last year's verified
 * answer when there is one. Empty when plausible, unanswered, or the indicator has no rule. The
 * same function runs in the browser (while typing) and on the server (queue, review, exports).
 */
export function checkPlausibility(
  indicator: PlausibleIndicator,
  answer: Answer | null | undefined,
  baseline: VerifiedBaseline | null = null,
): PlausibilityWarning[] {
  if (!answer || !indicator.plausibilityRule) return [];
  const value = plausibilityValueOf(indicator.measureType, answer);
  if (value == null) return [];
  return [...rangeWarnings(indicator, value), ...(baseline ? changeWarnings(indicator, answer, value, baseline) : [])];
}

function ruleError(field: PlausibilityRuleField, code: PlausibilityRuleError['code'], message: string) {
  return { field: `plausibility.${field}`, code, message: `plausibility.${field} ${message}` };
}

/** Each bound on its own: a finite number, not negative, within what the measure type can reach. */
function checkBound(field: PlausibilityRuleField, value: unknown, measureType: MeasureType): PlausibilityRuleError[] {
  if (value == null) return [];
  if (measureType === 'YES_NO' || measureType === 'OPTIONS')
    return [ruleError(field, 'NOT_APPLICABLE', `does not apply to a ${measureType} indicator`)];
  if (field === 'maxDenominatorChangePercent' && measureType !== 'PERCENTAGE')
    return [ruleError(field, 'NOT_APPLICABLE', 'applies to PERCENTAGE indicators only')];
  if (typeof value !== 'number' || !Number.isFinite(value))
    return [ruleError(field, 'NOT_A_NUMBER', 'must be a number')];
  if (value < 0) return [ruleError(field, 'NEGATIVE', 'must not be negative')];
  const limit =
    field === 'min' || field === 'max' ? (measureType === 'PERCENTAGE' ? 100 : MAX_ANSWER_NUMBER) : MAX_CHANGE_PERCENT;
  if (value > limit) return [ruleError(field, 'OUT_OF_RANGE', `must be at most ${limit}`)];
  return [];
}

/** Checks a plausibility rule for an indicator's measure type; every problem is named by field. */
export function checkPlausibilityRule(
  rule: PlausibilityRule | null | undefined,
  measureType: MeasureType,
): PlausibilityRuleError[] {
  if (rule == null) return [];
  const errors = PLAUSIBILITY_RULE_FIELDS.flatMap((field) => checkBound(field, rule[field], measureType));
  if (errors.length === 0 && rule.min != null && rule.max != null && rule.min > rule.max)
    errors.push(
      ruleError('min', 'MIN_GT_MAX', `(${rule.min}) must not be greater than plausibility.max (${rule.max})`),
    );
  return errors;
}

/** A rule without any bound is no rule: stored as null. */
export function normalizePlausibilityRule(rule: PlausibilityRule | null | undefined): PlausibilityRule | null {
  if (!rule) return null;
  const kept = Object.fromEntries(PLAUSIBILITY_RULE_FIELDS.filter((f) => rule[f] != null).map((f) => [f, rule[f]]));
  return Object.keys(kept).length === 0 ? null : (kept as PlausibilityRule);
}
