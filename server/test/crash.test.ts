import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, serverPostgresAvailable } from './support/postgres.js';
import { gql, loginToken, startServerProcess, type ServerProcess } from './support/server-process.js';
import { SAVE_MUTATION, SUBMISSIONS_QUERY } from './support/fixtures.js';
import type { Backend } from './support/test-server.js';

const KECAMATAN = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
/** Two answers per kecamatan saved in two independent chains: a count and a percentage. */
const CHAINS = [
  { indicatorCode: 'KEL-03', answer: (n: number) => ({ count: n }), value: (a: any) => a.count },
  {
    indicatorCode: 'K1-04',
    answer: (n: number) => ({ numerator: n, denominator: 1000 }),
    value: (a: any) => a.numerator,
  },
];
/** Acknowledged saves before the kill: enough that every chain is mid-stream. */
const ACKS_BEFORE_KILL = 60;

interface Chain {
  kecamatanCode: string;
  indicatorCode: string;
  /** The last acknowledged save: its version and value. */
  acked: { version: number; value: number } | null;
  /** The save sent and not answered when the process died (it may or may not have committed). */
  pending: { version: number; value: number } | null;
}

async function crashUnderSaves(backend: Backend, port: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kecala-crash-${backend}-`));
  const db = backend === 'postgres' ? await createTestDatabase() : null;
  const start = () =>
    startServerProcess({
      port,
      databaseUrl: db?.url ?? null,
      dataDir: path.join(dir, 'pglite'),
      filesDir: dir,
    });
  let server: ServerProcess | null = null;
  try {
    server = await start();
    const url = server.url;
    const periods = await gql(url, null, '{ periods { year status } }');
    const year: number = periods.body.data.periods.find((p: any) => p.status === 'OPEN').year;
    const tokens = await Promise.all(KECAMATAN.map((k) => loginToken(url, `op-3275-${k}`)));

    const chains: Chain[] = [];
    let acks = 0;
    let killed = false;
    const died = server;
    const runChain = async (token: string, kecamatanCode: string, spec: (typeof CHAINS)[number]) => {
      const chain: Chain = { kecamatanCode, indicatorCode: spec.indicatorCode, acked: null, pending: null };
      chains.push(chain);
      for (let n = 1; ; n += 1) {
        const expectedVersion = chain.acked?.version ?? 0;
        chain.pending = { version: expectedVersion + 1, value: n };
        let response;
        try {
          response = await gql(url, token, SAVE_MUTATION, {
            input: { year, kecamatanCode, indicatorCode: spec.indicatorCode, answer: spec.answer(n), expectedVersion },
          });
        } catch {
          return; // the process is gone
        }
        const saved = response.body.data?.saveSubmission;
        if (saved?.__typename !== 'Submission') throw new Error(`save refused: ${JSON.stringify(response.body)}`);
        chain.acked = { version: saved.version, value: n };
        chain.pending = null;
        acks += 1;
        if (acks >= ACKS_BEFORE_KILL && !killed) {
          killed = true;
          died.kill('SIGKILL');
        }
      }
    };
    await Promise.all(KECAMATAN.flatMap((k, i) => CHAINS.map((spec) => runChain(tokens[i], `32.75.${k}`, spec))));
    expect(await server.exited).toBe('SIGKILL');
    expect(acks).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    // Saves were in flight when it died.
    expect(chains.filter((c) => c.pending).length).toBeGreaterThan(0);

    server = await start();
    const evaluator = await loginToken(server.url, 'evaluator');
    for (const k of KECAMATAN) {
      const { body } = await gql(server.url, evaluator, SUBMISSIONS_QUERY, { year, k: `32.75.${k}` });
      for (const chain of chains.filter((c) => c.kecamatanCode === `32.75.${k}`)) {
        const spec = CHAINS.find((c) => c.indicatorCode === chain.indicatorCode)!;
        const row = body.data.submissions.find((s: any) => s.indicatorCode === chain.indicatorCode);
        if (!chain.acked) continue; // nothing acknowledged for this one
        const where = `${chain.kecamatanCode} ${chain.indicatorCode}`;
        expect(row, `${where}: an acknowledged save is missing`).toBeDefined();
        const stored = { version: row.version, value: spec.value(row.answer) };
        // Every acknowledged save is there; the one in flight may have committed too, nothing else.
        const allowed = [chain.acked, ...(chain.pending ? [chain.pending] : [])];
        expect(allowed, `${where}: stored ${JSON.stringify(stored)}`).toContainEqual(stored);
      }
    }
    server.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  } finally {
    server?.kill('SIGKILL');
    await server?.exited;
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('kill -9 under concurrent saves loses no acknowledged save', () => {
  let postgres = false;
  beforeAll(async () => {
    postgres = await serverPostgresAvailable();
  });
  afterAll(() => undefined);

  it('on server PostgreSQL', async (ctx) => {
    if (!postgres) ctx.skip();
    await crashUnderSaves('postgres', 4354);
  }, 120_000);

  it('on the embedded PGlite', async () => {
    await crashUnderSaves('embedded', 4355);
  }, 180_000);
});
