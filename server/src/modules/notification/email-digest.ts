import type { DataSource } from 'typeorm';
import type { Transporter } from 'nodemailer';
import { formatDigestText, type DigestItem } from './email-digest-text.js';

/** At most one digest per user per this many milliseconds. */
export const DIGEST_INTERVAL_MS = 60 * 60 * 1000;
/** Retry after a failed send: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60 * 1000;
}
const USERS_PER_RUN = 50;
const ITEMS_PER_DIGEST = 50;

export interface DigestOptions {
  /** The sender, e.g. "KECALA Patriot <kecala@bekasikota.go.id>". */
  from: string;
  /** Where the SPA is, for the links to the cards (e.g. https://kecala.bekasikota.go.id). */
  baseUrl: string;
}

interface DueUser {
  userId: string;
  email: string;
  displayName: string;
  attempts: number;
}

/**
 * Sends the e-mail outbox: per user with pending notifications and an address, at most one
 * digest an hour, in Bahasa Indonesia with a link to each card. Runs after commit (the
 * scheduler's tick), never inside a request: a failed send fails nothing but itself — it is
 * recorded (attempts, last error) and retried with backoff; the notifications stay pending.
 */
export class EmailDigestSender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: Pick<Transporter, 'sendMail'>,
    private readonly options: DigestOptions,
  ) {}

  /** Sends what is due at `now`; returns how many digests went out. */
  async sendDue(now: Date): Promise<number> {
    const due: DueUser[] = await this.dataSource.query(
      `SELECT m."userId", m.email, u."displayName", m.attempts
       FROM notification_mailbox m JOIN app_user u ON u.id = m."userId" AND u.active
       WHERE m.email IS NOT NULL
         AND (m."lastSentAt" IS NULL OR m."lastSentAt" <= $1::timestamptz - make_interval(secs => $2))
         AND (m."nextAttemptAt" IS NULL OR m."nextAttemptAt" <= $1)
         AND EXISTS (SELECT 1 FROM notification n WHERE n."userId" = m."userId" AND n."emailPending")
       ORDER BY m."userId" LIMIT $3`,
      [now, DIGEST_INTERVAL_MS / 1000, USERS_PER_RUN],
    );
    let sent = 0;
    for (const user of due) if (await this.sendOne(user, now)) sent += 1;
    return sent;
  }

  private async sendOne(user: DueUser, now: Date): Promise<boolean> {
    const items: Array<DigestItem & { id: string }> = await this.dataSource.query(
      `SELECT id, kind, params, link, "createdAt" FROM notification
       WHERE "userId" = $1 AND "emailPending" ORDER BY "createdAt", id LIMIT $2`,
      [user.userId, ITEMS_PER_DIGEST],
    );
    if (items.length === 0) return false;
    const { subject, text } = formatDigestText(user.displayName, items, this.options.baseUrl);
    try {
      await this.transport.sendMail({ from: this.options.from, to: user.email, subject, text });
    } catch (error) {
      const attempts = user.attempts + 1;
      await this.dataSource.query(
        `UPDATE notification_mailbox SET attempts = $2, "lastAttemptAt" = $3, "nextAttemptAt" = $4, "lastError" = $5
         WHERE "userId" = $1`,
        [user.userId, attempts, now, new Date(now.getTime() + retryDelayMs(attempts)), String(error).slice(0, 500)],
      );
      return false;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE notification SET "emailPending" = false WHERE id = ANY($1::uuid[])`, [
        items.map((i) => i.id),
      ]);
      await manager.query(
        `UPDATE notification_mailbox SET attempts = 0, "lastAttemptAt" = $2, "lastSentAt" = $2, "nextAttemptAt" = NULL, "lastError" = NULL
         WHERE "userId" = $1`,
        [user.userId, now],
      );
    });
    return true;
  }
}
