import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { AFTER_ARG, FIRST_ARG } from '../../graphql/connection.js';
import { Role } from '../auth/user.entity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditEntriesFilter, AuditEntry, AuditEntryConnection } from './audit.types.js';

/** Read-only: there is no mutation of audit entries, and the database refuses UPDATE and DELETE. */
@Resolver()
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Authorized()
  @Query(() => [AuditEntry], {
    description: 'History of a submission and its evidence (operators: their own kecamatan).',
  })
  submissionHistory(
    @Ctx() ctx: RequestContext,
    @Arg('submissionId', () => ID, { description: 'Submission.id.' }) submissionId: string,
  ): Promise<AuditEntry[]> {
    return this.trail.historyOfSubmission(ctx, submissionId);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => AuditEntryConnection, {
    description: 'The whole audit trail page by page, oldest first (evaluators, admins, API tokens).',
  })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, FIRST_ARG)
    first: number,
    @Arg('after', () => String, AFTER_ARG)
    after: string | null,
    @Arg('filter', () => AuditEntriesFilter, { nullable: true, description: 'Which entries; all when omitted.' })
    filter: AuditEntriesFilter | null,
  ): Promise<AuditEntryConnection> {
    return this.trail.page(ctx, { first, after, filter });
  }
}
