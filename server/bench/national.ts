/**
 * `npm run bench`: national-scale data (38 provinces, 514 kab/kota, 7,285 kecamatan × 24
 * indicators × 5 years ≈ 874,000 submissions) in the PostgreSQL of BENCH_DATABASE_URL (dropped and
 * created), the real server against it, and the reads and saves measured over HTTP with
 * autocannon next to the same reads as raw SQL. Prints a table and writes BENCHMARKS.md at the
 * repository root. Only 127.0.0.1. `BENCH_KECAMATAN=200` runs a small version (a sample of the
 * same hierarchy) that prints its table but leaves BENCHMARKS.md alone.
 *
 * Then (e) "deadline day" (bench/deadline-day.ts): 150 operators and 50 evaluators of Kota Bekasi at
 * once for BENCH_DEADLINE_SECONDS (60), against the server as production runs it: compiled
 * (`npm run build`, done here) and started with `node server/dist/cluster.js`, with 1 and then 2
 * workers (BENCH_DEADLINE_WORKERS=1,2).
 *
 * `npm run bench -- --smoke` (or BENCH_SMOKE=1): (e) alone, on the seeded city only (no national
 * data), 12 operators and 4 evaluators for 3 s against 2 workers started from the TypeScript
 * source (no build); prints its table, writes nothing. The server tests run it.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { answerNearPoints } from '@kecala/domain';
import { openDatabase } from '../src/database/data-source.js';
import { seedDatabase } from '../src/database/seed/seed.js';
import { IndicatorEntity } from '../src/modules/indicator/indicator.entity.js';
import { scoreRowsOf, totalRowsOf, type ScoredRow } from '../src/modules/scoring/score-table.js';
import {
  createDeadlineUsers,
  deadlineTable,
  rssBytes,
  runDeadlineDay,
  startCluster,
  type DeadlineResult,
} from './deadline-day.js';
import { benchDatabase } from './bench-db.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const DB_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kecala_bench';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SERVER_HEAP_MB = process.env.BENCH_SERVER_HEAP_MB ? Number(process.env.BENCH_SERVER_HEAP_MB) : null;
const NATIONAL_KECAMATAN = 7285;
const KECAMATAN_TOTAL = Number(process.env.BENCH_KECAMATAN ?? NATIONAL_KECAMATAN);
const FULL_SCALE = KECAMATAN_TOTAL === NATIONAL_KECAMATAN;
/** Page size of the paged national board measured in (c). */
const BOARD_PAGE_SIZE = 50;
const YEARS = 5;
const SAVE_CONNECTIONS = 100;
const NOW = new Date();
const YEAR = NOW.getUTCFullYear();
const SMOKE = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const DEADLINE_SECONDS = Number(process.env.BENCH_DEADLINE_SECONDS ?? (SMOKE ? 3 : 60));
const DEADLINE_WORKERS = (process.env.BENCH_DEADLINE_WORKERS ?? (SMOKE ? '2' : '1,2')).split(',').map(Number);
const DEADLINE_OPERATORS = SMOKE ? 12 : 150;
const DEADLINE_EVALUATORS = SMOKE ? 4 : 50;
/** BENCH_DEADLINE_ONLY=1: the data, then (e) alone, written into its part of BENCHMARKS.md. */
const DEADLINE_ONLY = process.env.BENCH_DEADLINE_ONLY === '1';
const LOAD_AT_START = os
  .loadavg()
  .map((n) => n.toFixed(2))
  .join(', ');

const benchDb = benchDatabase(DB_URL);

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const ms = (n: number) => n.toFixed(1);

interface ProvinceCount {
  code: string;
  name: string;
  kabupaten: number;
  kota: number;
  kecamatan: number;
}

/** Per-province counts of kabupaten, kota and kecamatan (Kepmendagri 2025, bench/data/SOURCES.md). */
function readProvinceCounts(): ProvinceCount[] {
  const lines = fs
    .readFileSync(path.join(HERE, 'data/indonesia-jumlah-wilayah-2025.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return lines
    .map((line) => line.split(','))
    .filter(([code]) => code !== '')
    .map(([code, name, kabupaten, kota, kecamatan]) => ({
      code,
      name,
      kabupaten: Number(kabupaten),
      kota: Number(kota),
      kecamatan: Number(kecamatan),
    }));
}

/**
 * The national hierarchy: every province, its kabupaten (codes xx.01…) and kota (xx.71…), and
 * its kecamatan spread evenly over its kab/kota (Kota Bekasi and its 12 seeded kecamatan are
 * real and kept). With fewer kecamatan than the country's, an even sample of the same slots.
 */
function nationalHierarchy(total: number, seededCity: string, seededKecamatan: number) {
  const provinces = readProvinceCounts();
  const cities = provinces.flatMap((p) => [
    ...Array.from({ length: p.kabupaten }, (_, i) => ({
      code: `${p.code}.${String(i + 1).padStart(2, '0')}`,
      kind: 'KABUPATEN',
      provinceCode: p.code,
    })),
    ...Array.from({ length: p.kota }, (_, i) => ({
      code: `${p.code}.${String(71 + i).padStart(2, '0')}`,
      kind: 'KOTA',
      provinceCode: p.code,
    })),
  ]);
  const slots: Array<{ code: string; cityCode: string }> = [];
  for (const p of provinces) {
    const own = cities.filter((c) => c.provinceCode === p.code && c.code !== seededCity);
    const count = p.kecamatan - (seededCity.startsWith(`${p.code}.`) ? seededKecamatan : 0);
    own.forEach((city, i) => {
      const n = Math.floor(count / own.length) + (i < count % own.length ? 1 : 0);
      for (let k = 1; k <= n; k += 1)
        slots.push({ code: `${city.code}.${String(k).padStart(2, '0')}`, cityCode: city.code });
    });
  }
  const wanted = Math.max(0, total - seededKecamatan);
  const kecamatan =
    wanted >= slots.length
      ? slots
      : Array.from({ length: wanted }, (_, i) => slots[Math.floor((i * slots.length) / wanted)]);
  return { provinces, cities, kecamatan };
}

interface Generated {
  periodIds: string[];
  currentPeriodId: string;
  indicators: IndicatorEntity[];
  evaluatorToken: string;
  operators: Array<{ token: string; kecamatanCode: string }>;
  someKecamatan: string;
  someCity: string;
  submissions: number;
  scoreRows: number;
  /** "38 provinces, 514 kab/kota" as generated. */
  regions: string;
  seconds: number;
}

/** Schema, Kota Bekasi seed, synthetic national regions, answers, score rows, sessions. */
async function generate(): Promise<Generated> {
  const started = Date.now();
  await benchDb.reset();
  const database = await openDatabase({ url: DB_URL });
  const ds = database.dataSource;
  await seedDatabase(ds, { demoUsers: true, now: NOW });
  // The national hierarchy beside the seeded Kota Bekasi (Jawa Barat, 32.75, 12 kecamatan):
  // 38 provinces, 514 kab/kota, the other kecamatan (a real foreign key chain, as in production).
  const hierarchy = nationalHierarchy(KECAMATAN_TOTAL, '32.75', 12);
  await ds.query(
    `INSERT INTO province (code, name) SELECT * FROM unnest($1::varchar[], $2::varchar[]) ON CONFLICT DO NOTHING`,
    [hierarchy.provinces.map((p) => p.code), hierarchy.provinces.map((p) => p.name)],
  );
  await ds.query(
    `INSERT INTO city (code, name, kind, "provinceCode") SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[]) ON CONFLICT DO NOTHING`,
    [
      hierarchy.cities.map((c) => c.code),
      hierarchy.cities.map((c) => `${c.kind === 'KOTA' ? 'Kota' : 'Kabupaten'} ${c.code}`),
      hierarchy.cities.map((c) => c.kind),
      hierarchy.cities.map((c) => c.provinceCode),
    ],
  );
  await ds.query(
    `INSERT INTO kecamatan (code, name, "cityCode") SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[])`,
    [
      hierarchy.kecamatan.map((k) => k.code),
      hierarchy.kecamatan.map((k) => `Kecamatan ${k.code}`),
      hierarchy.kecamatan.map((k) => k.cityCode),
    ],
  );
  const [{ indicatorSetId, id: currentPeriodId }] = await ds.query(
    `SELECT id, "indicatorSetId" FROM period WHERE year = $1`,
    [YEAR],
  );
  await ds.query(
    `INSERT INTO period (id, year, status, deadline, "indicatorSetId") SELECT gen_random_uuid(), y, 'CLOSED', make_date(y, 12, 31), $1 FROM generate_series($2::int, $3::int) AS y`,
    [indicatorSetId, YEAR - YEARS + 1, YEAR - 1],
  );
  const periods: Array<{ id: string; year: number }> = await ds.query(`SELECT id, year FROM period ORDER BY year`);
  const indicators = await ds
    .getRepository(IndicatorEntity)
    .find({ where: { indicatorSetId }, order: { number: 'ASC' } });
  log(
    `schema, seed, ${hierarchy.provinces.length} provinces, ${hierarchy.cities.length} kab/kota and ${KECAMATAN_TOTAL} kecamatan in ${((Date.now() - started) / 1000).toFixed(1)} s; inserting answers`,
  );

  // Answers in one INSERT … SELECT per year: past years VERIFIED, the open year DRAFT.
  await ds.query(`SELECT setseed(0.42)`);
  for (const period of periods) {
    const verified = period.year < YEAR;
    await ds.query(
      `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", numerator, denominator, count, yes, option, status, version,
                               "verifiedNumerator", "verifiedDenominator", "verifiedCount", "verifiedYes", "verifiedOption", "verifiedAt")
       SELECT gen_random_uuid(), $1, k.code, i.id, a.numerator, a.denominator, a.count, a.yes, a.option, $2, 1,
              CASE WHEN $3 THEN a.numerator END, CASE WHEN $3 THEN a.denominator END, CASE WHEN $3 THEN a.count END,
              CASE WHEN $3 THEN a.yes END, CASE WHEN $3 THEN a.option END, CASE WHEN $3 THEN now() END
       FROM kecamatan k CROSS JOIN indicator i
       CROSS JOIN LATERAL (SELECT random() AS r) AS rnd
       CROSS JOIN LATERAL (SELECT
         CASE WHEN i."measureType" = 'PERCENTAGE' THEN (rnd.r * 100)::int END AS numerator,
         CASE WHEN i."measureType" = 'PERCENTAGE' THEN 100 END AS denominator,
         CASE WHEN i."measureType" = 'COUNT' THEN (rnd.r * 10)::int END AS count,
         CASE WHEN i."measureType" = 'YES_NO' THEN rnd.r < 0.7 END AS yes,
         CASE WHEN i."measureType" = 'OPTIONS' THEN i."scoringRule"->'options'->(floor(rnd.r * jsonb_array_length(i."scoringRule"->'options')))::int->>'value' END AS option) AS a
       WHERE i."indicatorSetId" = $4`,
      [period.id, verified ? 'VERIFIED' : 'DRAFT', verified, indicatorSetId],
    );
    log(`  ${period.year}: answers inserted`);
  }

  // Score rows and their totals with the pure module, one year at a time, written with unnest
  // (one statement per 20k rows; the total rows exist already as zeros, inserted by the triggers).
  let scoreRows = 0;
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  for (const period of periods) {
    const { rows } = await client.query<ScoredRow & { kecamatanCode: string }>(
      `SELECT "kecamatanCode", "indicatorId", numerator, denominator, count, yes, option, status,
              "verifiedNumerator", "verifiedDenominator", "verifiedCount", "verifiedYes", "verifiedOption"
       FROM submission WHERE "periodId" = $1 ORDER BY "kecamatanCode"`,
      [period.id],
    );
    const values: ReturnType<typeof scoreRowsOf> = [];
    let start = 0;
    for (let i = 1; i <= rows.length; i += 1) {
      if (i === rows.length || rows[i].kecamatanCode !== rows[start].kecamatanCode) {
        values.push(
          ...scoreRowsOf(
            { periodId: period.id, kecamatanCode: rows[start].kecamatanCode },
            indicators,
            rows.slice(start, i),
          ),
        );
        start = i;
      }
    }
    for (let i = 0; i < values.length; i += 20_000) {
      const chunk = values.slice(i, i + 20_000);
      await client.query(
        `INSERT INTO kecamatan_score ("periodId", "kecamatanCode", "clusterCode", basis, score, answered, verified)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::float8[], $6::int[], $7::int[])`,
        [
          chunk.map((v) => v.periodId),
          chunk.map((v) => v.kecamatanCode),
          chunk.map((v) => v.clusterCode),
          chunk.map((v) => v.basis),
          chunk.map((v) => v.score),
          chunk.map((v) => v.answered),
          chunk.map((v) => v.verified),
        ],
      );
    }
    const totals = totalRowsOf(values);
    for (let i = 0; i < totals.length; i += 20_000) {
      const chunk = totals.slice(i, i + 20_000);
      await client.query(
        `INSERT INTO kecamatan_total ("periodId", "kecamatanCode", basis, total, answered, verified)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::float8[], $5::int[], $6::int[])
         ON CONFLICT ("periodId", "kecamatanCode", basis) DO UPDATE SET total = EXCLUDED.total, answered = EXCLUDED.answered, verified = EXCLUDED.verified`,
        [
          chunk.map((v) => v.periodId),
          chunk.map((v) => v.kecamatanCode),
          chunk.map((v) => v.basis),
          chunk.map((v) => v.total),
          chunk.map((v) => v.answered),
          chunk.map((v) => v.verified),
        ],
      );
    }
    scoreRows += values.length;
  }

  // Sessions in bulk: an evaluator and one operator for each of SAVE_CONNECTIONS kecamatan.
  const saveKecamatan: string[] = (
    await client.query(`SELECT code FROM kecamatan WHERE "cityCode" <> '32.75' ORDER BY code LIMIT $1`, [
      SAVE_CONNECTIONS,
    ])
  ).rows.map((r) => r.code);
  const operators = saveKecamatan.map((kecamatanCode) => ({
    id: randomUUID(),
    kecamatanCode,
    token: randomBytes(24).toString('hex'),
  }));
  const evaluatorToken = randomBytes(24).toString('hex');
  await client.query(
    `INSERT INTO app_user (id, username, "displayName", "passwordHash", role, "kecamatanCode")
     SELECT id, 'bench-op-' || code, 'Bench operator ' || code, '!', 'OPERATOR', code FROM unnest($1::uuid[], $2::varchar[]) AS t(id, code)`,
    [operators.map((o) => o.id), operators.map((o) => o.kecamatanCode)],
  );
  const sha = (token: string) => createHash('sha256').update(token).digest('hex');
  await client.query(
    `INSERT INTO session ("tokenHash", "userId", "expiresAt") SELECT h, u, now() + interval '1 day' FROM unnest($1::varchar[], $2::uuid[]) AS t(h, u)`,
    [operators.map((o) => sha(o.token)), operators.map((o) => o.id)],
  );
  await client.query(
    `INSERT INTO session ("tokenHash", "userId", "expiresAt") SELECT $1, id, now() + interval '1 day' FROM app_user WHERE username = 'evaluator'`,
    [sha(evaluatorToken)],
  );
  const [{ count }] = (await client.query(`SELECT count(*)::int AS count FROM submission`)).rows;
  await client.query('VACUUM ANALYZE');
  await client.end();
  await database.close();
  return {
    periodIds: periods.map((p) => p.id),
    currentPeriodId,
    indicators,
    evaluatorToken,
    operators,
    someKecamatan: '32.75.09',
    someCity: '32.75',
    submissions: count,
    scoreRows,
    regions: `${hierarchy.provinces.length} provinces, ${hierarchy.cities.length} kab/kota`,
    seconds: (Date.now() - started) / 1000,
  };
}

interface Measured {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Server RSS in MB right after this measurement (HTTP rows only). */
  rssMb?: number;
}

async function cannon(name: string, url: string, options: Partial<autocannon.Options>): Promise<Measured> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    duration: DURATION,
    connections: 10,
    ...options,
  } as autocannon.Options);
  const bad = result.errors + result.non2xx; // autocannon counts a timeout in `errors` too
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: bad,
    ...percentile95(result),
  };
}

/** autocannon reports p97.5, not p95, in its summary; its histogram gives p95. */
function percentile95(result: autocannon.Result): { p95: number } {
  const latency = result.latency as unknown as Record<string, number>;
  return { p95: latency.p95 ?? latency.p97_5 };
}

/** The same read as raw SQL with 10 concurrent pg clients for a few seconds. */
async function rawSql(
  name: string,
  sql: string,
  params: () => unknown[],
  seconds = Math.min(DURATION, 5),
  concurrency = 10,
): Promise<Measured> {
  const pool = new pg.Pool({ connectionString: DB_URL, max: concurrency });
  const timings: number[] = [];
  const until = Date.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const t = process.hrtime.bigint();
        try {
          await pool.query(sql, params());
        } catch {
          errors += 1;
        }
        timings.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  await pool.end();
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
  return { name, rps: timings.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

let built = false;

/** The cluster entry: compiled once per run (`npm run build -w @kecala/server`); the TypeScript source in smoke mode. */
function serverEntry(): string {
  if (SMOKE) return path.join(HERE, '../src/cluster.ts');
  if (!built) {
    log('building the server (npm run build -w @kecala/server)');
    const build = spawnSync(process.execPath, [path.join(HERE, '../build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('server build failed');
    built = true;
  }
  return path.join(HERE, '../dist/cluster.js');
}

/** (e) deadline day, once per worker count; prints its table. */
async function deadlineDay(indicators: IndicatorEntity[]): Promise<DeadlineResult[]> {
  const entry = serverEntry();
  const users = await createDeadlineUsers(DB_URL, indicators, DEADLINE_OPERATORS, DEADLINE_EVALUATORS);
  const results: DeadlineResult[] = [];
  for (const workers of DEADLINE_WORKERS) {
    const server = await startCluster({
      entry,
      databaseUrl: DB_URL,
      workers,
      port: Number(process.env.BENCH_PORT ?? 0),
      heapMb: SERVER_HEAP_MB,
    });
    log(
      `(e) ${path.relative(ROOT, entry)} with ${workers} worker(s) on ${server.url}, load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(', ')}`,
    );
    try {
      results.push(
        await runDeadlineDay({
          server,
          databaseUrl: DB_URL,
          users,
          indicators,
          year: YEAR,
          workers,
          seconds: DEADLINE_SECONDS,
          warmupSeconds: SMOKE ? 1 : 5,
          // The smoke run checks that nothing fails, never timing: a slow answer on a busy machine is no error there.
          timeoutSeconds: SMOKE ? 120 : 10,
        }),
      );
    } finally {
      await server.stop();
    }
    log(`(e) ${workers} worker(s) done`);
  }
  console.log(['', `(e) deadline day, ${DEADLINE_SECONDS} s each:`, deadlineTable(results), ''].join('\n'));
  return results;
}

const DEADLINE_START = '<!-- bench:deadline:start -->';
const DEADLINE_END = '<!-- bench:deadline:end -->';

/** The (e) part of BENCHMARKS.md, between markers (BENCH_DEADLINE_ONLY=1 replaces only this part). */
function deadlineSection(results: DeadlineResult[]): string {
  const first = results[0];
  return `${DEADLINE_START}
## (e) Deadline day: 200 users at once against the cluster

Generated by \`npm run bench\` on ${new Date().toISOString()}${DEADLINE_ONLY ? ' (`BENCH_DEADLINE_ONLY=1`: this part only; the rows above are from the run dated at the top)' : ''}; load average before the first run: ${LOAD_AT_START}.

The server as production runs it: compiled (\`npm run build -w @kecala/server\`) and started with \`node server/dist/cluster.js\` (\`WEB_CONCURRENCY\` workers${SERVER_HEAP_MB ? `, \`NODE_OPTIONS=--max-old-space-size=${SERVER_HEAP_MB}\` in each` : ''}), on this database. ${first?.users ?? DEADLINE_OPERATORS + DEADLINE_EVALUATORS} connections, one signed-in user each, for ${DEADLINE_SECONDS} s after a 5 s warm-up, closed loop without think time: ${DEADLINE_OPERATORS} operators spread over Kota Bekasi's 12 kecamatan (accounts created for the run; each owns a disjoint share of its kecamatan's 24 indicators, so no two race for one answer) alternately read their form's \`submissions\` and save one answer (\`saveSubmission\` with the version last read), and ${DEADLINE_EVALUATORS} evaluators alternately read \`scoreboard(cityCode: "32.75")\` and a \`kecamatanScore\`. Errors: HTTP failures, GraphQL errors, refused saves (a stale version included) and timeouts (no answer within 10 s, in brackets). CPU in cores (CPU seconds per second, from \`/proc/<pid>/stat\`): the server's processes (primary and workers), the PostgreSQL backends of the bench database (from \`pg_stat_activity\`), PostgreSQL's own processes (WAL writer, checkpointer… — shared with any other database of that server), the load generator (autocannon, in the bench process), and the whole machine (\`/proc/stat\`, everything that ran, other people's work included).

${deadlineTable(results)}

¹ autocannon's p97.5, an upper bound of p95.
² PSS (\`/proc/<pid>/smaps_rollup\`) counts each shared page once, split among the processes that map it: RSS counts the node binary and libraries (≈ 36–50 MB per process, the same pages) in every process.
${DEADLINE_END}`;
}

/** --smoke: (e) alone on the seeded city, a few seconds, nothing written. */
async function smoke() {
  await benchDb.reset();
  const database = await openDatabase({ url: DB_URL });
  await seedDatabase(database.dataSource, { demoUsers: false, now: NOW });
  const [{ indicatorSetId }] = await database.dataSource.query(`SELECT "indicatorSetId" FROM period WHERE year = $1`, [
    YEAR,
  ]);
  const indicators = await database.dataSource
    .getRepository(IndicatorEntity)
    .find({ where: { indicatorSetId }, order: { number: 'ASC' } });
  await database.close();
  const results = await deadlineDay(indicators);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  log(`smoke: ${errors} errors`);
  if (errors > 0) process.exitCode = 1;
}

async function main() {
  log(`generating national data in ${DB_URL}`);
  const data = await generate();
  log(`${data.submissions} submissions and ${data.scoreRows} score rows in ${data.seconds.toFixed(1)} s`);
  if (DEADLINE_ONLY) {
    const section = deadlineSection(await deadlineDay(data.indicators));
    const file = path.join(ROOT, 'BENCHMARKS.md');
    if (!FULL_SCALE) return;
    const previous = fs.readFileSync(file, 'utf8');
    const start = previous.indexOf(DEADLINE_START);
    const end = previous.indexOf(DEADLINE_END);
    fs.writeFileSync(
      file,
      start >= 0 && end > start
        ? previous.slice(0, start) + section + previous.slice(end + DEADLINE_END.length)
        : previous.replace('## Targets\n', `${section}\n\n## Targets\n`),
    );
    log(`wrote the (e) part of ${file}`);
    return;
  }

  // (a)–(d) against the server as production runs it: compiled, `node dist/cluster.js`, one worker.
  const single = await startCluster({
    entry: serverEntry(),
    databaseUrl: DB_URL,
    workers: 1,
    port: Number(process.env.BENCH_PORT ?? 0),
    heapMb: SERVER_HEAP_MB,
  });
  const url = single.url;
  log(`server on ${url}`);
  const evaluatorHeaders = { 'content-type': 'application/json', authorization: `Bearer ${data.evaluatorToken}` };

  const SCORE = `query ($y: Int!, $k: String!) { kecamatanScore(year: $y, kecamatanCode: $k) { total category verifiedTotal clusters { cluster { code } score verifiedScore } } }`;
  const BOARD = `query ($y: Int!, $c: String) { scoreboard(year: $y, cityCode: $c) { kecamatan { code name } total category verifiedTotal } }`;
  // (c): the first page of the national board, highest verified total first, from the maintained totals.
  const PAGE = `query ($y: Int!, $first: Int) { scoreboardConnection(year: $y, basis: VERIFIED, orderBy: TOTAL_DESC, first: $first) {
    edges { node { kecamatan { code name } total category verifiedTotal verifiedCategory } } pageInfo { hasNextPage endCursor } } }`;
  const pageBody = gql(PAGE, { y: YEAR - 1, first: BOARD_PAGE_SIZE });
  const SAVE = `mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) { __typename ... on Submission { kecamatanCode indicatorCode version } ... on StaleVersionError { current { kecamatanCode indicatorCode version } } ... on ErrorResult { code } } }`;

  // Each read must answer without errors (a GraphQL error is still HTTP 200 and would look fast).
  for (const body of [
    gql(SCORE, { y: YEAR, k: data.someKecamatan }),
    gql(BOARD, { y: YEAR, c: data.someCity }),
    pageBody,
    gql(BOARD, { y: YEAR - 1, c: null }),
  ]) {
    const reply = (await (
      await fetch(`${url}/graphql`, { method: 'POST', headers: evaluatorHeaders, body })
    ).json()) as { errors?: unknown };
    if (reply.errors) throw new Error(`read failed: ${JSON.stringify(reply.errors)}`);
  }
  // The RSS of the serving worker (the primary only forwards connections; (e) reports the sum).
  const serverRss = async () => Math.max(...single.pids().map(rssBytes));
  const startRssMb = (await serverRss()) / 1024 / 1024;
  // Warm-up (plans, pools, JIT), then measure.
  await cannon('warm-up', url, {
    duration: 2,
    headers: evaluatorHeaders,
    body: gql(SCORE, { y: YEAR, k: data.someKecamatan }),
  });
  const api: Measured[] = [];
  api.push(
    await cannon('(a) kecamatanScore', url, {
      headers: evaluatorHeaders,
      body: gql(SCORE, { y: YEAR, k: data.someKecamatan }),
    }),
  );
  api[api.length - 1].rssMb = (await serverRss()) / 1024 / 1024;
  log('(a) done');
  api.push(
    await cannon('(b) kab/kota scoreboard (32.75)', url, {
      headers: evaluatorHeaders,
      body: gql(BOARD, { y: YEAR, c: data.someCity }),
    }),
  );
  api[api.length - 1].rssMb = (await serverRss()) / 1024 / 1024;
  log('(b) done');
  api.push(
    await cannon(`(c) national scoreboard, first page of ${BOARD_PAGE_SIZE}`, url, {
      headers: evaluatorHeaders,
      body: pageBody,
    }),
  );
  api[api.length - 1].rssMb = (await serverRss()) / 1024 / 1024;
  log('(c) done');
  // For comparison: the whole national list through the city dashboard's scoreboard (every kecamatan and its clusters' rows).
  const full = await cannon('(c′) national scoreboard, whole list', url, {
    headers: evaluatorHeaders,
    body: gql(BOARD, { y: YEAR - 1, c: null }),
    connections: 4,
  });
  full.rssMb = (await serverRss()) / 1024 / 1024;
  log('(c′) done');

  // (d) saves: 100 operators (one kecamatan each) × 24 indicators taken in turn, so a slot comes
  // back only after 2,400 requests (its previous save long answered); versions followed from the replies.
  const answersByIndicator = data.indicators.map((indicator) => ({
    code: indicator.code,
    answers: [0.2, 0.5, 0.9].map((f) => answerNearPoints(indicator, f * indicator.maxPoints)),
  }));
  const tokenOf = new Map(data.operators.map((o) => [o.kecamatanCode, o.token]));
  const versions = new Map<string, number>();
  let turn = 0;
  let saveRefusals = 0;
  const saves = await cannon('(d) saveSubmission', url, {
    connections: SAVE_CONNECTIONS,
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const n = turn++;
          const operator = data.operators[n % data.operators.length];
          const item = answersByIndicator[Math.floor(n / data.operators.length) % answersByIndicator.length];
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokenOf.get(operator.kecamatanCode)}`,
            },
            body: gql(SAVE, {
              input: {
                year: YEAR,
                kecamatanCode: operator.kecamatanCode,
                indicatorCode: item.code,
                answer: item.answers[n % 3],
                expectedVersion: versions.get(`${operator.kecamatanCode}|${item.code}`) ?? 1,
              },
            }),
          };
        },
        onResponse: (_status: number, body: string) => {
          const result = JSON.parse(body).data?.saveSubmission;
          const saved = result?.__typename === 'Submission' ? result : result?.current;
          if (saved) versions.set(`${saved.kecamatanCode}|${saved.indicatorCode}`, saved.version);
          if (result?.__typename !== 'Submission') saveRefusals += 1;
        },
      },
    ],
  });
  saves.errors += saveRefusals;
  saves.rssMb = (await serverRss()) / 1024 / 1024;
  api.push(saves, full);
  log('(d) done');

  const rss = await serverRss();

  // The same work as raw SQL (the rows each request reads; for saves the UPDATE alone), in the
  // order of \`api\`; each statement is printed in the report beside its figures.
  const pastPeriodId = data.periodIds[data.periodIds.length - 2];
  const RAW = {
    a: `SELECT k.code, k.name, s.* FROM kecamatan k LEFT JOIN kecamatan_score s ON s."kecamatanCode" = k.code AND s."periodId" = $1 WHERE k.code = $2`,
    b: `SELECT s.* FROM kecamatan_score s JOIN kecamatan k ON k.code = s."kecamatanCode" WHERE s."periodId" = $1 AND k."cityCode" = $2`,
    c: `SELECT t."kecamatanCode", k.name, t.total, o.total AS self FROM kecamatan_total t JOIN kecamatan k ON k.code = t."kecamatanCode" JOIN kecamatan_total o ON o."periodId" = t."periodId" AND o."kecamatanCode" = t."kecamatanCode" AND o.basis = 'SELF' WHERE t."periodId" = $1 AND t.basis = 'VERIFIED' ORDER BY t.total DESC, t."kecamatanCode" LIMIT ${BOARD_PAGE_SIZE + 1}`,
    d: `UPDATE submission SET numerator = $3, version = version + 1, "updatedAt" = now() WHERE "periodId" = $1 AND "kecamatanCode" = $2 AND "indicatorId" = (SELECT id FROM indicator WHERE "measureType" = 'PERCENTAGE' LIMIT 1)`,
    cFull: `SELECT "kecamatanCode", "clusterCode", basis, score FROM kecamatan_score WHERE "periodId" = $1`,
  };
  const raw: Measured[] = [];
  raw.push(await rawSql('(a) raw', RAW.a, () => [data.currentPeriodId, data.someKecamatan]));
  raw.push(await rawSql('(b) raw', RAW.b, () => [data.currentPeriodId, data.someCity]));
  raw.push(await rawSql('(c) raw', RAW.c, () => [pastPeriodId]));
  let n = 0;
  raw.push(
    await rawSql(
      '(d) raw',
      RAW.d,
      () => [data.currentPeriodId, data.operators[n++ % data.operators.length].kecamatanCode, n % 100],
      Math.min(DURATION, 5),
      SAVE_CONNECTIONS,
    ),
  );
  raw.push(await rawSql('(c′) raw', RAW.cFull, () => [pastPeriodId], Math.min(DURATION, 5), 4));

  await single.stop();

  const deadline = await deadlineDay(data.indicators);

  const rows = api.map((a, i) => ({ ...a, raw: raw[i] }));
  const header =
    '| measurement | req/s | p50 ms | p95 ms¹ | p99 ms | errors | raw SQL req/s | raw p95 ms | API/raw (req/s) | server RSS after, MB |';
  const lines = [header, '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'].concat(
    rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${Math.round(r.raw.rps)} | ${ms(r.raw.p95)} | ${(r.rps / r.raw.rps).toFixed(2)} | ${r.rssMb?.toFixed(0) ?? ''} |`,
    ),
  );
  const rssMb = rss / 1024 / 1024;
  console.log(
    [
      '',
      ...lines,
      '',
      `server RSS after start-up: ${startRssMb.toFixed(0)} MB, at the end: ${rssMb.toFixed(0)} MB`,
    ].join('\n'),
  );

  const [a, , c, d] = rows;
  const sqlList = [
    ['(a)', RAW.a],
    ['(b)', RAW.b],
    ['(c)', RAW.c],
    ['(d)', RAW.d],
    ['(c′)', RAW.cFull],
  ]
    .map(([name, sql]) => `- ${name} \`${sql.replace(/\s+/g, ' ')}\``)
    .join('\n');
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const machine = `${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
  // The target row of (e) reads the most workers run (production: one per core).
  const deadlineBest = deadline.reduce((best, r) => (r.workers > best.workers ? r : best), deadline[0]);
  const report = `# Benchmarks

Generated by \`npm run bench\` (\`server/bench/national.ts\`) on ${new Date().toISOString()}.
Re-run it to refresh this file; it replaces it whole.

- **Command:** \`BENCH_DATABASE_URL=${DB_URL}${SERVER_HEAP_MB ? ` BENCH_SERVER_HEAP_MB=${SERVER_HEAP_MB}` : ''} npm run bench\` (BENCH_SECONDS=${DURATION} per HTTP measurement${SERVER_HEAP_MB ? `; server started with \`--max-old-space-size=${SERVER_HEAP_MB}\`` : ''}${process.env.BENCH_SERVER_NODE_OPTIONS ? ` and \`${process.env.BENCH_SERVER_NODE_OPTIONS}\` (BENCH_SERVER_NODE_OPTIONS)` : ''})
- **Machine:** ${machine}; PostgreSQL on the same machine (${new URL(DB_URL).searchParams.get('host')?.startsWith('/') ? `through its Unix socket in ${new URL(DB_URL).searchParams.get('host')}` : 'TCP to 127.0.0.1'}), load generator (autocannon) in a separate process from the server. (a)–(d): the server as production runs it, compiled (\`npm run build -w @kecala/server\`) and started with \`node server/dist/cluster.js\`, one worker (\`WEB_CONCURRENCY=1\`); the RSS column is that worker's.
- **Data:** ${data.submissions.toLocaleString('en')} submissions (${data.regions}, ${KECAMATAN_TOTAL.toLocaleString('en')} kecamatan × ${data.indicators.length} indicators × ${YEARS} years) and ${data.scoreRows.toLocaleString('en')} score rows, generated in ${data.seconds.toFixed(0)} s.
- Reads as the evaluator (10 connections; the whole national list 4), saves as 100 distinct operators (one kecamatan each, 100 connections). (c) is \`scoreboardConnection(first: ${BOARD_PAGE_SIZE})\`, the first page of the national board by verified total, read from the maintained totals; (c′) the whole list of 7,285 entries through \`scoreboard\`, for comparison. Raw SQL: the rows the same request reads, with \`pg\` (10 clients; saves: the UPDATE alone, 100 clients; (c′) 4), statements below.

${lines.join('\n')}

¹ autocannon reports p97.5 rather than p95 for HTTP: the API column shows p97.5 (an upper bound of p95); raw SQL shows p95.

Server RSS at the end: **${rssMb.toFixed(0)} MB** (after start-up and the seed check: ${startRssMb.toFixed(0)} MB; the last column gives it after each measurement, run in the order (a), (b), (c), (c′), (d)).

Raw SQL of each row:

${sqlList}

${deadlineSection(deadline)}

## Targets

| target | result | |
|---|---|---|
| (e) deadline day, ${deadlineBest.workers} worker(s): p99 ≤ 300 ms with 0 errors | p99 ${ms(deadlineBest.p99)} ms, ${deadlineBest.errors} errors | ${verdict(deadlineBest.p99 <= 300 && deadlineBest.errors === 0)} |
| (e) total RSS of all server processes ≤ 300 MB | ${deadlineBest.peakRssMb.toFixed(0)} MB (peak) | ${verdict(deadlineBest.peakRssMb <= 300)} |
| (a) one kecamatan's scores ≥ 3,000 req/s | ${Math.round(a.rps)} req/s | ${verdict(a.rps >= 3000)} |
| (c) national scoreboard (first page) p95 ≤ 100 ms | ${ms(c.p95)} ms | ${verdict(c.p95 <= 100)} |
| (d) ≥ 1,500 saves/s with p99 ≤ 150 ms at 100 operators | ${Math.round(d.rps)} saves/s, p99 ${ms(d.p99)} ms | ${verdict(d.rps >= 1500 && d.p99 <= 150)} |
| server RSS ≤ 300 MB (one process, (a)–(d)) | ${rssMb.toFixed(0)} MB | ${verdict(rssMb <= 300)} |

## What bounds the misses

ANALYSIS_PLACEHOLDER
`;
  if (!FULL_SCALE) {
    log(`small scale (BENCH_KECAMATAN=${KECAMATAN_TOTAL}): BENCHMARKS.md left as it is`);
    return;
  }
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  // Keep a hand-written analysis across runs when there is one.
  const analysis = previous.match(/## What bounds the misses\n\n([\s\S]*)$/)?.[1]?.trim() ?? '';
  fs.writeFileSync(
    file,
    report.replace(
      'ANALYSIS_PLACEHOLDER',
      analysis && analysis !== 'ANALYSIS_PLACEHOLDER' ? analysis : '(to be written after a run)',
    ),
  );
  log(`wrote ${file}`);
}

await (SMOKE ? smoke() : main());
