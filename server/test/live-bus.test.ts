import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScoresChanged, PostgresScoreEventBus } from '../src/modules/live/postgres-score-event-bus.js';
import type { ScoresChanged } from '../src/modules/live/score-events.js';
import { createTestDatabase, serverPostgresAvailable } from './support/postgres.js';
import { eventually } from './support/wait.js';

const available = await serverPostgresAvailable();

/** The next event on a subscription (null once it has ended). */
async function nextEvent(iterator: AsyncIterator<ScoresChanged>): Promise<ScoresChanged | null> {
  const result = await iterator.next();
  return result.done ? null : result.value;
}

describe.runIf(available)('score events across server instances (LISTEN/NOTIFY)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let instanceA: PostgresScoreEventBus;
  let instanceB: PostgresScoreEventBus;

  beforeAll(async () => {
    db = await createTestDatabase();
    instanceA = await PostgresScoreEventBus.connect(db.url);
    instanceB = await PostgresScoreEventBus.connect(db.url);
  });

  afterAll(async () => {
    await instanceA?.close();
    await instanceB?.close();
    await db?.drop();
  });

  it("delivers one instance's event to the other instance's subscribers and its own, of that year only", async () => {
    const onB = instanceB.subscribe(2026)[Symbol.asyncIterator]();
    const onA = instanceA.subscribe(2026)[Symbol.asyncIterator]();
    const otherYearOnB = instanceB.subscribe(2025)[Symbol.asyncIterator]();
    // Waiting starts before publishing: a subscription listens from its first next() on.
    const [fromB, fromA, fromOtherYear] = [nextEvent(onB), nextEvent(onA), nextEvent(otherYearOnB)];
    const at = new Date('2026-03-01T02:03:04.000Z');
    instanceA.publish({ year: 2026, kecamatanCode: '32.75.09', reason: 'VERIFIED', at });

    expect(await fromB).toEqual({ year: 2026, kecamatanCode: '32.75.09', reason: 'VERIFIED', at });
    expect(await fromA).toEqual({ year: 2026, kecamatanCode: '32.75.09', reason: 'VERIFIED', at });
    // Events arrive in the order they were published: had the 2026 event reached the 2025
    // subscriber, it would have come before this later marker of 2025.
    const marker: ScoresChanged = { year: 2025, kecamatanCode: '32.75.01', reason: 'SAVED', at };
    instanceA.publish(marker);
    expect(await fromOtherYear).toEqual(marker);
    await Promise.all([onA.return?.(), onB.return?.(), otherYearOnB.return?.()]);
  });

  it('delivers a burst of events (a bulk verification across kecamatan) completely and in order', async () => {
    const onB = instanceB.subscribe(2027)[Symbol.asyncIterator]();
    const first = nextEvent(onB);
    const codes = Array.from({ length: 20 }, (_, i) => `32.75.${String(i + 1).padStart(2, '0')}`);
    for (const kecamatanCode of codes)
      instanceA.publish({ year: 2027, kecamatanCode, reason: 'VERIFIED', at: new Date() });
    const received = [(await first)?.kecamatanCode];
    while (received.length < codes.length) received.push((await nextEvent(onB))?.kecamatanCode);
    expect(received).toEqual(codes);
    await onB.return?.();
  });

  it('reconnects after its LISTEN connection is killed and delivers again', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const listeners = async (): Promise<number[]> =>
      (
        await client.query(
          `SELECT pid FROM pg_stat_activity WHERE application_name = 'kecala-live' AND datname = current_database()`,
        )
      ).rows.map((row: { pid: number }) => row.pid);
    const killed = await listeners();
    expect(killed.length).toBe(2);
    await client.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [killed]);
    // Reconnected: two new LISTEN connections and none of the killed ones, and each instance holds
    // a connection again (it lets go of the lost one before it reconnects, so it is a new one).
    await eventually(async () => {
      const now = await listeners();
      expect(now.filter((pid) => killed.includes(pid))).toEqual([]);
      expect(now.length).toBe(2);
      expect(instanceA.listening && instanceB.listening).toBe(true);
    });
    await client.end();

    const onB = instanceB.subscribe(2026)[Symbol.asyncIterator]();
    const fromB = nextEvent(onB);
    instanceA.publish({ year: 2026, kecamatanCode: '32.75.02', reason: 'SAVED', at: new Date() });
    expect((await fromB)?.kecamatanCode).toBe('32.75.02');
    await onB.return?.();
  });
});

describe.runIf(available)('closing a score event bus', () => {
  it('still sends what is published while it closes, and nothing fails', async () => {
    const db = await createTestDatabase();
    const listener = await PostgresScoreEventBus.connect(db.url);
    const closing = await PostgresScoreEventBus.connect(db.url);
    const failures: unknown[][] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => failures.push(args);
    try {
      const onListener = listener.subscribe(2028)[Symbol.asyncIterator]();
      const first = nextEvent(onListener);
      closing.publish({ year: 2028, kecamatanCode: '32.75.01', reason: 'SAVED', at: new Date() });
      const closed = closing.close();
      // A request that finishes during the drain publishes after close() has started.
      closing.publish({ year: 2028, kecamatanCode: '32.75.02', reason: 'SAVED', at: new Date() });
      await closed;
      const received = [(await first)?.kecamatanCode, (await nextEvent(onListener))?.kecamatanCode];
      expect(received).toEqual(['32.75.01', '32.75.02']);
      expect(failures).toEqual([]);
      await onListener.return?.();
    } finally {
      console.error = originalError;
      await listener.close();
      await db.drop();
    }
  });
});

describe('score event payloads', () => {
  it('drops malformed or hostile payloads instead of handing them to subscribers', () => {
    expect(parseScoresChanged(undefined)).toBeNull();
    expect(parseScoresChanged('not json')).toBeNull();
    expect(
      parseScoresChanged(
        JSON.stringify({ year: '2026', kecamatanCode: '32.75.09', reason: 'SAVED', at: new Date().toISOString() }),
      ),
    ).toBeNull();
    expect(
      parseScoresChanged(
        JSON.stringify({ year: 2026, kecamatanCode: '32.75.09', reason: 'DROP TABLE', at: new Date().toISOString() }),
      ),
    ).toBeNull();
    expect(
      parseScoresChanged(JSON.stringify({ year: 2026, kecamatanCode: '32.75.09', reason: 'SAVED', at: 'yesterday' })),
    ).toBeNull();
    expect(
      parseScoresChanged(
        JSON.stringify({ year: 2026, kecamatanCode: '32.75.09', reason: 'SAVED', at: '2026-01-01T00:00:00.000Z' }),
      ),
    ).toEqual({
      year: 2026,
      kecamatanCode: '32.75.09',
      reason: 'SAVED',
      at: new Date('2026-01-01T00:00:00.000Z'),
    });
  });
});
