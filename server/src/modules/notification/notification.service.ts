import { IsNull, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/request-context.js';
import { ValidationError } from '../../graphql/results.js';
import { recordAudit } from '../audit/audit.service.js';
import { hasControlCharacters } from '@kecala/domain';
import { NotificationEntity, NotificationMailboxEntity, NotificationPreferenceEntity } from './notification.entity.js';
import { NotificationKind } from './notification-kinds.js';
import {
  Notification,
  NotificationEmail,
  NotificationInbox,
  NotificationPreference,
  NotificationsMarked,
} from './notification.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_INBOX = 100;
const MAX_MARK = 500;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const int = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null);

export function toNotification(row: NotificationEntity): Notification {
  const p = row.params ?? {};
  return Object.assign(new Notification(), {
    id: row.id,
    kind: row.kind as NotificationKind,
    year: int(p.year),
    kecamatanCode: text(p.kecamatanCode),
    kecamatanName: text(p.kecamatanName),
    indicatorCode: text(p.indicatorCode),
    indicatorName: text(p.indicatorName),
    indicatorNameEn: text(p.indicatorNameEn),
    reason: text(p.reason) ?? text(p.note),
    count: int(p.count) ?? int(p.days),
    username: text(p.username),
    link: row.link,
    createdAt: row.createdAt,
    readAt: row.readAt,
  });
}

async function unreadCount(manager: EntityManager, userId: string): Promise<number> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS n FROM notification WHERE "userId" = $1 AND "readAt" IS NULL`,
    [userId],
  );
  return row.n;
}

/** The signed-in user's inbox: only their own notifications, ever. */
export class NotificationService {
  async inbox(ctx: RequestContext, first: number, unreadOnly: boolean): Promise<NotificationInbox> {
    const userId = ctx.user!.id;
    const take = Math.max(1, Math.min(MAX_INBOX, Math.trunc(first) || 1));
    const manager = ctx.dataSource.manager;
    const [rows, count] = await Promise.all([
      manager.find(NotificationEntity, {
        where: unreadOnly ? { userId, readAt: IsNull() } : { userId },
        order: { createdAt: 'DESC', id: 'DESC' },
        take,
      }),
      unreadCount(manager, userId),
    ]);
    const items = rows.map(toNotification);
    return Object.assign(new NotificationInbox(), { unreadCount: count, items });
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return unreadCount(ctx.dataSource.manager, ctx.user!.id);
  }

  async markRead(
    ctx: RequestContext,
    ids: string[] | null,
    all: boolean,
  ): Promise<NotificationsMarked | ValidationError> {
    const list = [...new Set(ids ?? [])];
    if (!all && list.length === 0)
      return new ValidationError([{ field: 'ids', code: 'REQUIRED', message: 'give ids, or all: true' }]);
    if (list.length > MAX_MARK)
      return new ValidationError([{ field: 'ids', code: 'TOO_LARGE', message: `at most ${MAX_MARK} ids at once` }]);
    if (list.some((id) => !UUID.test(id)))
      return new ValidationError([{ field: 'ids', code: 'REQUIRED', message: 'ids must be notification ids' }]);
    const userId = ctx.user!.id;
    return ctx.dataSource.transaction(async (manager) => {
      // Someone else's ids match nothing: a user marks only their own.
      const result: [Array<{ id: string }>, number] = await manager.query(
        `UPDATE notification SET "readAt" = now()
         WHERE "userId" = $1 AND "readAt" IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))
         RETURNING id`,
        [userId, all, list],
      );
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [marked] = result;
      if (marked.length > 0)
        await recordAudit(manager, ctx, {
          action: 'NOTIFICATIONS_READ',
          entityType: 'User',
          entityId: userId,
          after: { count: marked.length },
        });
      return Object.assign(new NotificationsMarked(), {
        marked: marked.length,
        unreadCount: await unreadCount(manager, userId),
      });
    });
  }

  async email(ctx: RequestContext): Promise<string | null> {
    const row = await ctx.dataSource.manager.findOne(NotificationMailboxEntity, { where: { userId: ctx.user!.id } });
    return row?.email ?? null;
  }

  /** Where the user's digests go (null: none). */
  async setEmail(ctx: RequestContext, email: string | null): Promise<NotificationEmail | ValidationError> {
    const address = email?.trim() || null;
    if (address && (address.length > 254 || hasControlCharacters(address) || !EMAIL.test(address)))
      return new ValidationError([{ field: 'email', code: 'INVALID', message: 'email is not an e-mail address' }]);
    const userId = ctx.user!.id;
    await ctx.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO notification_mailbox ("userId", email) VALUES ($1, $2)
         ON CONFLICT ("userId") DO UPDATE SET email = EXCLUDED.email, attempts = 0, "nextAttemptAt" = NULL, "lastError" = NULL`,
        [userId, address],
      );
      await recordAudit(manager, ctx, {
        action: 'NOTIFICATION_EMAIL_SET',
        entityType: 'User',
        entityId: userId,
        after: { email: address },
      });
    });
    return Object.assign(new NotificationEmail(), { email: address });
  }

  async preferences(ctx: RequestContext): Promise<NotificationPreference[]> {
    const rows = await ctx.dataSource.manager.find(NotificationPreferenceEntity, { where: { userId: ctx.user!.id } });
    const byKind = new Map(rows.map((r) => [r.kind, r.email]));
    return Object.values(NotificationKind).map((kind) =>
      Object.assign(new NotificationPreference(), { kind, email: byKind.get(kind) ?? false }),
    );
  }

  async setPreference(
    ctx: RequestContext,
    kind: NotificationKind,
    email: boolean,
  ): Promise<NotificationPreference | ValidationError> {
    if (!Object.values(NotificationKind).includes(kind))
      return new ValidationError([{ field: 'kind', code: 'REQUIRED', message: 'kind is not a notification kind' }]);
    const userId = ctx.user!.id;
    await ctx.dataSource.transaction(async (manager) => {
      await manager.upsert(NotificationPreferenceEntity, { userId, kind, email }, ['userId', 'kind']);
      await recordAudit(manager, ctx, {
        action: 'NOTIFICATION_PREFERENCE_SET',
        entityType: 'User',
        entityId: userId,
        after: { kind, email },
      });
    });
    return Object.assign(new NotificationPreference(), { kind, email });
  }
}
