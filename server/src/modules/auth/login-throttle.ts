import { NotificationKind } from '../notification/notification-kinds.js';
import { notify } from '../notification/notify.js';
import { Role } from './user.entity.js';
import type { EntityManager } from 'typeorm';
import { LoginThrottleEntity } from './login-throttle.entity.js';

export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** Failures after which the key is locked for `lockMinutes`. */
  lockAfter: number;
  lockMinutes: number;
  /** Failures older than this are forgotten. */
  windowMinutes: number;
  /** Longest wait between attempts before the lock, in seconds. */
  maxDelaySeconds: number;
}

/** Per account: 3 free tries, then 2, 4, 8… seconds between tries, locked 15 minutes after 10. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 3,
  lockAfter: 10,
  lockMinutes: 15,
  windowMinutes: 15,
  maxDelaySeconds: 60,
};
/** Per address: looser, since a kecamatan office may share one address. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  lockAfter: 50,
  lockMinutes: 15,
  windowMinutes: 15,
  maxDelaySeconds: 60,
};

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export interface ThrottleWait {
  retryAfterSeconds: number;
  locked: boolean;
}

/** How long a caller must wait before trying again, or null when it may try now. Pure. */
export function waitBeforeNextAttempt(
  state: ThrottleState | null | undefined,
  policy: ThrottlePolicy,
  now: Date,
): ThrottleWait | null {
  if (!state) return null;
  if (state.lockedUntil && state.lockedUntil > now) {
    return { retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000), locked: true };
  }
  const sinceLast = (now.getTime() - state.lastFailureAt.getTime()) / 1000;
  if (sinceLast > policy.windowMinutes * 60 || state.failures < policy.freeFailures) return null;
  const delay = Math.min(policy.maxDelaySeconds, 2 ** (state.failures - policy.freeFailures + 1));
  return sinceLast < delay ? { retryAfterSeconds: Math.ceil(delay - sinceLast), locked: false } : null;
}

/** The longest wait any of the keys imposes. */
export async function currentWait(
  manager: EntityManager,
  keys: Array<[string, ThrottlePolicy]>,
  now: Date,
): Promise<ThrottleWait | null> {
  const rows = await manager.getRepository(LoginThrottleEntity).findBy(keys.map(([key]) => ({ key })));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys
    .map(([key, policy]) => waitBeforeNextAttempt(byKey.get(key), policy, now))
    .reduce<ThrottleWait | null>(
      (worst, wait) => (!wait ? worst : !worst || wait.retryAfterSeconds > worst.retryAfterSeconds ? wait : worst),
      null,
    );
}

/** Counts one failure for each key, atomically (concurrent attempts cannot undercount). */
export async function recordFailure(manager: EntityManager, keys: Array<[string, ThrottlePolicy]>): Promise<void> {
  for (const [key, policy] of keys) {
    const [row]: Array<{ failures: number }> = await manager.query(
      `INSERT INTO login_throttle (key, failures, "lastFailureAt", "lockedUntil") VALUES ($1, 1, now(), NULL)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle."lastFailureAt" < now() - make_interval(mins => $2) THEN 1 ELSE login_throttle.failures + 1 END,
         "lastFailureAt" = now(),
         "lockedUntil" = CASE
           WHEN (CASE WHEN login_throttle."lastFailureAt" < now() - make_interval(mins => $2) THEN 1 ELSE login_throttle.failures + 1 END) >= $3
           THEN now() + make_interval(mins => $4) ELSE NULL END
       RETURNING failures`,
      [key, policy.windowMinutes, policy.lockAfter, policy.lockMinutes],
    );
    // The failure that locks an existing account tells the admins (once per lock).
    if (key.startsWith('user:') && row?.failures === policy.lockAfter) await notifyLocked(manager, key.slice(5));
  }
}

export async function clearFailures(manager: EntityManager, key: string): Promise<void> {
  await manager.delete(LoginThrottleEntity, { key });
}

async function notifyLocked(manager: EntityManager, username: string): Promise<void> {
  const [user]: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE username = $1`, [username]);
  if (!user) return;
  await notify(manager, {
    kind: NotificationKind.ACCOUNT_LOCKED,
    to: { role: Role.ADMIN },
    params: { username },
    link: '/admin/pengguna',
  });
}
