import { type Answer, type AnswerField, type MeasureType, ANSWER_FIELDS, FIELDS_BY_MEASURE } from './answer.js';
import { acceptsNoCases, optionValuesOf, type ScoringRule } from './scoring.js';

/** Largest count or denominator accepted: well above any kecamatan's population, well below Int32. */
export const MAX_ANSWER_NUMBER = 10_000_000;
/** Longest note accepted, in characters. */
export const MAX_NOTE_LENGTH = 2000;

/** Machine-readable reasons; clients translate them, integrators switch on them. */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'NOT_AN_INTEGER',
  'NEGATIVE',
  'TOO_LARGE',
  'NUMERATOR_EXCEEDS_DENOMINATOR',
  'DENOMINATOR_ZERO',
  'UNKNOWN_OPTION',
  'NOT_APPLICABLE',
  'TOO_LONG',
  'INVALID_CHARACTERS',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  /** Path of the input field, e.g. `answer.numerator` or `note`. */
  field: string;
  code: FieldErrorCode;
  message: string;
}

const MESSAGES: Record<FieldErrorCode, string> = {
  REQUIRED: 'is required',
  NOT_AN_INTEGER: 'must be a whole number',
  NEGATIVE: 'must not be negative',
  TOO_LARGE: `must be at most ${MAX_ANSWER_NUMBER.toLocaleString('en')}`,
  NUMERATOR_EXCEEDS_DENOMINATOR: 'must not be greater than the denominator',
  DENOMINATOR_ZERO: 'must be greater than zero',
  UNKNOWN_OPTION: 'is not one of the options of this indicator',
  NOT_APPLICABLE: 'does not apply to this measure type',
  TOO_LONG: `must be at most ${MAX_NOTE_LENGTH} characters`,
  INVALID_CHARACTERS: 'contains control characters',
};

function fieldError(field: string, code: FieldErrorCode): FieldError {
  return { field, code, message: `${field} ${MESSAGES[code]}` };
}

/** Checks one whole number of an answer (count, numerator, denominator). */
function checkWholeNumber(field: string, value: unknown): FieldError | null {
  if (value == null) return fieldError(field, 'REQUIRED');
  if (typeof value !== 'number' || !Number.isInteger(value)) return fieldError(field, 'NOT_AN_INTEGER');
  if (value < 0) return fieldError(field, 'NEGATIVE');
  if (value > MAX_ANSWER_NUMBER) return fieldError(field, 'TOO_LARGE');
  return null;
}

/**
 * Validates a typed answer against its indicator's measure type. The same rules run in the
 * browser (react-hook-form) and on the server, so a form that passes here is never refused later
 * for its shape. A null answer means "no answer yet" and is valid.
 */
export function validateAnswer(
  measureType: MeasureType,
  answer: Answer | null | undefined,
  optionValues: readonly string[] = [],
  prefix = 'answer.',
  allowNoCases = false,
): FieldError[] {
  if (answer == null) return [];
  const errors: FieldError[] = [];
  const used = FIELDS_BY_MEASURE[measureType];
  for (const field of ANSWER_FIELDS) {
    if (!used.includes(field) && answer[field] != null) errors.push(fieldError(prefix + field, 'NOT_APPLICABLE'));
  }
  switch (measureType) {
    case 'PERCENTAGE': {
      const numeratorError = checkWholeNumber(prefix + 'numerator', answer.numerator);
      const denominatorError = checkWholeNumber(prefix + 'denominator', answer.denominator);
      if (numeratorError) errors.push(numeratorError);
      if (denominatorError) errors.push(denominatorError);
      if (!numeratorError && !denominatorError) {
        if (answer.denominator === 0) {
          if (!allowNoCases) errors.push(fieldError(prefix + 'denominator', 'DENOMINATOR_ZERO'));
          else if (answer.numerator !== 0)
            errors.push(fieldError(prefix + 'numerator', 'NUMERATOR_EXCEEDS_DENOMINATOR'));
        } else if ((answer.numerator as number) > (answer.denominator as number))
          errors.push(fieldError(prefix + 'numerator', 'NUMERATOR_EXCEEDS_DENOMINATOR'));
      }
      break;
    }
    case 'COUNT': {
      const countError = checkWholeNumber(prefix + 'count', answer.count);
      if (countError) errors.push(countError);
      break;
    }
    case 'YES_NO':
      if (typeof answer.yes !== 'boolean') errors.push(fieldError(prefix + 'yes', 'REQUIRED'));
      break;
    case 'OPTIONS':
      if (answer.option == null || answer.option === '') errors.push(fieldError(prefix + 'option', 'REQUIRED'));
      else if (!optionValues.includes(answer.option)) errors.push(fieldError(prefix + 'option', 'UNKNOWN_OPTION'));
      break;
  }
  return errors;
}

/** Validates an answer against everything its indicator defines (measure type, options, "no cases"). */
export function validateAnswerFor(
  indicator: { measureType: MeasureType; scoringRule: ScoringRule },
  answer: Answer | null | undefined,
  prefix = 'answer.',
): FieldError[] {
  return validateAnswer(
    indicator.measureType,
    answer,
    optionValuesOf(indicator.scoringRule),
    prefix,
    acceptsNoCases(indicator.scoringRule),
  );
}

// C0 controls except tab, line feed and carriage return, plus DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether a text holds C0 control characters (other than tab and line breaks) or DEL. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** Validates the free-text note of a submission. */
export function validateNote(note: string | null | undefined, field = 'note'): FieldError[] {
  if (note == null) return [];
  if (note.length > MAX_NOTE_LENGTH) return [fieldError(field, 'TOO_LONG')];
  if (CONTROL_CHARACTERS.test(note)) return [fieldError(field, 'INVALID_CHARACTERS')];
  return [];
}

export type { AnswerField };
