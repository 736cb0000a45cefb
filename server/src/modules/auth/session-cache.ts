import type { SessionUser } from '../../graphql/request-context.js';

/**
 * A short-lived, per-process cache of authenticated sessions, keyed by the token's SHA-256: the
 * session read is one statement on every request, the most common statement of all. An entry
 * lives SESSION_CACHE_MS (default 2,000 ms; 0 turns the cache off) and never past the session's
 * expiry.
 *
 * Correctness: every change in this process that ends a session or changes what a user may do
 * (sign-out, sign-out everywhere, password change or reset, deactivation, a new role or kecamatan)
 * forgets the user's entries after its commit, and a read that began before such a change is not
 * stored (an epoch counter), so in one process the change takes effect at the next request. The
 * other processes (cluster workers, instances) hear of it through `announce`: on a server
 * PostgreSQL the change is sent over LISTEN/NOTIFY (session-invalidation.ts) and each process
 * forgets the same entries when it arrives, milliseconds after the commit. Only while that
 * connection is down does another process keep what it cached for at most SESSION_CACHE_MS; set
 * SESSION_CACHE_MS=0 where even that is not acceptable.
 */
/** What another process must forget: every session of a user, or one session. */
export type SessionChange = { userId: string } | { tokenHash: string };

export class SessionCache {
  private readonly entries = new Map<string, { user: SessionUser; until: number }>();
  private epoch = 0;
  private broadcast: ((change: SessionChange) => void) | null = null;

  constructor(
    readonly ttlMs: number,
    private readonly capacity = 20_000,
  ) {}

  get(tokenHash: string): SessionUser | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.user;
  }

  /** Call before reading a session from the database; pass the result to offer(). */
  begin(): number {
    return this.epoch;
  }

  /** Keeps a session read from the database, unless something was forgotten since its read began. */
  offer(tokenHash: string, user: SessionUser, expiresAt: Date, startedAt: number): void {
    if (this.ttlMs <= 0 || startedAt !== this.epoch) return;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { user, until: Math.min(Date.now() + this.ttlMs, expiresAt.getTime()) });
  }

  forgetToken(tokenHash: string): void {
    this.epoch += 1;
    this.entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    this.epoch += 1;
    for (const [hash, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(hash);
  }

  /** Forgets here and tells the other processes (after the change committed). */
  announce(change: SessionChange): void {
    this.apply(change);
    this.broadcast?.(change);
  }

  /** Forgets what a change (from this or another process) ended. */
  apply(change: SessionChange): void {
    if ('userId' in change) this.forgetUser(change.userId);
    else this.forgetToken(change.tokenHash);
  }

  /** Where announce() sends changes (null: this process only). */
  shareChangesWith(broadcast: ((change: SessionChange) => void) | null): void {
    this.broadcast = broadcast;
  }

  clear(): void {
    this.epoch += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function ttlFromEnv(): number {
  const raw = process.env.SESSION_CACHE_MS;
  if (raw == null || raw === '') return 2000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`SESSION_CACHE_MS must be a whole number, got "${raw}"`);
  return value;
}

/** The process's session cache. */
export const sessionCache = new SessionCache(ttlFromEnv());

/** Runs a change that ends sessions or changes a user's rights, forgetting the user's cached sessions before and after it. */
export async function forgettingSessionsOf<T>(userId: string, change: () => Promise<T>): Promise<T> {
  sessionCache.forgetUser(userId);
  try {
    return await change();
  } finally {
    sessionCache.announce({ userId });
  }
}
