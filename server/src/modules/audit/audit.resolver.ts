import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { AFTER_ARG, FIRST_ARG } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditEntriesFilter, AuditEntry, AuditEntryConnection, AuditEntryOrder } from './audit.types.js';

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

  @Authorized()
  @Query(() => AuditEntryConnection, {
    description:
      'The audit trail page by page, filtered (evaluators, admins, API tokens: all of it; operators: their own kecamatan).',
  })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, FIRST_ARG)
    first: number,
    @Arg('after', () => String, AFTER_ARG)
    after: string | null,
    @Arg('filter', () => AuditEntriesFilter, { nullable: true, description: 'Which entries; all when omitted.' })
    filter: AuditEntriesFilter | null,
    @Arg('orderBy', () => AuditEntryOrder, {
      nullable: true,
      defaultValue: AuditEntryOrder.ID_ASC,
      description: 'Oldest or newest first.',
    })
    orderBy: AuditEntryOrder,
  ): Promise<AuditEntryConnection> {
    return this.trail.page(ctx, { first, after, filter, orderBy });
  }
}
