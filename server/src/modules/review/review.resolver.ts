import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { ReviewService } from './review.service.js';
import {
  ReviewSubmissionInput,
  ReviewSubmissionResult,
  SubmitSubmissionsInput,
  SubmitSubmissionsResult,
  VerifySubmissionInput,
  VerifySubmissionsInput,
  VerifySubmissionsResult,
} from './review.types.js';

@Resolver()
export class ReviewResolver {
  constructor(private readonly workflow: ReviewService) {}

  @Authorized()
  @Mutation(() => SubmitSubmissionsResult, {
    description: 'Operator: submit indicators, a cluster or everything for verification.',
  })
  submitSubmissions(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmitSubmissionsInput, { description: 'What to submit.' }) input: SubmitSubmissionsInput,
  ): Promise<typeof SubmitSubmissionsResult> {
    return this.workflow.submit(ctx, input);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Mutation(() => ReviewSubmissionResult, {
    description: 'Evaluator: return a SUBMITTED answer to the operator with a reason.',
  })
  returnSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewSubmissionInput, { description: 'Which submission, its version and the reason.' })
    input: ReviewSubmissionInput,
  ): Promise<typeof ReviewSubmissionResult> {
    return this.workflow.returnSubmission(ctx, input);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Mutation(() => ReviewSubmissionResult, {
    description: 'Evaluator: verify a SUBMITTED answer, optionally corrected (with a note).',
  })
  verifySubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => VerifySubmissionInput, {
      description: 'Which submission, its version and an optional correction.',
    })
    input: VerifySubmissionInput,
  ): Promise<typeof ReviewSubmissionResult> {
    return this.workflow.verifySubmission(ctx, input);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Mutation(() => VerifySubmissionsResult, {
    description: 'Evaluator: verify many SUBMITTED answers as entered, all or none.',
  })
  verifySubmissions(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => VerifySubmissionsInput, { description: 'Which submissions.' }) input: VerifySubmissionsInput,
  ): Promise<typeof VerifySubmissionsResult> {
    return this.workflow.verifySubmissions(ctx, input);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Mutation(() => ReviewSubmissionResult, {
    description: 'Evaluator: reopen a VERIFIED answer (back to SUBMITTED) with a reason.',
  })
  reopenSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewSubmissionInput, { description: 'Which submission, its version and the reason.' })
    input: ReviewSubmissionInput,
  ): Promise<typeof ReviewSubmissionResult> {
    return this.workflow.reopenSubmission(ctx, input);
  }
}
