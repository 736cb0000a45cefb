import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { SubmissionService } from './submission.service.js';
import { Role } from '../auth/user.entity.js';
import { AFTER_ARG, FIRST_ARG } from '../../graphql/connection.js';
import { SubmissionConnectionService } from './submission-connection.service.js';
import {
  SaveSubmissionInput,
  SaveSubmissionResult,
  Submission,
  SubmissionConnection,
  SubmissionQueueFilter,
  SubmissionsFilter,
} from './submission.types.js';

@Resolver()
export class SubmissionResolver {
  constructor(
    private readonly submissionService: SubmissionService,
    private readonly connections: SubmissionConnectionService,
  ) {}

  @Authorized()
  @Query(() => [Submission], {
    description: "A kecamatan's saved answers for a year (operators: their own kecamatan only).",
  })
  submissions(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
  ): Promise<Submission[]> {
    return this.submissionService.listForKecamatan(ctx, year, kecamatanCode);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => [Submission], {
    description: "Evaluators' queue: a year's submissions by kecamatan, cluster and state (default SUBMITTED).",
  })
  submissionQueue(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SubmissionQueueFilter, { description: 'Year, and optionally kecamatan, cluster and states.' })
    filter: SubmissionQueueFilter,
  ): Promise<Submission[]> {
    return this.submissionService.queue(ctx, filter);
  }

  @Authorized()
  @Query(() => SubmissionConnection, {
    description:
      'Submissions page by page in (updatedAt, id) order, for incremental sync (operators: their own kecamatan only). Keep pageInfo.endCursor: asking after it later returns what changed since.',
  })
  submissionsConnection(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, FIRST_ARG)
    first: number,
    @Arg('after', () => String, AFTER_ARG)
    after: string | null,
    @Arg('filter', () => SubmissionsFilter, {
      nullable: true,
      description: 'Which submissions; all the caller may read when omitted.',
    })
    filter: SubmissionsFilter | null,
  ): Promise<SubmissionConnection> {
    return this.connections.page(ctx, { first, after, filter });
  }

  @Authorized()
  @Mutation(() => SaveSubmissionResult, {
    description: "Saves one answer of the operator's own kecamatan, guarded by expectedVersion.",
  })
  saveSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveSubmissionInput, {
      description: 'Which answer, the new value and the version it replaces.',
    })
    input: SaveSubmissionInput,
  ): Promise<typeof SaveSubmissionResult> {
    return this.submissionService.save(ctx, input);
  }
}
