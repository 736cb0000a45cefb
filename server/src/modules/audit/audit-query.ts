import type { EntityManager } from 'typeorm';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { readsAllKecamatan } from '../auth/scope.js';
import type { AuditEntriesFilter, AuditEntry } from './audit.types.js';

const UUID_SQL = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/**
 * The kecamatan an entry is about, read through the record it names (an answer, its evidence
 * file or comment, an operator's account); null for city-wide records (periods, indicator sets,
 * exports). Each branch is one primary-key lookup, evaluated only for its kind of record.
 */
const KECAMATAN_OF_ENTRY = `CASE
  WHEN e."entityId" !~* ${UUID_SQL} THEN NULL
  WHEN e."entityType" = 'Submission'
    THEN (SELECT s."kecamatanCode" FROM submission s WHERE s.id = e."entityId"::uuid)
  WHEN e."entityType" = 'EvidenceFile'
    THEN (SELECT s."kecamatanCode" FROM evidence_file f JOIN submission s ON s.id = f."submissionId" WHERE f.id = e."entityId"::uuid)
  WHEN e."entityType" = 'SubmissionComment'
    THEN (SELECT s."kecamatanCode" FROM submission_comment c JOIN submission s ON s.id = c."submissionId" WHERE c.id = e."entityId"::uuid)
  WHEN e."entityType" = 'User'
    THEN (SELECT u."kecamatanCode" FROM app_user u WHERE u.id = e."entityId"::uuid)
END`;

const ROLES: readonly string[] = [Role.ADMIN, Role.EVALUATOR, Role.OPERATOR, Role.INTEGRATOR];
const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
const MAX_TEXT = 100;

export type AuditOrder = 'ID_ASC' | 'ID_DESC';

/** A filter checked and scoped: an operator's is pinned to their own kecamatan. */
export type ScopedAuditFilter = AuditEntriesFilter & { readonly scoped: true };

function checkText(field: string, value: string | null | undefined): void {
  if (value == null) return;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (value.trim() === '' || value.length > MAX_TEXT || /[\u0000-\u001F\u007F]/.test(value))
    throw badUserInput(`filter.${field}`, `must be 1–${MAX_TEXT} characters of plain text`);
}

/**
 * Who reads which part of the trail: evaluators, admins and API tokens all of it, operators the
 * entries about their own kecamatan (asking for another is refused). Bad filter values are a
 * BAD_USER_INPUT naming the field.
 */
export function scopeAuditFilter(
  ctx: RequestContext,
  filter: AuditEntriesFilter | null | undefined,
): ScopedAuditFilter {
  const scoped: AuditEntriesFilter = { ...(filter ?? {}) };
  for (const field of ['entityType', 'action', 'username', 'role', 'kecamatanCode'] as const)
    checkText(field, scoped[field]);
  if (scoped.role != null && !ROLES.includes(scoped.role))
    throw badUserInput('filter.role', `must be one of ${ROLES.join(', ')}`);
  if (scoped.kecamatanCode != null && !KECAMATAN_CODE.test(scoped.kecamatanCode))
    throw badUserInput('filter.kecamatanCode', 'must be a kecamatan code such as 32.75.09');
  if (readsAllKecamatan(ctx)) return { ...scoped, scoped: true };
  const own = ctx.user?.role === Role.OPERATOR ? ctx.user.kecamatanCode : null;
  if (!own) throw forbidden('Only evaluators, admins, API tokens and operators read the audit trail.');
  if (scoped.kecamatanCode != null && scoped.kecamatanCode !== own)
    throw forbidden(`You may only read the audit trail of your own kecamatan (${own}).`);
  return { ...scoped, kecamatanCode: own, scoped: true };
}

/** FROM and WHERE of the filtered trail, with its parameters. */
function fromWhere(filter: ScopedAuditFilter, afterId: string | null, order: AuditOrder) {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.entityType != null) add((p) => `e."entityType" = ${p}`, filter.entityType);
  if (filter.action != null) add((p) => `e.action = ${p}`, filter.action);
  if (filter.username != null) add((p) => `e.username = ${p}`, filter.username);
  if (filter.role != null) add((p) => `e.role = ${p}`, filter.role);
  if (filter.since != null) add((p) => `e.at >= ${p}`, filter.since);
  if (filter.until != null) add((p) => `e.at < ${p}`, filter.until);
  if (filter.kecamatanCode != null) add((p) => `k.code = ${p}`, filter.kecamatanCode);
  if (afterId != null) add((p) => `e.id ${order === 'ID_ASC' ? '>' : '<'} ${p}::bigint`, afterId);
  return {
    sql: `FROM audit_entry e CROSS JOIN LATERAL (SELECT ${KECAMATAN_OF_ENTRY} AS code) k
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
    params,
  };
}

interface AuditRow {
  id: string;
  at: Date;
  username: string | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  kecamatanCode: string | null;
}

/** Up to `limit` entries of the filtered trail after `afterId`, in id order: one statement. */
export async function queryAuditEntries(
  manager: EntityManager,
  filter: ScopedAuditFilter,
  options: { afterId: string | null; order: AuditOrder; limit: number },
): Promise<AuditEntry[]> {
  const { sql, params } = fromWhere(filter, options.afterId, options.order);
  params.push(options.limit);
  const rows: AuditRow[] = await manager.query(
    `SELECT e.id, e.at, e.username, e.role, e.action, e."entityType", e."entityId", e.before, e.after,
            k.code AS "kecamatanCode"
       ${sql}
      ORDER BY e.id ${options.order === 'ID_ASC' ? 'ASC' : 'DESC'}
      LIMIT $${params.length}`,
    params,
  );
  return rows.map((row) => ({ ...row, id: String(row.id), at: new Date(row.at) }));
}

/** How many entries match the filter: one statement. */
export async function countAuditEntries(manager: EntityManager, filter: ScopedAuditFilter): Promise<number> {
  const { sql, params } = fromWhere(filter, null, 'ID_ASC');
  const [row] = (await manager.query(`SELECT count(*)::int AS count ${sql}`, params)) as Array<{ count: number }>;
  return row.count;
}
