import type { MeasureType } from '@kecala/domain';
import type { AnswerInput, SubmissionFieldsFragment, SubmissionStatus } from '../../gql/graphql';
import {
  type AnswerFormField,
  type AnswerFormValues,
  answerOfMeasure,
  draftFromForm,
  formFieldOfPath,
  sameDraft,
  validateDraft,
} from '../submission/answer-draft';
import type { ReviewAction } from './use-review-submission';

/** Which decisions a state allows. */
export function actionsFor(status: SubmissionStatus): ReviewAction[] {
  if (status === 'SUBMITTED') return ['verify', 'return'];
  if (status === 'VERIFIED') return ['reopen'];
  return [];
}

/** When the submission last changed: its answer (updatedAt) or its state (statusChangedAt). */
export function latestChangeOf(submission: Pick<SubmissionFieldsFragment, 'updatedAt' | 'statusChangedAt'>): string {
  const { updatedAt, statusChangedAt } = submission;
  return statusChangedAt && statusChangedAt > updatedAt ? statusChangedAt : updatedAt;
}

export interface FormFieldError {
  field: AnswerFormField;
  type: string;
  message?: string;
}

export type VerifyPlan =
  /** Nothing to send: these fields need the evaluator first. */
  | { kind: 'fix'; errors: FormFieldError[] }
  | { kind: 'send'; correctedAnswer: AnswerInput | null; note: string | null };

const FIRST_FIELD: Record<MeasureType, AnswerFormField> = {
  PERCENTAGE: 'numerator',
  COUNT: 'count',
  YES_NO: 'yes',
  OPTIONS: 'option',
};

export interface VerifyInput {
  measureType: MeasureType;
  optionValues: readonly string[];
  allowNoCases: boolean;
  values: AnswerFormValues;
  /** Whether the evaluator corrects the value. */
  correct: boolean;
  submission: Pick<SubmissionFieldsFragment, 'answer'>;
}

/**
 * What a verification sends: as entered, or the corrected value (checked with the operator's rules,
 * and with a note); a "correction" equal to the entered value verifies as entered.
 */
export function planVerify({
  measureType,
  optionValues,
  allowNoCases,
  values,
  correct,
  submission,
}: VerifyInput): VerifyPlan {
  const note = values.note.trim() === '' ? null : values.note.trim();
  if (!correct) return { kind: 'send', correctedAnswer: null, note };
  const draft = draftFromForm(measureType, values);
  if (draft.answer == null) return { kind: 'fix', errors: [{ field: FIRST_FIELD[measureType], type: 'REQUIRED' }] };
  const problems = validateDraft(measureType, optionValues, { answer: draft.answer, note }, allowNoCases);
  if (problems.length > 0) {
    const errors: FormFieldError[] = [];
    for (const problem of problems) {
      const field = formFieldOfPath(problem.field);
      if (field) errors.push({ field, type: problem.code, message: problem.message });
    }
    return { kind: 'fix', errors };
  }
  const differs = !sameDraft(
    measureType,
    { answer: draft.answer, note: null },
    { answer: answerOfMeasure(measureType, submission.answer), note: null },
  );
  if (!differs) return { kind: 'send', correctedAnswer: null, note };
  if (!note) return { kind: 'fix', errors: [{ field: 'note', type: 'REQUIRED' }] };
  return { kind: 'send', correctedAnswer: answerOfMeasure(measureType, draft.answer) as AnswerInput, note };
}
