import { Field, Float, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import type { Answer as AnswerData } from '@kecala/domain';
import { ErrorResult } from '../../graphql/error-result.js';
import { SubmissionStatus } from './submission.entity.js';

@ObjectType('Answer', { description: 'A typed answer; only the fields of the indicator\'s measure type are set.' })
export class AnswerView implements AnswerData {
  @Field(() => Int, { nullable: true })
  numerator: number | null;

  @Field(() => Int, { nullable: true })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator × 100, two decimals.' })
  percentage: number | null;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Boolean, { nullable: true })
  yes: boolean | null;

  @Field(() => String, { nullable: true, description: 'Value of the chosen option.' })
  option: string | null;
}

@ObjectType({ description: 'Who last changed something.' })
export class UserSummary {
  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;
}

@ObjectType({ description: 'The answer, note and evidence as they were when the submission was returned.' })
export class ReturnedVersion {
  @Field(() => AnswerView, { nullable: true })
  answer: AnswerView | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [ID], { description: 'Evidence files attached at that moment.' })
  evidenceFileIds: string[];
}

@ObjectType({ description: 'One kecamatan\'s answer to one indicator in one year.' })
export class Submission {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  year: number;

  @Field(() => String)
  kecamatanCode: string;

  @Field(() => String)
  indicatorCode: string;

  @Field(() => AnswerView, { nullable: true, description: 'Null when the answer was cleared.' })
  answer: AnswerView | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => SubmissionStatus)
  status: SubmissionStatus;

  @Field(() => Int, { description: 'Increases with every save; send it back as expectedVersion.' })
  version: number;

  @Field(() => Float, { description: 'Points the answer earns under the indicator\'s scoring rule.' })
  points: number;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => UserSummary, { nullable: true })
  updatedBy: UserSummary | null;

  @Field(() => String, { nullable: true, description: 'Why it was last returned or reopened.' })
  statusReason: string | null;

  @Field(() => Date, { nullable: true })
  statusChangedAt: Date | null;

  @Field(() => AnswerView, { nullable: true, description: 'The answer as verified (corrected by the evaluator or as entered); set while VERIFIED.' })
  verifiedAnswer: AnswerView | null;

  @Field(() => Float, { nullable: true, description: 'Points of the verified answer; null unless VERIFIED.' })
  verifiedPoints: number | null;

  @Field(() => String, { nullable: true, description: "The evaluator's note, required when a value was corrected." })
  verificationNote: string | null;

  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;

  @Field(() => ReturnedVersion, { nullable: true, description: 'What the operator had when it was last returned, to see what changed since.' })
  returnedVersion: ReturnedVersion | null;
}

@InputType({ description: 'Set only the fields of the indicator\'s measure type.' })
export class AnswerInput implements AnswerData {
  @Field(() => Int, { nullable: true })
  numerator?: number | null;

  @Field(() => Int, { nullable: true })
  denominator?: number | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => Boolean, { nullable: true })
  yes?: boolean | null;

  @Field(() => String, { nullable: true })
  option?: string | null;
}

@InputType({ description: "Filters of the evaluators' queue." })
export class SubmissionQueueFilter {
  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  kecamatanCode?: string | null;

  @Field(() => String, { nullable: true })
  clusterCode?: string | null;

  @Field(() => [SubmissionStatus], { nullable: true, description: 'Default: SUBMITTED.' })
  statuses?: SubmissionStatus[] | null;
}

@InputType()
export class SaveSubmissionInput {
  @Field(() => Int)
  year: number;

  @Field(() => String, { description: 'Kemendagri code, e.g. "32.75.09".' })
  kecamatanCode: string;

  @Field(() => String, { description: 'Indicator code, e.g. "K1-04".' })
  indicatorCode: string;

  @Field(() => AnswerInput, { nullable: true, description: 'null clears the answer.' })
  answer?: AnswerInput | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { description: 'The version the client last saw; 0 when no answer was saved yet.' })
  expectedVersion: number;
}

@ObjectType({ description: 'Why one input field was refused.' })
export class FieldError {
  @Field(() => String, { description: 'Input path, e.g. "answer.numerator".' })
  field: string;

  @Field(() => String, { description: 'E.g. NUMERATOR_EXCEEDS_DENOMINATOR, NEGATIVE, NOT_AN_INTEGER.' })
  code: string;

  @Field(() => String)
  message: string;
}

@ObjectType({ implements: ErrorResult, description: 'The input was refused; nothing was saved.' })
export class ValidationError extends ErrorResult {
  @Field(() => [FieldError])
  fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[]) {
    super('VALIDATION_FAILED', fieldErrors.map((e) => e.message).join('; '));
    this.fieldErrors = fieldErrors;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The period is closed for entry.' })
export class PeriodClosedError extends ErrorResult {
  @Field(() => Int)
  year: number;

  constructor(year: number) {
    super('PERIOD_CLOSED', `The evaluation period ${year} is closed; answers can no longer be changed.`);
    this.year = year;
  }
}

@ObjectType({ implements: ErrorResult, description: 'Someone saved this answer since you loaded it; nothing was saved.' })
export class StaleVersionError extends ErrorResult {
  @Field(() => Submission, { description: 'The answer as it is now saved.' })
  current: Submission;

  constructor(current: Submission) {
    super(
      'STALE_VERSION',
      `This answer was changed by ${current.updatedBy?.displayName ?? 'someone else'} (version ${current.version}); review it and save again.`,
    );
    this.current = current;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The signed-in user may not do this.' })
export class NotAllowedError extends ErrorResult {
  constructor(message: string) {
    super('NOT_ALLOWED', message);
  }
}

@ObjectType({ implements: ErrorResult, description: 'The submission is not in a state that allows this; nothing changed.' })
export class InvalidTransitionError extends ErrorResult {
  @Field(() => String)
  indicatorCode: string;

  @Field(() => SubmissionStatus)
  currentStatus: SubmissionStatus;

  constructor(indicatorCode: string, currentStatus: SubmissionStatus, action: string) {
    super('INVALID_TRANSITION', `${indicatorCode} is ${currentStatus}: it cannot be ${action}.`);
    this.indicatorCode = indicatorCode;
    this.currentStatus = currentStatus;
  }
}

export const SaveSubmissionResult = createUnionType({
  name: 'SaveSubmissionResult',
  types: () => [Submission, ValidationError, PeriodClosedError, StaleVersionError, NotAllowedError, InvalidTransitionError] as const,
});
