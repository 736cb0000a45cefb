import {
  type Answer,
  type FieldError,
  type MeasureType,
  FIELDS_BY_MEASURE,
  validateAnswer,
  validateNote,
} from '@kecala/domain';

/** What the inputs of one indicator card hold: text, as typed. */
export interface AnswerFormValues {
  numerator: string;
  denominator: string;
  count: string;
  /** '' (not chosen), 'true' or 'false'. */
  yes: string;
  option: string;
  note: string;
  /** The operator's confirmation of a value that looks implausible. */
  plausibilityNote: string;
}

export type AnswerFormField = keyof AnswerFormValues;

/** The typed answer and note a card would save. */
export interface SubmissionDraft {
  answer: Answer | null;
  note: string | null;
  /** Confirms a value that looks implausible (never needed to save); absent means none. */
  plausibilityNote?: string | null;
}

/** A stored answer as the API returns it (extra fields such as percentage are ignored). */
export interface StoredAnswerLike {
  answer?: {
    numerator?: number | null;
    denominator?: number | null;
    count?: number | null;
    yes?: boolean | null;
    option?: string | null;
  } | null;
  note?: string | null;
  plausibilityNote?: string | null;
}

export const EMPTY_FORM: AnswerFormValues = {
  numerator: '',
  denominator: '',
  count: '',
  yes: '',
  option: '',
  note: '',
  plausibilityNote: '',
};

/**
 * Reads a whole number as typed: '' is "no value"; only digits (with an optional minus, so the
 * domain can say "must not be negative") count. Anything else — "1.000", "12,5", "abc" — becomes
 * NaN so the domain rule reports "not a whole number" instead of silently misreading it.
 */
export function parseWholeNumber(text: string): number | null {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return null;
  return /^-?\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

/** Empty or blank notes are stored as null by the server; treat them the same here. */
export function normalizeNote(note: string | null | undefined): string | null {
  return note == null || note.trim() === '' ? null : note;
}

/** The confirmation note as a draft holds it: only when there is one (no note and none are the same). */
function withPlausibilityNote(note: string | null | undefined): Pick<SubmissionDraft, 'plausibilityNote'> {
  const normalized = normalizeNote(note);
  return normalized == null ? {} : { plausibilityNote: normalized };
}

export function draftFromForm(measureType: MeasureType, values: AnswerFormValues): SubmissionDraft {
  return {
    answer: answerFromForm(measureType, values),
    note: normalizeNote(values.note),
    ...withPlausibilityNote(values.plausibilityNote),
  };
}

function answerFromForm(measureType: MeasureType, values: AnswerFormValues): Answer | null {
  switch (measureType) {
    case 'PERCENTAGE': {
      const numerator = parseWholeNumber(values.numerator);
      const denominator = parseWholeNumber(values.denominator);
      return numerator == null && denominator == null ? null : { numerator, denominator };
    }
    case 'COUNT': {
      const count = parseWholeNumber(values.count);
      return count == null ? null : { count };
    }
    case 'YES_NO':
      return values.yes === '' ? null : { yes: values.yes === 'true' };
    case 'OPTIONS':
      return values.option === '' ? null : { option: values.option };
  }
}

/** Keeps only the fields the measure type uses; null when none is set. */
export function answerOfMeasure(measureType: MeasureType, answer: StoredAnswerLike['answer']): Answer | null {
  if (!answer) return null;
  const picked: Answer = {};
  for (const field of FIELDS_BY_MEASURE[measureType]) {
    const value = answer[field];
    if (value != null) (picked as Record<string, unknown>)[field] = value;
  }
  return Object.keys(picked).length === 0 ? null : picked;
}

export function draftFromStored(
  measureType: MeasureType,
  stored: StoredAnswerLike | null | undefined,
): SubmissionDraft {
  return {
    answer: answerOfMeasure(measureType, stored?.answer),
    note: normalizeNote(stored?.note),
    ...withPlausibilityNote(stored?.plausibilityNote),
  };
}

function text(value: number | null | undefined): string {
  return value == null ? '' : String(value);
}

export function formFromStored(stored: StoredAnswerLike | null | undefined): AnswerFormValues {
  const answer = stored?.answer;
  return {
    numerator: text(answer?.numerator),
    denominator: text(answer?.denominator),
    count: text(answer?.count),
    yes: answer?.yes == null ? '' : String(answer.yes),
    option: answer?.option ?? '',
    note: stored?.note ?? '',
    plausibilityNote: stored?.plausibilityNote ?? '',
  };
}

/** True when both drafts would store the same thing. */
export function sameDraft(measureType: MeasureType, a: SubmissionDraft, b: SubmissionDraft): boolean {
  if (normalizeNote(a.note) !== normalizeNote(b.note)) return false;
  if (normalizeNote(a.plausibilityNote) !== normalizeNote(b.plausibilityNote)) return false;
  const left = answerOfMeasure(measureType, a.answer);
  const right = answerOfMeasure(measureType, b.answer);
  if (left == null || right == null) return left == null && right == null;
  return FIELDS_BY_MEASURE[measureType].every((field) => Object.is(left[field] ?? null, right[field] ?? null));
}

/** The shared domain rules (the server runs the same ones), field paths like `answer.numerator`. */
export function validateDraft(
  measureType: MeasureType,
  optionValues: readonly string[],
  draft: SubmissionDraft,
  allowNoCases = false,
): FieldError[] {
  return [
    ...validateAnswer(measureType, draft.answer, optionValues, 'answer.', allowNoCases),
    ...validateNote(draft.note, 'note'),
    ...validateNote(draft.plausibilityNote, 'plausibilityNote'),
  ];
}

const FORM_FIELD_BY_PATH: Record<string, AnswerFormField> = {
  'answer.numerator': 'numerator',
  'answer.denominator': 'denominator',
  'answer.count': 'count',
  'answer.yes': 'yes',
  'answer.option': 'option',
  note: 'note',
  plausibilityNote: 'plausibilityNote',
};

/** The card input an error path names, or null for errors about the request as a whole. */
export function formFieldOfPath(path: string): AnswerFormField | null {
  return FORM_FIELD_BY_PATH[path] ?? null;
}
