import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/context.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes audit entries with the caller's manager, so they commit or roll back together with the
 * change they describe. Several records go in one statement.
 */
export async function recordAudit(manager: EntityManager, ctx: RequestContext, ...records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const entries = records.map((record) =>
    manager.create(AuditEntryEntity, {
      userId: ctx.user?.id ?? null,
      username: ctx.user?.username ?? null,
      role: ctx.user?.role ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
    }),
  );
  await manager.save(AuditEntryEntity, entries, { chunk: 500 });
}
