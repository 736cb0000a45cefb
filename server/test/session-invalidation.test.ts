import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../src/graphql/request-context.js';
import { SessionCache } from '../src/modules/auth/session-cache.js';
import { parseSessionChange, shareSessionInvalidations } from '../src/modules/auth/session-invalidation.js';
import { PostgresScoreEventBus } from '../src/modules/live/postgres-score-event-bus.js';
import { createTestDatabase, serverPostgresAvailable } from './support/postgres.js';

const available = await serverPostgresAvailable();

const user = (id: string) => ({ id, username: `u-${id.slice(0, 4)}` }) as unknown as SessionUser;
const hash = (n: number) => n.toString(16).padStart(64, '0');
const later = new Date(Date.now() + 3600_000);

describe('session change payloads', () => {
  it('accepts a user id or a token hash and drops anything else', () => {
    const id = randomUUID();
    expect(parseSessionChange(JSON.stringify({ userId: id }))).toEqual({ userId: id });
    expect(parseSessionChange(JSON.stringify({ tokenHash: hash(7) }))).toEqual({ tokenHash: hash(7) });
    for (const bad of ['', 'not json', '{}', '{"userId":"x; DROP"}', '{"tokenHash":"abc"}', '[1]', 'null'])
      expect(parseSessionChange(bad)).toBeNull();
  });
});

describe.runIf(available)('cached sessions forgotten across server processes (LISTEN/NOTIFY)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let busA: PostgresScoreEventBus;
  let busB: PostgresScoreEventBus;
  // Two processes' caches; a TTL far longer than the test, so only the notification can empty B.
  const cacheA = new SessionCache(600_000);
  const cacheB = new SessionCache(600_000);

  beforeAll(async () => {
    db = await createTestDatabase();
    busA = await PostgresScoreEventBus.connect(db.url);
    busB = await PostgresScoreEventBus.connect(db.url);
    await shareSessionInvalidations(busA, cacheA);
    await shareSessionInvalidations(busB, cacheB);
  });

  afterAll(async () => {
    await busA?.close();
    await busB?.close();
    await db?.drop();
  });

  it("a user's sessions announced in one process are forgotten in the other; others stay", async () => {
    const gone = randomUUID();
    const kept = randomUUID();
    cacheB.offer(hash(1), user(gone), later, cacheB.begin());
    cacheB.offer(hash(2), user(gone), later, cacheB.begin());
    cacheB.offer(hash(3), user(kept), later, cacheB.begin());
    expect(cacheB.size).toBe(3);

    cacheA.announce({ userId: gone });

    await vi.waitFor(() => expect(cacheB.get(hash(1))).toBeUndefined(), { timeout: 5000 });
    expect(cacheB.get(hash(2))).toBeUndefined();
    expect(cacheB.get(hash(3))?.id).toBe(kept);
  });

  it('one signed-out session announced in one process is forgotten in the other', async () => {
    const id = randomUUID();
    cacheB.offer(hash(10), user(id), later, cacheB.begin());
    cacheB.offer(hash(11), user(id), later, cacheB.begin());

    cacheA.announce({ tokenHash: hash(10) });

    await vi.waitFor(() => expect(cacheB.get(hash(10))).toBeUndefined(), { timeout: 5000 });
    expect(cacheB.get(hash(11))?.id).toBe(id);
  });

  it('a read that began before a remote change is not kept once the change arrives', async () => {
    const id = randomUUID();
    const startedAt = cacheB.begin();
    cacheA.announce({ userId: id });
    await vi.waitFor(() => expect(cacheB.begin()).not.toBe(startedAt), { timeout: 5000 });
    cacheB.offer(hash(20), user(id), later, startedAt);
    expect(cacheB.get(hash(20))).toBeUndefined();
  });
});
