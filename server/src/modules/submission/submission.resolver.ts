import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { SubmissionService } from './submission.service.js';
import { Role } from '../auth/user.entity.js';
import { SaveSubmissionInput, SaveSubmissionResult, Submission, SubmissionQueueFilter } from './submission.types.js';

@Resolver()
export class SubmissionResolver {
  constructor(private readonly submissionService: SubmissionService) {}

  @Authorized()
  @Query(() => [Submission], { description: 'A kecamatan\'s saved answers for a year (operators: their own kecamatan only).' })
  submissions(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('kecamatanCode', () => String) kecamatanCode: string,
  ): Promise<Submission[]> {
    return this.submissionService.listForKecamatan(ctx, year, kecamatanCode);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => [Submission], { description: "Evaluators' queue: a year's submissions by kecamatan, cluster and state (default SUBMITTED)." })
  submissionQueue(@Ctx() ctx: RequestContext, @Arg('filter', () => SubmissionQueueFilter) filter: SubmissionQueueFilter): Promise<Submission[]> {
    return this.submissionService.queue(ctx, filter);
  }

  @Authorized()
  @Mutation(() => SaveSubmissionResult, { description: 'Saves one answer of the operator\'s own kecamatan, guarded by expectedVersion.' })
  saveSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveSubmissionInput) input: SaveSubmissionInput,
  ): Promise<typeof SaveSubmissionResult> {
    return this.submissionService.save(ctx, input);
  }
}
