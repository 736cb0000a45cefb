import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { assertCanReadKecamatan, readsAllKecamatan } from '../auth/scope.js';
import { SubmissionEntity } from '../submission/submission.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { decodeCursor, encodeCursor, pageSize, splitPage } from '../../graphql/connection.js';
import { AuditEntryConnection, type AuditEntriesFilter, type AuditEntry } from './audit.types.js';

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
   * The whole trail page by page in id order (evaluators, admins, API tokens): keyset pagination,
   * one statement per page (plus one for totalCount when asked).
   */
  async page(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: AuditEntriesFilter | null },
  ): Promise<AuditEntryConnection> {
    if (!readsAllKecamatan(ctx)) throw forbidden('Only evaluators, admins and API tokens read the audit trail.');
    const size = pageSize(args.first);
    const after = decodeCursor(AUDIT_CURSOR, args.after, [/^[1-9]\d{0,17}$/]);
    const filter = args.filter ?? {};
    const repository = ctx.dataSource.getRepository(AuditEntryEntity);
    const filtered = () => {
      const qb = repository.createQueryBuilder('entry');
      if (filter.entityType != null) qb.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
      if (filter.since != null) qb.andWhere('entry.at >= :since', { since: filter.since });
      return qb;
    };
    const query = filtered();
    if (after) query.andWhere('entry.id > CAST(:afterId AS bigint)', { afterId: after[0] });
    const rows = await query
      .orderBy('entry.id', 'ASC')
      .limit(size + 1)
      .getMany();
    const page = splitPage(rows, size);
    const edges = page.rows.map((row) => ({
      cursor: encodeCursor(AUDIT_CURSOR, [String(row.id)]),
      node: toAuditEntry(row),
    }));
    return Object.assign(new AuditEntryConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: () => filtered().getCount(),
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
