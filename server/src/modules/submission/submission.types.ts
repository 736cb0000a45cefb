import { Field, Float, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import type { Answer as AnswerData, MeasureType, PlausibilityRule } from '@kecala/domain';
import { ErrorResult } from '../../graphql/error-result.js';
import { SubmissionStatus } from './submission.entity.js';
import { PageInfo } from '../../graphql/connection.js';
import { NotAllowedError, PeriodClosedError, UserSummary, ValidationError } from '../../graphql/results.js';

@ObjectType('Answer', { description: "A typed answer; only the fields of the indicator's measure type are set." })
export class AnswerView implements AnswerData {
  @Field(() => Int, { nullable: true, description: 'PERCENTAGE: cases meeting the indicator.' })
  numerator: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PERCENTAGE: all cases; 0 / 0 only where the rule allows "no cases".',
  })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator × 100, two decimals.' })
  percentage: number | null;

  @Field(() => Int, { nullable: true, description: 'COUNT: a whole number.' })
  count: number | null;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO: true for yes.' })
  yes: boolean | null;

  @Field(() => String, { nullable: true, description: 'Value of the chosen option.' })
  option: string | null;
}

@ObjectType({ description: 'The answer, note and evidence as they were when the submission was returned.' })
export class ReturnedVersion {
  @Field(() => AnswerView, { nullable: true, description: 'The answer when returned.' })
  answer: AnswerView | null;

  @Field(() => String, { nullable: true, description: 'The note when returned.' })
  note: string | null;

  @Field(() => [ID], { description: 'Evidence files attached at that moment.' })
  evidenceFileIds: string[];
}

@ObjectType({
  description: "Where a submission was prefilled from: an earlier year's verified answer (carry-forward).",
})
export class CarriedForwardInfo {
  @Field(() => Int, { description: 'The year whose verified answer was carried forward.' })
  fromYear: number;

  @Field(() => Boolean, {
    description:
      'True until the operator confirms it ("tidak berubah") or edits the answer; while true the answer is null and the indicator counts as unanswered.',
  })
  pending: boolean;

  @Field(() => AnswerView, {
    nullable: true,
    description: 'The carried (verified) value: what confirming saves while pending.',
  })
  answer: AnswerView | null;
}

@ObjectType({ description: "One kecamatan's answer to one indicator in one year." })
export class Submission {
  @Field(() => ID, { description: 'Identifier, stable across saves.' })
  id: string;

  @Field(() => Int, { description: 'Evaluation year.' })
  year: number;

  @Field(() => String, { description: 'Kemendagri code of the kecamatan, e.g. "32.75.09".' })
  kecamatanCode: string;

  @Field(() => String, { description: 'Indicator code, e.g. "K1-04".' })
  indicatorCode: string;

  @Field(() => AnswerView, { nullable: true, description: 'Null when the answer was cleared.' })
  answer: AnswerView | null;

  @Field(() => String, { nullable: true, description: "The operator's note." })
  note: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The operator's confirmation of a value that looks implausible (see plausibility), for the evaluator.",
  })
  plausibilityNote: string | null;

  /** What the plausibility field resolver checks the answer against (not a GraphQL field). */
  indicatorPlausibility?: { measureType: MeasureType; plausibilityRule: PlausibilityRule | null };

  @Field(() => SubmissionStatus, { description: 'Where it is in the verification workflow.' })
  status: SubmissionStatus;

  @Field(() => Int, { description: 'Increases with every save; send it back as expectedVersion.' })
  version: number;

  @Field(() => Float, { description: "Points the answer earns under the indicator's scoring rule." })
  points: number;

  @Field(() => Date, {
    description:
      'When anything about it last changed (answer, state, verification): the sync order of submissionsConnection.',
  })
  updatedAt: Date;

  @Field(() => UserSummary, { nullable: true, description: 'Who last saved the answer.' })
  updatedBy: UserSummary | null;

  @Field(() => String, { nullable: true, description: 'Why it was last returned or reopened.' })
  statusReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When its state last changed.' })
  statusChangedAt: Date | null;

  @Field(() => AnswerView, {
    nullable: true,
    description: 'The answer as verified (corrected by the evaluator or as entered); set while VERIFIED.',
  })
  verifiedAnswer: AnswerView | null;

  @Field(() => Float, { nullable: true, description: 'Points of the verified answer; null unless VERIFIED.' })
  verifiedPoints: number | null;

  @Field(() => String, { nullable: true, description: "The evaluator's note, required when a value was corrected." })
  verificationNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was verified; null unless VERIFIED.' })
  verifiedAt: Date | null;

  @Field(() => ReturnedVersion, {
    nullable: true,
    description: 'What the operator had when it was last returned, to see what changed since.',
  })
  returnedVersion: ReturnedVersion | null;

  @Field(() => CarriedForwardInfo, {
    nullable: true,
    description: "Set when prefilled from an earlier year's verified answer; null otherwise.",
  })
  carriedForward: CarriedForwardInfo | null;
}

@InputType({ description: "Set only the fields of the indicator's measure type." })
export class AnswerInput implements AnswerData {
  @Field(() => Int, {
    nullable: true,
    description: 'PERCENTAGE: cases meeting the indicator, 0 or more, at most the denominator.',
  })
  numerator?: number | null;

  @Field(() => Int, { nullable: true, description: 'PERCENTAGE: all cases, 0 or more.' })
  denominator?: number | null;

  @Field(() => Int, { nullable: true, description: 'COUNT: a whole number, 0 or more.' })
  count?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO: true for yes.' })
  yes?: boolean | null;

  @Field(() => String, { nullable: true, description: "OPTIONS: value of one of the indicator's options." })
  option?: string | null;
}

@InputType({ description: "Filters of the evaluators' queue." })
export class SubmissionQueueFilter {
  @Field(() => Int, { description: 'Evaluation year.' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Only this kecamatan, e.g. "32.75.09".' })
  kecamatanCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this cluster (KEL, K1–K5).' })
  clusterCode?: string | null;

  @Field(() => [SubmissionStatus], { nullable: true, description: 'Default: SUBMITTED.' })
  statuses?: SubmissionStatus[] | null;
}

@InputType({ description: 'One answer to save, guarded by the version the client last saw.' })
export class SaveSubmissionInput {
  @Field(() => Int, { description: 'Evaluation year; its period must be OPEN.' })
  year: number;

  @Field(() => String, { description: 'Kemendagri code, e.g. "32.75.09".' })
  kecamatanCode: string;

  @Field(() => String, { description: 'Indicator code, e.g. "K1-04".' })
  indicatorCode: string;

  @Field(() => AnswerInput, { nullable: true, description: 'null clears the answer.' })
  answer?: AnswerInput | null;

  @Field(() => String, { nullable: true, description: 'Free-text note, at most 2000 characters; empty clears it.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Confirms a value that looks implausible, at most 2000 characters; empty or null clears it. Plausibility never blocks a save.',
  })
  plausibilityNote?: string | null;

  @Field(() => Int, { description: 'The version the client last saw; 0 when no answer was saved yet.' })
  expectedVersion: number;
}

@ObjectType({
  implements: ErrorResult,
  description: 'Someone saved this answer since you loaded it; nothing was saved.',
})
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

@ObjectType({
  implements: ErrorResult,
  description: 'The submission is not in a state that allows this; nothing changed.',
})
export class InvalidTransitionError extends ErrorResult {
  @Field(() => String, { description: 'The indicator whose submission is in the wrong state.' })
  indicatorCode: string;

  @Field(() => SubmissionStatus, { description: 'Its state now.' })
  currentStatus: SubmissionStatus;

  constructor(indicatorCode: string, currentStatus: SubmissionStatus, action: string) {
    super('INVALID_TRANSITION', `${indicatorCode} is ${currentStatus}: it cannot be ${action}.`);
    this.indicatorCode = indicatorCode;
    this.currentStatus = currentStatus;
  }
}

export const SaveSubmissionResult = createUnionType({
  name: 'SaveSubmissionResult',
  description: 'The saved submission, or why nothing was saved.',
  types: () =>
    [
      Submission,
      ValidationError,
      PeriodClosedError,
      StaleVersionError,
      NotAllowedError,
      InvalidTransitionError,
    ] as const,
});

@InputType({ description: 'Filters of submissionsConnection; all optional, combined with AND.' })
export class SubmissionsFilter {
  @Field(() => Int, { nullable: true, description: 'Evaluation year; all years when omitted.' })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kemendagri code, e.g. "32.75.09" (operators: only their own, the default for them).',
  })
  kecamatanCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Cluster code: KEL or K1–K5.' })
  clusterCode?: string | null;

  @Field(() => [SubmissionStatus], {
    nullable: true,
    description: 'Only these states; every state when omitted or empty.',
  })
  statuses?: SubmissionStatus[] | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only submissions changed at or after this instant (inclusive), for incremental sync.',
  })
  updatedSince?: Date | null;
}

@ObjectType({ description: 'One submission of a page and its cursor.' })
class SubmissionEdge {
  @Field(() => String, { description: 'Opaque position of this submission in the (updatedAt, id) order.' })
  cursor: string;

  @Field(() => Submission, { description: 'The submission.' })
  node: Submission;
}

@ObjectType({ description: 'A page of submissions ordered by (updatedAt, id), oldest change first.' })
export class SubmissionConnection {
  @Field(() => [SubmissionEdge], { description: 'The submissions of this page.' })
  edges: SubmissionEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to continue after.' })
  pageInfo: PageInfo;

  /** Counts on demand: one more statement, only when totalCount is asked for. */
  countTotal: () => Promise<number>;

  @Field(() => Int, {
    description: 'How many submissions match the filter in all pages (ignores after); one more statement.',
  })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}
