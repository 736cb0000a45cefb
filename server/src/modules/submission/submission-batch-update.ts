import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { type AuditRecord, recordAudit } from '../audit/audit.service.js';
import type { ClusterIndicator } from '@kecala/domain';
import { refreshScores } from '../scoring/score-table.js';
import { SubmissionEntity } from './submission.entity.js';

/**
 * The three steps every change of many answers at once takes inside the caller's transaction
 * (submit, bulk verify, confirm carried-forward answers): one UPDATE of the rows, the score rows
 * of their kecamatan rewritten from the answers, one audit entry per row (in one statement).
 * `audit` describes each row as it was before the update.
 */
export async function updateScoredAndAudited(
  manager: EntityManager,
  ctx: RequestContext,
  rows: readonly SubmissionEntity[],
  set: QueryDeepPartialEntity<SubmissionEntity>,
  audit: (row: SubmissionEntity) => Omit<AuditRecord, 'entityType' | 'entityId'>,
  indicatorsByPeriod?: ReadonlyMap<string, readonly ClusterIndicator[]>,
): Promise<void> {
  if (rows.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(SubmissionEntity)
    .set(set)
    .whereInIds(rows.map((row) => row.id))
    .execute();
  await refreshScores(
    manager,
    rows.map((row) => ({ periodId: row.periodId, kecamatanCode: row.kecamatanCode })),
    indicatorsByPeriod,
  );
  await recordAudit(
    manager,
    ctx,
    ...rows.map((row) => ({ entityType: 'Submission', entityId: row.id, ...audit(row) })),
  );
}
