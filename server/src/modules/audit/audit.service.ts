import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/request-context.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';

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
export async function recordAudit(
  manager: EntityManager,
  ctx: RequestContext,
  ...records: AuditRecord[]
): Promise<void> {
  if (records.length === 0) return;
  const insert = auditInsertSql(ctx, records, 1);
  await manager.query(insert.sql, insert.params);
}

/**
 * The INSERT of audit entries as plain SQL (no entity hydration; the columns as arrays, one
 * statement however many records), with its placeholders numbered from `firstParam`: what
 * recordAudit runs, and what a hot path folds into a statement it runs anyway (a data-modifying
 * WITH clause of the same transaction, as the save does).
 */
export function auditInsertSql(
  ctx: RequestContext,
  records: readonly AuditRecord[],
  firstParam: number,
): { sql: string; params: unknown[] } {
  const rows = records.map(
    (
      record,
    ): Pick<
      AuditEntryEntity,
      'userId' | 'username' | 'role' | 'action' | 'entityType' | 'entityId' | 'before' | 'after'
    > => ({
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
  const json = (value: Record<string, unknown> | null) => (value == null ? null : JSON.stringify(value));
  const types = ['uuid', 'varchar', 'varchar', 'varchar', 'varchar', 'varchar', 'jsonb', 'jsonb'];
  return {
    sql: `INSERT INTO "audit_entry" ("userId", "username", "role", "action", "entityType", "entityId", "before", "after")
     SELECT * FROM unnest(${types.map((type, i) => `$${firstParam + i}::${type}[]`).join(', ')})`,
    params: [
      rows.map((r) => r.userId),
      rows.map((r) => r.username),
      rows.map((r) => r.role),
      rows.map((r) => r.action),
      rows.map((r) => r.entityType),
      rows.map((r) => r.entityId),
      rows.map((r) => json(r.before)),
      rows.map((r) => json(r.after)),
    ],
  };
}
