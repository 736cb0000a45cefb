import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { NotAllowedError, UserSummary, ValidationError } from '../../graphql/results.js';

@ObjectType({
  description: 'One comment of the conversation on a submission between its operator and the evaluators.',
})
export class SubmissionComment {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The submission it is about.' })
  submissionId: string;

  @Field(() => String, { description: 'The text, plain (line breaks kept), at most 2000 characters.' })
  body: string;

  @Field(() => UserSummary, { description: 'Who wrote it.' })
  author: UserSummary;

  @Field(() => String, { description: "The author's role when writing: OPERATOR, EVALUATOR or ADMIN." })
  authorRole: string;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When an evaluator marked it resolved; null while open.' })
  resolvedAt: Date | null;

  @Field(() => UserSummary, { nullable: true, description: 'The evaluator who marked it resolved.' })
  resolvedBy: UserSummary | null;
}

@InputType({ description: 'A new comment on a submission.' })
export class PostSubmissionCommentInput {
  @Field(() => ID, { description: 'Submission.id (operators: of their own kecamatan).' })
  submissionId: string;

  @Field(() => String, {
    description: 'The text: required, at most 2000 characters, no control characters but line breaks and tabs.',
  })
  body: string;
}

export const SubmissionCommentResult = createUnionType({
  name: 'SubmissionCommentResult',
  description: 'The comment, or why nothing was written.',
  types: () => [SubmissionComment, ValidationError, NotAllowedError] as const,
});
