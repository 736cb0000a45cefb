import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { ErrorResult } from '../../graphql/error-result.js';
import {
  AnswerInput,
  InvalidTransitionError,
  NotAllowedError,
  PeriodClosedError,
  StaleVersionError,
  Submission,
  ValidationError,
} from './submission.types.js';

@InputType({ description: 'What to submit: listed indicators, one cluster, or (neither given) everything of the kecamatan.' })
export class SubmitSubmissionsInput {
  @Field(() => Int)
  year: number;

  @Field(() => String)
  kecamatanCode: string;

  @Field(() => [String], { nullable: true, description: 'Indicator codes; each must be DRAFT or RETURNED.' })
  indicatorCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A cluster code (KEL, K1–K5); already submitted or verified ones are left as they are.' })
  clusterCode?: string | null;
}

@ObjectType({ description: 'What one indicator still lacks before it can be submitted.' })
export class MissingItem {
  @Field(() => String)
  indicatorCode: string;

  @Field(() => Boolean)
  answerMissing: boolean;

  @Field(() => [String], { description: 'Codes of required evidence checklist items without an acceptable file.' })
  missingEvidence: string[];
}

@ObjectType({ implements: ErrorResult, description: 'Some selected indicators are incomplete; nothing was submitted.' })
export class IncompleteSubmissionError extends ErrorResult {
  @Field(() => [MissingItem])
  items: MissingItem[];

  constructor(items: MissingItem[]) {
    super('INCOMPLETE', `Incomplete: ${items.map((i) => i.indicatorCode).join(', ')}.`);
    this.items = items;
  }
}

@ObjectType({ description: 'The submissions that moved to SUBMITTED (empty when there was nothing left to submit).' })
export class SubmitSuccess {
  @Field(() => [Submission])
  submitted: Submission[];
}

export const SubmitSubmissionsResult = createUnionType({
  name: 'SubmitSubmissionsResult',
  types: () => [SubmitSuccess, IncompleteSubmissionError, InvalidTransitionError, PeriodClosedError, ValidationError, NotAllowedError] as const,
});

@InputType({ description: 'Return a SUBMITTED answer to the operator, or reopen a VERIFIED one; a reason is required.' })
export class ReviewSubmissionInput {
  @Field(() => ID)
  submissionId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String)
  reason: string;
}

@InputType({ description: 'Verify a SUBMITTED answer, optionally correcting its value (then a note is required).' })
export class VerifySubmissionInput {
  @Field(() => ID)
  submissionId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => AnswerInput, { nullable: true, description: 'The corrected value; omit to verify the answer as entered.' })
  correctedAnswer?: AnswerInput | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

export const ReviewSubmissionResult = createUnionType({
  name: 'ReviewSubmissionResult',
  types: () => [Submission, ValidationError, InvalidTransitionError, StaleVersionError, NotAllowedError] as const,
});

@InputType()
export class VerifySubmissionsInput {
  @Field(() => [ID], { description: 'At most 500 SUBMITTED submissions, verified as entered, all or none.' })
  submissionIds: string[];
}

@ObjectType()
export class VerifySubmissionsSuccess {
  @Field(() => [Submission])
  verified: Submission[];
}

export const VerifySubmissionsResult = createUnionType({
  name: 'VerifySubmissionsResult',
  types: () => [VerifySubmissionsSuccess, ValidationError, InvalidTransitionError, NotAllowedError] as const,
});
