// `npm run bench -- --smoke`: scenario (e) of the benchmark for a few seconds against two cluster
// workers (server/src/cluster.ts) on a throwaway database. It checks that the cluster starts, that
// 16 signed-in users (their connections spread over both workers) are served without a single
// error and that the figures are printed — never a latency or a throughput, which depend on the
// machine.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerCount } from '../src/cluster.js';
import { ADMIN_URL, createTestDatabase, serverPostgresAvailable } from './support/postgres.js';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const local = ['127.0.0.1', 'localhost'].includes(new URL(ADMIN_URL).hostname);
const available = local && (await serverPostgresAvailable());

describe('cluster size (WEB_CONCURRENCY)', () => {
  it('is the number of CPUs by default, WEB_CONCURRENCY when set, and 1 on the embedded database', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/kecala';
    expect(workerCount({ DATABASE_URL: url }, 4)).toBe(4);
    expect(workerCount({ DATABASE_URL: url, WEB_CONCURRENCY: '3' }, 4)).toBe(3);
    expect(workerCount({ WEB_CONCURRENCY: '3' }, 4)).toBe(1);
    expect(() => workerCount({ DATABASE_URL: url, WEB_CONCURRENCY: '0' }, 4)).toThrow(/WEB_CONCURRENCY/);
    expect(() => workerCount({ DATABASE_URL: url, WEB_CONCURRENCY: 'many' }, 4)).toThrow(/WEB_CONCURRENCY/);
  });
});

describe.runIf(available)('deadline-day benchmark, smoke run (2 cluster workers)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('serves every user of the run without an error and prints the figures', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/national.ts', '--smoke'], {
      cwd: SERVER_DIR,
      env: { ...process.env, BENCH_DATABASE_URL: db.url, BENCH_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(0);
    const row = output.split('\n').find((line) => line.startsWith('| 2 workers |'));
    expect(row, output).toBeDefined();
    const cells = row!.split('|').map((cell) => cell.trim());
    // | server | users | req/s | p50 | p95 | p99 | errors | counts | RSS | CPU server | PG backends | …
    expect(cells[2]).toBe('16');
    expect(cells[7]).toBe('0 (0)');
    expect(Number(cells[3])).toBeGreaterThan(0);
    expect(cells[9]).toMatch(/^\d+ \(\d+\)$/);
    expect(Number(cells[10])).toBeGreaterThan(0);
    expect(output).toContain('smoke: 0 errors');
  }, 180_000);
});
