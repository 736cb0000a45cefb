import { FIELDS_BY_MEASURE, type AnswerField, type MeasureType } from '@kecala/domain';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { type StoredAnswerLike, normalizeNote } from '../submission/answer-draft';

export type ComparedField = AnswerField | 'note';

export interface ValueChange {
  field: ComparedField;
  /** As it was when the answer was returned. */
  before: number | boolean | string | null;
  /** As it is now. */
  after: number | boolean | string | null;
  changed: boolean;
}

export interface ChangesSinceReturn {
  /** One entry per answer field of the measure type, then the note. */
  values: ValueChange[];
  anyChanged: boolean;
}

/**
 * What the operator changed after the answer was returned: the snapshot taken when it was returned
 * (`returnedVersion`) against the current answer and note, field by field. Null when it was never
 * returned. Blank notes count as no note, like everywhere else.
 */
export function changesSinceReturn(
  measureType: MeasureType,
  submission: Pick<SubmissionFieldsFragment, 'answer' | 'note' | 'returnedVersion'>,
): ChangesSinceReturn | null {
  const returned = submission.returnedVersion;
  if (!returned) return null;
  const valueOf = (answer: StoredAnswerLike['answer'], field: AnswerField) => answer?.[field] ?? null;
  const values: ValueChange[] = FIELDS_BY_MEASURE[measureType].map((field) => {
    const before = valueOf(returned.answer, field);
    const after = valueOf(submission.answer, field);
    return { field, before, after, changed: !Object.is(before, after) };
  });
  const noteBefore = normalizeNote(returned.note);
  const noteAfter = normalizeNote(submission.note);
  values.push({ field: 'note', before: noteBefore, after: noteAfter, changed: noteBefore !== noteAfter });
  return { values, anyChanged: values.some((v) => v.changed) };
}
