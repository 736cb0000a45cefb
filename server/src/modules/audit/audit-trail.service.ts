import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import { SubmissionEntity } from '../submission/submission.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import type { AuditEntry } from './audit.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class AuditTrailService {
  /** The history of one submission and its evidence files, oldest first; scoped like the answers. */
  async historyOfSubmission(ctx: RequestContext, submissionId: string): Promise<AuditEntry[]> {
    const submission = UUID.test(submissionId)
      ? await ctx.dataSource.getRepository(SubmissionEntity).findOne({ select: { id: true, kecamatanCode: true }, where: { id: submissionId } })
      : null;
    if (!submission) throw notFound('submissionId', `no submission ${submissionId}`);
    assertCanReadKecamatan(ctx, submission.kecamatanCode);
    const rows = await ctx.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where(`(entry."entityType" = 'Submission' AND entry."entityId" = :id)`, { id: submissionId })
      .orWhere(`(entry."entityType" = 'EvidenceFile' AND entry."entityId" IN (SELECT file.id::text FROM evidence_file file WHERE file."submissionId" = CAST(:id AS uuid)))`, {
        id: submissionId,
      })
      .orderBy('entry.id', 'ASC')
      .getMany();
    return rows.map(({ id, at, username, role, action, entityType, entityId, before, after }) => ({
      id,
      at,
      username,
      role,
      action,
      entityType,
      entityId,
      before,
      after,
    }));
  }
}
