import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditEntry } from './audit.types.js';

/** Read-only: there is no mutation of audit entries, and the database refuses UPDATE and DELETE. */
@Resolver()
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Authorized()
  @Query(() => [AuditEntry], { description: 'History of a submission and its evidence (operators: their own kecamatan).' })
  submissionHistory(@Ctx() ctx: RequestContext, @Arg('submissionId', () => ID) submissionId: string): Promise<AuditEntry[]> {
    return this.trail.historyOfSubmission(ctx, submissionId);
  }
}
