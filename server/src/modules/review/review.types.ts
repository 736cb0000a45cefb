import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { ErrorResult } from '../../graphql/error-result.js';
import { AnswerInput, InvalidTransitionError, StaleVersionError, Submission } from '../submission/submission.types.js';
import { NotAllowedError, PeriodClosedError, ValidationError } from '../../graphql/results.js';

@InputType({
  description: 'What to submit: listed indicators, one cluster, or (neither given) everything of the kecamatan.',
})
export class SubmitSubmissionsInput {
  @Field(() => Int, { description: 'Evaluation year; its period must be OPEN.' })
  year: number;

  @Field(() => String, { description: "The operator's own kecamatan." })
  kecamatanCode: string;

  @Field(() => [String], { nullable: true, description: 'Indicator codes; each must be DRAFT or RETURNED.' })
  indicatorCodes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A cluster code (KEL, K1–K5); already submitted or verified ones are left as they are.',
  })
  clusterCode?: string | null;
}

@ObjectType({ description: 'What one indicator still lacks before it can be submitted.' })
export class MissingItem {
  @Field(() => String, { description: 'The incomplete indicator.' })
  indicatorCode: string;

  @Field(() => Boolean, { description: 'True when it has no complete answer.' })
  answerMissing: boolean;

  @Field(() => Boolean, {
    description:
      'True when its answer was carried forward from an earlier year and not yet confirmed ("belum dikonfirmasi"): confirm or edit it first.',
  })
  unconfirmed: boolean;

  @Field(() => [String], { description: 'Codes of required evidence checklist items without an acceptable file.' })
  missingEvidence: string[];
}

@ObjectType({ implements: ErrorResult, description: 'Some selected indicators are incomplete; nothing was submitted.' })
export class IncompleteSubmissionError extends ErrorResult {
  @Field(() => [MissingItem], { description: 'Each incomplete indicator and what it lacks.' })
  items: MissingItem[];

  constructor(items: MissingItem[]) {
    super(
      'INCOMPLETE',
      `Incomplete: ${items.map((i) => (i.unconfirmed ? `${i.indicatorCode} (carried forward, not confirmed)` : i.indicatorCode)).join(', ')}.`,
    );
    this.items = items;
  }
}

@ObjectType({ description: 'The submissions that moved to SUBMITTED (empty when there was nothing left to submit).' })
export class SubmitSuccess {
  @Field(() => [Submission], { description: 'The submissions now SUBMITTED.' })
  submitted: Submission[];
}

export const SubmitSubmissionsResult = createUnionType({
  name: 'SubmitSubmissionsResult',
  description: 'The submitted answers, or why nothing was submitted.',
  types: () =>
    [
      SubmitSuccess,
      IncompleteSubmissionError,
      InvalidTransitionError,
      PeriodClosedError,
      ValidationError,
      NotAllowedError,
    ] as const,
});

@InputType({
  description: 'Return a SUBMITTED answer to the operator, or reopen a VERIFIED one; a reason is required.',
})
export class ReviewSubmissionInput {
  @Field(() => ID, { description: 'Submission.id.' })
  submissionId: string;

  @Field(() => Int, { description: 'The version you reviewed; another change since gives StaleVersionError.' })
  expectedVersion: number;

  @Field(() => String, { description: 'Why (required), at most 2000 characters; shown to the operator.' })
  reason: string;
}

@InputType({ description: 'Verify a SUBMITTED answer, optionally correcting its value (then a note is required).' })
export class VerifySubmissionInput {
  @Field(() => ID, { description: 'Submission.id.' })
  submissionId: string;

  @Field(() => Int, { description: 'The version you reviewed; another change since gives StaleVersionError.' })
  expectedVersion: number;

  @Field(() => AnswerInput, {
    nullable: true,
    description: 'The corrected value; omit to verify the answer as entered.',
  })
  correctedAnswer?: AnswerInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'Verification note, at most 2000 characters; required when correcting.',
  })
  note?: string | null;
}

export const ReviewSubmissionResult = createUnionType({
  name: 'ReviewSubmissionResult',
  description: 'The reviewed submission, or why nothing changed.',
  types: () => [Submission, ValidationError, InvalidTransitionError, StaleVersionError, NotAllowedError] as const,
});

@InputType({ description: 'Verify many SUBMITTED answers as entered, all or none.' })
export class VerifySubmissionsInput {
  @Field(() => [ID], { description: 'At most 500 SUBMITTED submissions, verified as entered, all or none.' })
  submissionIds: string[];
}

@ObjectType({ description: 'The submissions that moved to VERIFIED.' })
export class VerifySubmissionsSuccess {
  @Field(() => [Submission], { description: 'The submissions now VERIFIED.' })
  verified: Submission[];
}

export const VerifySubmissionsResult = createUnionType({
  name: 'VerifySubmissionsResult',
  description: 'The verified submissions, or why none was verified.',
  types: () => [VerifySubmissionsSuccess, ValidationError, InvalidTransitionError, NotAllowedError] as const,
});
