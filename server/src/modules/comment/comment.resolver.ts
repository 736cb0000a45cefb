import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Submission } from '../submission/submission.types.js';
import { CommentService } from './comment.service.js';
import { PostSubmissionCommentInput, SubmissionComment, SubmissionCommentResult } from './comment.types.js';

@Resolver()
export class CommentResolver {
  constructor(private readonly comments: CommentService) {}

  @Authorized()
  @Query(() => [SubmissionComment], {
    description:
      "The comments on one kecamatan's submissions of a year, oldest first (operators: their own kecamatan).",
  })
  kecamatanComments(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year.' }) year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code of the kecamatan.' }) kecamatanCode: string,
  ): Promise<SubmissionComment[]> {
    return this.comments.listForKecamatan(ctx, year, kecamatanCode);
  }

  @Authorized()
  @Query(() => [SubmissionComment], {
    description: 'The comments on one submission, oldest first (operators: their own kecamatan).',
  })
  submissionComments(
    @Ctx() ctx: RequestContext,
    @Arg('submissionId', () => ID, { description: 'Submission.id.' }) submissionId: string,
  ): Promise<SubmissionComment[]> {
    return this.comments.listForSubmissionId(ctx, submissionId);
  }

  @Authorized()
  @Mutation(() => SubmissionCommentResult, {
    description: "Write a comment on a submission: its kecamatan's operator, evaluators and admins.",
  })
  postSubmissionComment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PostSubmissionCommentInput, { description: 'Which submission and the text.' })
    input: PostSubmissionCommentInput,
  ): Promise<typeof SubmissionCommentResult> {
    return this.comments.post(ctx, input);
  }

  @Authorized()
  @Mutation(() => SubmissionCommentResult, {
    description:
      'Evaluator or admin: mark a comment resolved (again on a resolved one changes nothing); others get NotAllowedError.',
  })
  resolveSubmissionComment(
    @Ctx() ctx: RequestContext,
    @Arg('commentId', () => ID, { description: 'SubmissionComment.id.' }) commentId: string,
  ): Promise<typeof SubmissionCommentResult> {
    return this.comments.resolve(ctx, commentId);
  }
}

/** Submission.comments, batched per request (one statement for any number of submissions). */
@Resolver(() => Submission)
export class SubmissionCommentsResolver {
  constructor(private readonly commentService: CommentService) {}

  @FieldResolver(() => [SubmissionComment], {
    description: 'The conversation on this answer between its operator and the evaluators, oldest first.',
  })
  comments(@Ctx() ctx: RequestContext, @Root() submission: Submission): Promise<SubmissionComment[]> {
    return this.commentService.listForSubmission(ctx, submission);
  }
}
