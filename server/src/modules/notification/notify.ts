import type { EntityManager } from 'typeorm';
import type { Role } from '../auth/user.entity.js';
import type { NotificationKind } from './notification-kinds.js';

/** What a notification's text names; all optional, each kind uses its own. */
export interface NotificationParams {
  year?: number;
  kecamatanCode?: string;
  indicatorCode?: string;
  indicatorName?: string;
  /** The indicator's English short name, when it has one; the client picks it in English. */
  indicatorNameEn?: string | null;
  reason?: string | null;
  note?: string | null;
  count?: number;
  days?: number;
  username?: string;
  [key: string]: unknown;
}

/**
 * One notification to the users a recipient spec selects: active users (never an integrator
 * account) with the role, of the kecamatan (an operator only ever gets its own kecamatan's), or
 * the listed user; minus `exceptUserId` (who caused it).
 */
export interface NotifyItem {
  kind: NotificationKind;
  to: { role?: Role; kecamatanCode?: string; userId?: string };
  params: NotificationParams;
  /** The SPA path of the card or page it is about. */
  link: string;
  /** Once per user and key: a re-run (scheduler tick, retried request) adds nothing. */
  dedupeKey?: string;
  exceptUserId?: string | null;
}

/**
 * Writes notifications with the caller's manager, so they commit or roll back with the change
 * that caused them; the e-mail outbox flag is set in the same statement from each user's
 * preference. One statement for any number of items and recipients. The kecamatan's name is
 * added to the params from `params.kecamatanCode`.
 */
export async function notify(manager: EntityManager, ...items: NotifyItem[]): Promise<void> {
  if (items.length === 0) return;
  await manager.query(
    `INSERT INTO notification (id, "userId", kind, params, link, "dedupeKey", "emailPending")
     SELECT gen_random_uuid(), u.id, i.kind,
            CASE WHEN k.name IS NULL THEN i.params ELSE i.params || jsonb_build_object('kecamatanName', k.name) END,
            i.link, i.dedupe, COALESCE(p.email, false)
     FROM unnest($1::varchar[], $2::jsonb[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::uuid[], $8::uuid[])
          AS i(kind, params, link, dedupe, role, kecamatan, "userId", "exceptId")
     JOIN app_user u ON u.active AND u.role <> 'INTEGRATOR'
      AND (i.role IS NULL OR u.role = i.role)
      AND (i.kecamatan IS NULL OR u."kecamatanCode" = i.kecamatan)
      AND (i."userId" IS NULL OR u.id = i."userId")
      AND (i."exceptId" IS NULL OR u.id <> i."exceptId")
      -- an operator is told only about its own kecamatan
      AND (u.role <> 'OPERATOR' OR u."kecamatanCode" = COALESCE(i.kecamatan, i.params->>'kecamatanCode', u."kecamatanCode"))
     LEFT JOIN kecamatan k ON k.code = i.params->>'kecamatanCode'
     LEFT JOIN notification_preference p ON p."userId" = u.id AND p.kind = i.kind
     ON CONFLICT ("userId", "dedupeKey") DO NOTHING`,
    [
      items.map((i) => i.kind),
      items.map((i) => JSON.stringify(i.params)),
      items.map((i) => i.link),
      items.map((i) => i.dedupeKey ?? null),
      items.map((i) => i.to.role ?? null),
      items.map((i) => i.to.kecamatanCode ?? null),
      items.map((i) => i.to.userId ?? null),
      items.map((i) => i.exceptUserId ?? null),
    ],
  );
}

/** The operator's form scrolled to an indicator's card. */
export function cardLink(year: number, indicatorCode?: string): string {
  return `/isian?tahun=${year}${indicatorCode ? `#indicator-card-${encodeURIComponent(indicatorCode)}` : ''}`;
}

/** The evaluators' queue, filtered to a kecamatan, the answer opened when given. */
export function queueLink(year: number, kecamatanCode: string, submissionId?: string): string {
  const open = submissionId ? `&buka=${submissionId}` : '';
  return `/verifikasi?tahun=${year}&kecamatan=${encodeURIComponent(kecamatanCode)}${open}`;
}
