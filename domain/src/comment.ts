import { MAX_NOTE_LENGTH, validateNote, type FieldError } from './validation.js';

/** Longest comment accepted, in characters (the same bound as a note). */
export const MAX_COMMENT_LENGTH = MAX_NOTE_LENGTH;

/** A comment on a submission: required (not only spaces), bounded, plain text (line breaks and tabs allowed). */
export function validateComment(body: string | null | undefined, field = 'body'): FieldError[] {
  if (body == null || body.trim() === '') return [{ field, code: 'REQUIRED', message: `${field} is required` }];
  return validateNote(body, field);
}
