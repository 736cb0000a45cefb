import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, serverPostgresAvailable } from './support/postgres.js';
import { eventually } from './support/wait.js';
import { gql, loginToken, startServerProcess, type ServerProcess } from './support/server-process.js';
import { JATIASIH, SAVE_MUTATION, SUBMISSIONS_QUERY } from './support/fixtures.js';

const available = await serverPostgresAvailable();

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** A keep-alive connection that has answered one request and now sits idle; resolves `closed` when the server ends it. */
async function idleKeepAlive(port: number): Promise<{ closed: Promise<void> }> {
  const socket = net.connect(port, '127.0.0.1');
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  let received = '';
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (/\r\n\r\n[\s\S]*"status"/.test(received)) resolve();
    });
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
  });
  return { closed };
}

/** A graphql-ws connection with a live subscription; `closeCode` resolves with the code the server closed it with. */
async function liveSubscription(port: number, token: string): Promise<{ closeCode: Promise<number> }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
  const closeCode = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    ws.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        ws.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: 'subscription { scoresChanged { year } }' },
          }),
        );
        resolve();
      }
    });
  });
  return { closeCode };
}

describe.skipIf(!available)('SIGTERM drains the real server (server PostgreSQL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let filesDir: string;
  let server: ServerProcess | null = null;
  let locker: pg.Client;
  let year: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-shutdown-'));
  });
  afterEach(async () => {
    server?.kill('SIGKILL');
    await server?.exited;
    server = null;
    await locker?.end().catch(() => undefined);
  });
  afterAll(async () => {
    await db?.drop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /**
   * Starts the server, saves KEL-03 once, then holds that row's lock from the test's own connection
   * and sends a second save: it waits in its transaction until the lock is released.
   */
  async function startWithSaveInFlight(port: number, env: Record<string, string> = {}) {
    server = await startServerProcess({ port, databaseUrl: db.url, filesDir, env });
    const token = await loginToken(server.url, 'op-3275-09');
    const periods = await gql(server.url, null, '{ periods { year status } }');
    year = periods.body.data.periods.find((p: any) => p.status === 'OPEN').year;
    const input = (count: number, expectedVersion: number) => ({
      input: { year, kecamatanCode: JATIASIH, indicatorCode: 'KEL-03', answer: { count }, expectedVersion },
    });
    const saved = await gql(server.url, token, SUBMISSIONS_QUERY, { year, k: JATIASIH });
    const current = saved.body.data.submissions.find((s: any) => s.indicatorCode === 'KEL-03')?.version ?? 0;
    const first = await gql(server.url, token, SAVE_MUTATION, input(1, current));
    expect(first.body.data.saveSubmission).toMatchObject({ __typename: 'Submission' });
    const version: number = first.body.data.saveSubmission.version;

    locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query(`SELECT id FROM submission WHERE id = $1 FOR UPDATE`, [first.body.data.saveSubmission.id]);
    const inFlight = gql(server.url, token, SAVE_MUTATION, input(7, version));
    inFlight.catch(() => undefined); // awaited by each test; some expect it to fail
    await eventually(async () => {
      const { rows } = await locker.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      expect(rows.length, 'the save waits for the row lock').toBeGreaterThan(0);
    });
    return { token, inFlight, submissionId: first.body.data.saveSubmission.id as string, version };
  }

  const slow = { timeout: 120_000 };

  it(
    'lets the save in flight finish and commit, refuses new connections, closes idle and websocket connections, exits 0',
    async () => {
      const { token, inFlight, submissionId, version } = await startWithSaveInFlight(4350);
      const port = server!.port;
      const idle = await idleKeepAlive(port);
      const live = await liveSubscription(port, token);

      server!.kill('SIGTERM');
      await server!.waitForOutput(/SIGTERM: draining \(1 request/);
      expect(await connectionRefused(port)).toBe(true);
      await idle.closed; // the idle keep-alive connection is closed at once
      expect(await live.closeCode).toBe(1001); // Going away
      expect(server!.child.exitCode).toBeNull(); // still draining: the save waits

      await locker.query('COMMIT');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.headers.get('connection')).toBe('close');
      expect(response.body.data.saveSubmission).toMatchObject({ __typename: 'Submission', version: version + 1 });
      expect(await server!.exited).toBe(0);
      expect(server!.output()).toMatch(/drained: exiting/);
      await locker.end();

      const check = new pg.Client({ connectionString: db.url });
      await check.connect();
      try {
        const { rows } = await check.query(`SELECT "count", "version" FROM submission WHERE id = $1`, [submissionId]);
        expect(rows).toEqual([{ count: 7, version: version + 1 }]);
        // The pool ended: no connection of the server is left on its database.
        const { rows: left } = await check.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        expect(left[0].n).toBe(0);
      } finally {
        await check.end();
      }
    },
    slow.timeout,
  );

  it(
    'exits at once, non-zero, on a second signal during the drain',
    async () => {
      const { inFlight } = await startWithSaveInFlight(4351);
      server!.kill('SIGTERM');
      await server!.waitForOutput(/SIGTERM: draining/);
      server!.kill('SIGINT');
      // The save still waits for the lock, so only the second signal can have ended the process.
      expect(await server!.exited).toBe(130);
      expect(server!.output()).toMatch(/SIGINT again: exiting at once/);
      await expect(inFlight).rejects.toThrow();
      await locker.query('ROLLBACK');
    },
    slow.timeout,
  );

  it(
    'exits non-zero when the drain outlasts KECALA_SHUTDOWN_TIMEOUT_MS',
    async () => {
      const { inFlight } = await startWithSaveInFlight(4352, { KECALA_SHUTDOWN_TIMEOUT_MS: '500' });
      server!.kill('SIGTERM');
      expect(await server!.exited).toBe(1);
      await expect(inFlight).rejects.toThrow();
      expect(server!.output()).toMatch(/shutdown deadline of 500 ms passed \(1 request/);
      await locker.query('ROLLBACK');
    },
    slow.timeout,
  );
});

describe('SIGTERM on the embedded database', () => {
  it('closes PGlite cleanly (its postmaster.pid is removed) and exits 0; the data opens again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-shutdown-pglite-'));
    const dataDir = path.join(dir, 'pglite');
    try {
      let server = await startServerProcess({ port: 4353, databaseUrl: null, dataDir, filesDir: dir });
      expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
      const token = await loginToken(server.url, 'op-3275-09');
      const periods = await gql(server.url, null, '{ periods { year status } }');
      const year = periods.body.data.periods.find((p: any) => p.status === 'OPEN').year;
      const input = {
        year,
        kecamatanCode: JATIASIH,
        indicatorCode: 'KEL-03',
        answer: { count: 4 },
        expectedVersion: 0,
      };
      expect((await gql(server.url, token, SAVE_MUTATION, { input })).body.data.saveSubmission.__typename).toBe(
        'Submission',
      );
      server.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

      server = await startServerProcess({ port: 4353, databaseUrl: null, dataDir, filesDir: dir });
      try {
        const saved = await gql(server.url, token, SUBMISSIONS_QUERY, { year, k: JATIASIH });
        expect(saved.body.data.submissions).toMatchObject([{ indicatorCode: 'KEL-03', answer: { count: 4 } }]);
      } finally {
        server.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
