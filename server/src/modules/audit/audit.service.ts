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
 * Writes an audit entry with the caller's manager, so it commits or rolls back together with
 * the change it describes.
 */
export async function recordAudit(manager: EntityManager, ctx: RequestContext, record: AuditRecord): Promise<void> {
  const entry = manager.create(AuditEntryEntity, {
    userId: ctx.user?.id ?? null,
    username: ctx.user?.username ?? null,
    role: ctx.user?.role ?? null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
  });
  await manager.save(AuditEntryEntity, entry);
}
