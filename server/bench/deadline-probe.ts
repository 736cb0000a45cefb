/* eslint-disable @typescript-eslint/no-explicit-any -- autocannon's request hooks and IPC messages are untyped */
/**
 * `npx tsx bench/deadline-probe.ts`: the deadline-day mix at a small scale, for before/after
 * comparisons of one change. Kota Bekasi's seed (12 kecamatan × 24 indicators, every answer
 * present) in the PostgreSQL of PROBE_DATABASE_URL (dropped and created), the real server in a
 * child process, and PROBE_OPERATORS operators (several per kecamatan, each saving its own
 * indicators, reading its kecamatan's submissions between saves) plus PROBE_EVALUATORS evaluators
 * (reading `scoreboard` and `kecamatanScore` in turn), all at once through autocannon.
 *
 * Besides req/s and latency it prints deterministic figures: SQL statements the server sent per
 * request (counted by a TypeORM logger in the server process, BEGIN and COMMIT included), the
 * share of 20 ms samples of pg_stat_activity in which a backend of the probe's database waited on a
 * lock (and the mean number waiting), and the server's RSS. PROBE_CPU_PROF=1 writes a V8 CPU
 * profile of the server into bench/profiles/. Only 127.0.0.1.
 *
 * Env: PROBE_SECONDS (10), PROBE_OPERATORS (150), PROBE_EVALUATORS (50), PROBE_POOL_MAX (server
 * pool, default the app's), PROBE_HEAP_MB (server --max-old-space-size), PROBE_SAVES_ONLY=1 (the
 * operators only save: the (d) shape with several operators per kecamatan).
 */
import { fork } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import type { Logger } from 'typeorm';
import { answerNearPoints } from '@kecala/domain';
import { benchDatabase } from './bench-db.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DB_URL = process.env.PROBE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kecala_probe';
const SECONDS = Number(process.env.PROBE_SECONDS ?? 10);
const OPERATORS = Number(process.env.PROBE_OPERATORS ?? 150);
const EVALUATORS = Number(process.env.PROBE_EVALUATORS ?? 50);
const SAVES_ONLY = process.env.PROBE_SAVES_ONLY === '1';
const YEAR = new Date().getUTCFullYear();

const probeDb = benchDatabase(DB_URL, 'probe');

const log = (message: string) => console.log(`[probe ${new Date().toISOString().slice(11, 19)}] ${message}`);
const sha = (token: string) => createHash('sha256').update(token).digest('hex');

/** The server side: the real app with a statement counter, in its own process. */
async function serve() {
  const { serveBenchApp } = await import('./bench-server.js');
  let statements = 0;
  const logger: Logger = {
    logQuery: () => void (statements += 1),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  await serveBenchApp({
    database: {
      url: DB_URL,
      poolMax: process.env.PROBE_POOL_MAX ? Number(process.env.PROBE_POOL_MAX) : undefined,
      logger,
    },
    filesPrefix: 'kecala-probe',
    maxUploadBytes: 1024 * 1024,
    answer(type) {
      if (type !== 'stats') return undefined;
      const cpu = process.cpuUsage();
      return { statements, rss: process.memoryUsage().rss, cpuMicros: cpu.user + cpu.system };
    },
  });
}

interface Setup {
  operators: Array<{ token: string; kecamatanCode: string; indicatorCodes: string[] }>;
  evaluators: string[];
  kecamatan: string[];
  indicators: Array<{ code: string; answers: unknown[] }>;
}

/** The seed, every answer present (DRAFT), scores refreshed, extra operators and sessions. */
async function setup(): Promise<Setup> {
  await probeDb.reset();
  const { openDatabase } = await import('../src/database/data-source.js');
  const { seedDatabase } = await import('../src/database/seed/seed.js');
  const { IndicatorEntity } = await import('../src/modules/indicator/indicator.entity.js');
  const { refreshScores } = await import('../src/modules/scoring/score-table.js');
  const { insertDraftAnswers } = await import('../test/support/direct-rows.js');
  const database = await openDatabase({ url: DB_URL });
  const ds = database.dataSource;
  await seedDatabase(ds, { demoUsers: true });
  const [{ id: periodId, indicatorSetId }] = await ds.query(`SELECT id, "indicatorSetId" FROM period WHERE year = $1`, [
    YEAR,
  ]);
  await ds.query(`UPDATE period SET status = 'OPEN' WHERE id = $1`, [periodId]);
  const kecamatan: string[] = (await ds.query(`SELECT code FROM kecamatan ORDER BY code`)).map(
    (r: { code: string }) => r.code,
  );
  const indicators = await ds
    .getRepository(IndicatorEntity)
    .find({ where: { indicatorSetId }, order: { number: 'ASC' } });
  await insertDraftAnswers(ds, YEAR, null);
  await ds.query(`UPDATE submission SET status = 'DRAFT', version = 1 WHERE "periodId" = $1`, [periodId]);
  await ds.transaction((manager) =>
    refreshScores(
      manager,
      kecamatan.map((kecamatanCode) => ({ periodId, kecamatanCode })),
    ),
  );
  // Operators spread over the kecamatan; those of one kecamatan share its 24 indicators out.
  const perKecamatan = Math.ceil(OPERATORS / kecamatan.length);
  const operators = Array.from({ length: OPERATORS }, (_, n) => {
    const kecamatanCode = kecamatan[n % kecamatan.length];
    const slot = Math.floor(n / kecamatan.length);
    return {
      id: randomUUID(),
      token: randomBytes(24).toString('hex'),
      kecamatanCode,
      indicatorCodes: indicators.filter((_i, index) => index % perKecamatan === slot).map((i) => i.code),
    };
  });
  const evaluators = Array.from({ length: EVALUATORS }, () => ({
    id: randomUUID(),
    token: randomBytes(24).toString('hex'),
  }));
  await ds.query(
    `INSERT INTO app_user (id, username, "displayName", "passwordHash", role, "kecamatanCode")
     SELECT id, 'probe-op-' || n, 'Probe operator ' || n, '!', 'OPERATOR', code
     FROM unnest($1::uuid[], $2::varchar[]) WITH ORDINALITY AS t(id, code, n)`,
    [operators.map((o) => o.id), operators.map((o) => o.kecamatanCode)],
  );
  await ds.query(
    `INSERT INTO app_user (id, username, "displayName", "passwordHash", role)
     SELECT id, 'probe-ev-' || n, 'Probe evaluator ' || n, '!', 'EVALUATOR' FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [evaluators.map((e) => e.id)],
  );
  const all = [...operators, ...evaluators];
  await ds.query(
    `INSERT INTO session ("tokenHash", "userId", "expiresAt") SELECT h, u, now() + interval '1 day' FROM unnest($1::varchar[], $2::uuid[]) AS t(h, u)`,
    [all.map((u) => sha(u.token)), all.map((u) => u.id)],
  );
  await ds.query('VACUUM ANALYZE');
  await database.close();
  return {
    operators,
    evaluators: evaluators.map((e) => e.token),
    kecamatan,
    indicators: indicators.map((indicator) => ({
      code: indicator.code,
      answers: [0.2, 0.5, 0.9].map((f) => answerNearPoints(indicator, f * indicator.maxPoints)),
    })),
  };
}

const SUBMISSIONS = `query ($y: Int!, $k: String!) { submissions(year: $y, kecamatanCode: $k) { id indicatorCode answer { numerator denominator count yes option } note status version points updatedAt } }`;
const SCOREBOARD = `query ($y: Int!) { scoreboard(year: $y) { kecamatan { code name } total category verifiedTotal } }`;
const SCORE = `query ($y: Int!, $k: String!) { kecamatanScore(year: $y, kecamatanCode: $k) { total category verifiedTotal clusters { cluster { code } score verifiedScore } } }`;
const SAVE = `mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) { __typename ... on Submission { kecamatanCode indicatorCode version } ... on StaleVersionError { current { kecamatanCode indicatorCode version } } ... on ErrorResult { code } } }`;

async function main() {
  log(`setting up ${DB_URL}: ${OPERATORS} operators, ${EVALUATORS} evaluators`);
  const data = await setup();
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.PROBE_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.join(HERE, 'profiles')}`] : []),
      ...(process.env.PROBE_HEAP_MB ? [`--max-old-space-size=${process.env.PROBE_HEAP_MB}`] : []),
    ],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: any) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const stats = () =>
    new Promise<{ statements: number; rss: number; cpuMicros: number }>((resolve) => {
      child.once('message', (m: any) => resolve(m));
      child.send({ type: 'stats' });
    });
  const url = `http://127.0.0.1:${port}/graphql`;
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

  // Connection n < OPERATORS is operator n, the rest evaluators; each keeps its own turn and versions.
  // (kecamatan, indicator) → last version seen; each pair belongs to exactly one operator.
  const versions = new Map<string, number>();
  let nextConnection = 0;
  const refusals = new Map<string, number>();
  const counts = { save: 0, submissions: 0, scoreboard: 0, kecamatanScore: 0, refused: 0, graphqlErrors: 0 };
  const run = async (seconds: number) => {
    nextConnection = 0;
    return autocannon({
      url,
      method: 'POST',
      duration: seconds,
      connections: OPERATORS + EVALUATORS,
      timeout: 30,
      requests: [
        {
          // autocannon deep-clones the request list per connection and resets `context` after every
          // request: `state` is this connection's own (who it is, its turn, the versions it saw).
          state: {},
          setupRequest: (request: any, context: any) => {
            const state = request.state;
            context.state = state;
            if (state.who == null) {
              state.who = nextConnection++;
              state.turn = 0;
            }
            const turn = state.turn++;
            if (state.who < OPERATORS) {
              const operator = data.operators[state.who];
              const headers = { 'content-type': 'application/json', authorization: `Bearer ${operator.token}` };
              if (!SAVES_ONLY && turn % 2 === 0) {
                context.kind = 'submissions';
                return { ...request, headers, body: body(SUBMISSIONS, { y: YEAR, k: operator.kecamatanCode }) };
              }
              const step = SAVES_ONLY ? turn : (turn - 1) / 2;
              const code = operator.indicatorCodes[step % operator.indicatorCodes.length];
              const indicator = data.indicators.find((i) => i.code === code)!;
              context.kind = 'save';
              return {
                ...request,
                headers,
                body: body(SAVE, {
                  input: {
                    year: YEAR,
                    kecamatanCode: operator.kecamatanCode,
                    indicatorCode: code,
                    answer: indicator.answers[step % 3],
                    expectedVersion: versions.get(`${operator.kecamatanCode}|${code}`) ?? 1,
                  },
                }),
              };
            }
            const token = data.evaluators[(state.who - OPERATORS) % data.evaluators.length];
            const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
            if (turn % 2 === 0) {
              context.kind = 'scoreboard';
              return { ...request, headers, body: body(SCOREBOARD, { y: YEAR }) };
            }
            context.kind = 'kecamatanScore';
            const k = data.kecamatan[(state.who + turn) % data.kecamatan.length];
            return { ...request, headers, body: body(SCORE, { y: YEAR, k }) };
          },
          onResponse: (_status: number, text: string, context: any) => {
            const reply = JSON.parse(text);
            if (reply.errors) counts.graphqlErrors += 1;
            const kind = context.kind as keyof typeof counts;
            counts[kind] += 1;
            if (kind === 'save') {
              const result = reply.data?.saveSubmission;
              const saved = result?.__typename === 'Submission' ? result : result?.current;
              if (saved) versions.set(`${saved.kecamatanCode}|${saved.indicatorCode}`, saved.version);
              if (result?.__typename !== 'Submission') {
                counts.refused += 1;
                refusals.set(result?.__typename, (refusals.get(result?.__typename) ?? 0) + 1);
              }
            }
          },
        },
      ],
    } as any);
  };

  // Warm-up (JIT, plans, pool), then the measurement with lock sampling beside it.
  await run(2);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // Saves cut off at the end of the warm-up may have committed unseen: start from the stored versions.
  const reader = new pg.Client({ connectionString: DB_URL });
  await reader.connect();
  const { rows: stored } = await reader.query(
    `SELECT s."kecamatanCode", i.code, s.version FROM submission s JOIN indicator i ON i.id = s."indicatorId"
     JOIN period p ON p.id = s."periodId" WHERE p.year = $1`,
    [YEAR],
  );
  await reader.end();
  for (const row of stored) versions.set(`${row.kecamatanCode}|${row.code}`, row.version);
  for (const key of Object.keys(counts)) counts[key as keyof typeof counts] = 0;
  refusals.clear();
  const before = await stats();
  const sampler = new pg.Client({ connectionString: DB_URL });
  await sampler.connect();
  let samples = 0;
  let samplesWithWait = 0;
  let waiting = 0;
  let sampling = true;
  const sampled = (async () => {
    while (sampling) {
      const { rows } = await sampler.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
        [probeDb.name],
      );
      samples += 1;
      waiting += rows[0].n;
      if (rows[0].n > 0) samplesWithWait += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const result = await run(SECONDS);
  sampling = false;
  await sampled;
  await sampler.end();
  const after = await stats();
  child.send({ type: 'stop' });
  await new Promise((resolve) => child.once('exit', resolve));

  const requests = result.requests.total;
  const errors = result.errors + result.timeouts + result.non2xx + counts.graphqlErrors + counts.refused;
  console.log(
    JSON.stringify(
      {
        when: new Date().toISOString(),
        operators: OPERATORS,
        evaluators: EVALUATORS,
        savesOnly: SAVES_ONLY,
        seconds: SECONDS,
        reqPerSec: Math.round(result.requests.average),
        savesPerSec: Math.round(counts.save / SECONDS),
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        errors,
        counts,
        refusals: Object.fromEntries(refusals),
        serverCpuMsPerRequest: Number(((after.cpuMicros - before.cpuMicros) / 1000 / requests).toFixed(2)),
        statementsPerRequest: Number(((after.statements - before.statements) / requests).toFixed(2)),
        lockWaitSamplesPct: Number(((100 * samplesWithWait) / Math.max(1, samples)).toFixed(1)),
        meanBackendsWaitingOnLock: Number((waiting / Math.max(1, samples)).toFixed(2)),
        serverRssMb: Math.round(after.rss / 1024 / 1024),
        loadAverage: os.loadavg().map((l) => l.toFixed(2)),
      },
      null,
      2,
    ),
  );
}

if (process.argv.includes('--serve')) await serve();
else await main();
