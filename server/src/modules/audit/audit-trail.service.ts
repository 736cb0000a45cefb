import type { RequestContext } from '../../graphql/request-context.js';
import { notFound } from '../../graphql/errors.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import { countAuditEntries, queryAuditEntries, scopeAuditFilter } from './audit-query.js';
import { SubmissionEntity } from '../submission/submission.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { decodeCursor, encodeCursor, pageSize, splitPage } from '../../graphql/connection.js';
import { AuditEntryConnection, AuditEntryOrder, type AuditEntriesFilter, type AuditEntry } from './audit.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class AuditTrailService {
  /** The history of one submission and its evidence files, oldest first; scoped like the answers. */
  async historyOfSubmission(ctx: RequestContext, submissionId: string): Promise<AuditEntry[]> {
    const submission = UUID.test(submissionId)
      ? await ctx.dataSource
          .getRepository(SubmissionEntity)
          .findOne({ select: { id: true, kecamatanCode: true }, where: { id: submissionId } })
      : null;
    if (!submission) throw notFound('submissionId', `no submission ${submissionId}`);
    assertCanReadKecamatan(ctx, submission.kecamatanCode);
    const rows = await ctx.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where(`(entry."entityType" = 'Submission' AND entry."entityId" = :id)`, { id: submissionId })
      .orWhere(
        `(entry."entityType" = 'EvidenceFile' AND entry."entityId" IN (SELECT file.id::text FROM evidence_file file WHERE file."submissionId" = CAST(:id AS uuid)))`,
        {
          id: submissionId,
        },
      )
      .orderBy('entry.id', 'ASC')
      .getMany();
    return rows.map(toAuditEntry);
  }

  /**
   * The trail page by page in id order, oldest or newest first, filtered (evaluators, admins, API
   * tokens: everything; operators: their own kecamatan): keyset pagination, one statement per
   * page (plus one for totalCount when asked).
   */
  async page(
    ctx: RequestContext,
    args: {
      first?: number | null;
      after?: string | null;
      filter?: AuditEntriesFilter | null;
      orderBy?: AuditEntryOrder | null;
    },
  ): Promise<AuditEntryConnection> {
    const filter = scopeAuditFilter(ctx, args.filter);
    const order = args.orderBy ?? AuditEntryOrder.ID_ASC;
    const size = pageSize(args.first);
    const list = order === AuditEntryOrder.ID_ASC ? AUDIT_CURSOR : `${AUDIT_CURSOR}-desc`;
    const after = decodeCursor(list, args.after, [/^[1-9]\d{0,17}$/]);
    const manager = ctx.dataSource.manager;
    const rows = await queryAuditEntries(manager, filter, { afterId: after?.[0] ?? null, order, limit: size + 1 });
    const page = splitPage(rows, size);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(list, [node.id]), node }));
    return Object.assign(new AuditEntryConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: () => countAuditEntries(manager, filter),
    });
  }
}

const AUDIT_CURSOR = 'audit';

function toAuditEntry({
  id,
  at,
  username,
  role,
  action,
  entityType,
  entityId,
  before,
  after,
}: AuditEntryEntity): AuditEntry {
  return { id, at, username, role, action, entityType, entityId, before, after };
}
