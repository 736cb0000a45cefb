/**
 * Scenario (e) of `npm run bench`, "deadline day": many signed-in users of Kota Bekasi at once
 * against the server as production runs it (the cluster entry, `node server/dist/cluster.js`, with
 * WEB_CONCURRENCY workers) on a server PostgreSQL. Operators (several per kecamatan, each owning a
 * disjoint share of its kecamatan's indicators so that no two of them race for one answer) read
 * their form's submissions and save an answer, in turn; evaluators read the city's `scoreboard`
 * and a `kecamatanScore`, in turn. Every connection is one user, closed loop without think time.
 * Measured: requests/s, latency, errors (HTTP, GraphQL or a refused save), the RSS of every server
 * process, and the CPU time of the server processes, the database's backends and the rest.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { answerNearPoints } from '@kecala/domain';
import type { IndicatorEntity } from '../src/modules/indicator/indicator.entity.js';

export const CITY = '32.75';

export interface DeadlineUsers {
  operators: Array<{ token: string; kecamatanCode: string; indicatorCodes: string[] }>;
  evaluators: string[];
  kecamatan: string[];
}

const sha = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Creates `operatorCount` operator accounts spread over Kota Bekasi's kecamatan and
 * `evaluatorCount` evaluator accounts, each with a session, and shares each kecamatan's
 * indicators out among its operators.
 */
export async function createDeadlineUsers(
  url: string,
  indicators: IndicatorEntity[],
  operatorCount: number,
  evaluatorCount: number,
): Promise<DeadlineUsers> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const kecamatan: string[] = (
      await client.query(`SELECT code FROM kecamatan WHERE "cityCode" = $1 ORDER BY code`, [CITY])
    ).rows.map((r) => r.code);
    const accounts = Array.from({ length: operatorCount }, (_, i) => ({
      id: randomUUID(),
      username: `deadline-op-${String(i + 1).padStart(3, '0')}`,
      role: 'OPERATOR',
      kecamatanCode: kecamatan[i % kecamatan.length] as string | null,
      token: randomBytes(24).toString('hex'),
    })).concat(
      Array.from({ length: evaluatorCount }, (_, i) => ({
        id: randomUUID(),
        username: `deadline-ev-${String(i + 1).padStart(3, '0')}`,
        role: 'EVALUATOR',
        kecamatanCode: null,
        token: randomBytes(24).toString('hex'),
      })),
    );
    await client.query(`DELETE FROM app_user WHERE username LIKE 'deadline-%'`);
    await client.query(
      `INSERT INTO app_user (id, username, "displayName", "passwordHash", role, "kecamatanCode")
       SELECT id, u, u, '!', r, k FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[]) AS t(id, u, r, k)`,
      [
        accounts.map((a) => a.id),
        accounts.map((a) => a.username),
        accounts.map((a) => a.role),
        accounts.map((a) => a.kecamatanCode),
      ],
    );
    await client.query(
      `INSERT INTO session ("tokenHash", "userId", "expiresAt") SELECT h, u, now() + interval '1 day' FROM unnest($1::varchar[], $2::uuid[]) AS t(h, u)`,
      [accounts.map((a) => sha(a.token)), accounts.map((a) => a.id)],
    );
    const operators = accounts
      .filter((a) => a.role === 'OPERATOR')
      .map((a, i) => {
        // Operator i is the (i div K)-th of its kecamatan; the kecamatan has `share` operators.
        const rank = Math.floor(i / kecamatan.length);
        const share =
          Math.floor(operatorCount / kecamatan.length) +
          (i % kecamatan.length < operatorCount % kecamatan.length ? 1 : 0);
        return {
          token: a.token,
          kecamatanCode: a.kecamatanCode!,
          indicatorCodes: indicators.filter((_, n) => n % share === rank).map((x) => x.code),
        };
      });
    return { operators, evaluators: accounts.filter((a) => a.role === 'EVALUATOR').map((a) => a.token), kecamatan };
  } finally {
    await client.end();
  }
}

/** Utime + stime of a process in clock ticks (/proc/<pid>/stat fields 14 and 15), 0 once gone. */
function cpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

export function rssBytes(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Proportional set size (/proc/<pid>/smaps_rollup): the process's own pages plus its share of the
 * pages it shares (the node binary, libraries), so the sum over processes counts shared pages once.
 */
export function pssBytes(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Busy and total ticks of the whole machine (/proc/stat). */
function machineTicks(): { busy: number; total: number } {
  const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = values.map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - n[3] - n[4], total };
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' })
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  } catch {
    return [];
  }
}

/** PIDs of PostgreSQL's processes: the backends of `database` and the server's own (WAL writer, checkpointer…). */
async function postgresPids(client: pg.Client, database: string) {
  const { rows } = await client.query<{ pid: number; datname: string | null; backend_type: string }>(
    `SELECT pid, datname, backend_type FROM pg_stat_activity WHERE pid <> pg_backend_pid()`,
  );
  return {
    backends: rows.filter((r) => r.datname === database && r.backend_type === 'client backend').map((r) => r.pid),
    background: rows.filter((r) => r.datname == null).map((r) => r.pid),
  };
}

/**
 * After the warm-up: autocannon drops its connections with requests in flight, whose saves may still
 * commit on the server unseen. Waits until no backend of the bench database is inside a statement
 * or a transaction for a while, then starts every user with a read, so that each operator's first save carries
 * the version it has just read and a stale-version refusal in the measurement is a real one.
 */
async function settle(admin: pg.Client, database: string, states: Array<{ step: number }>) {
  // Five idle samples in a row, 20 ms apart: a request still between the socket and its first
  // statement is a millisecond away from showing up as a busy backend.
  for (let idle = 0; idle < 5;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { rows } = await admin.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state <> 'idle'`,
      [database],
    );
    idle = rows[0].busy === 0 ? idle + 1 : 0;
  }
  for (const state of states) state.step = 0;
}

export interface ServerCluster {
  url: string;
  pids(): number[];
  stop(): Promise<void>;
}

/** Starts the cluster entry (`entry`: compiled JS, or TypeScript run with tsx) and waits for all workers. */
export async function startCluster(options: {
  entry: string;
  databaseUrl: string;
  workers: number;
  port: number;
  heapMb: number | null;
}): Promise<ServerCluster> {
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-deadline-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.entry.endsWith('.ts') ? ['--import', 'tsx'] : []),
      // BENCH_CPU_PROF=1: a V8 CPU profile of every server process (the workers inherit the flags), written when it exits.
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${path.join(import.meta.dirname, 'profiles')}`]
        : []),
      options.entry,
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: options.databaseUrl,
        WEB_CONCURRENCY: String(options.workers),
        PORT: String(options.port),
        KECALA_UPLOAD_DIR: path.join(files, 'uploads'),
        KECALA_EVIDENCE_DIR: path.join(files, 'evidence'),
        // BENCH_SERVER_NODE_OPTIONS: more V8 flags for the server's processes (e.g. --max-semi-space-size=4).
        NODE_OPTIONS: [
          options.heapMb ? `--max-old-space-size=${options.heapMb}` : '',
          process.env.BENCH_SERVER_NODE_OPTIONS,
        ]
          .filter(Boolean)
          .join(' '),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`cluster did not start:\n${out}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /workers? serving port (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cluster exited ${code}:\n${out}`));
    });
  });
  child.stdout!.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    pids: () => [child.pid!, ...childrenOf(child.pid!)],
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(files, { recursive: true, force: true });
    },
  };
}

export interface DeadlineResult {
  workers: number;
  users: number;
  seconds: number;
  rps: number;
  p50: number;
  /** autocannon's p97.5 (an upper bound of p95). */
  p95: number;
  p99: number;
  errors: number;
  /** Of the errors: requests without an answer within the timeout. */
  timeouts: number;
  requests: { submissions: number; saves: number; scoreboard: number; kecamatanScore: number };
  /** Sum of VmRSS of the primary and every worker: at the end and the highest seen (sampled each second). */
  rssMb: number;
  peakRssMb: number;
  /** Sum of the processes' PSS at the end: shared pages (the node binary…) counted once. */
  pssMb: number;
  /** CPU time per second of wall time (1.0 = one core busy) during the measurement. */
  cpu: { server: number; postgresBackends: number; postgresOther: number; loadGenerator: number; machine: number };
  cores: number;
  loadAverage: string;
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const SUBMISSIONS = `query ($y: Int!, $k: String!) { submissions(year: $y, kecamatanCode: $k) { indicatorCode version points } }`;
const SAVE = `mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) { __typename ... on Submission { indicatorCode version } ... on StaleVersionError { current { indicatorCode version } } ... on ErrorResult { code } } }`;
const BOARD = `query ($y: Int!, $c: String) { scoreboard(year: $y, cityCode: $c) { kecamatan { code name } total category verifiedTotal } }`;
const SCORE = `query ($y: Int!, $k: String!) { kecamatanScore(year: $y, kecamatanCode: $k) { total category verifiedTotal clusters { cluster { code } score verifiedScore } } }`;

interface UserState {
  step: number;
  operator?: DeadlineUsers['operators'][number] & { versions: Map<string, number> };
  evaluator?: string;
}

/** Runs the load for `seconds` against a started cluster and measures it. */
export async function runDeadlineDay(options: {
  server: ServerCluster;
  databaseUrl: string;
  users: DeadlineUsers;
  indicators: IndicatorEntity[];
  year: number;
  workers: number;
  seconds: number;
  warmupSeconds: number;
  /** Seconds without an answer before a request counts as a timeout (an error). */
  timeoutSeconds: number;
}): Promise<DeadlineResult> {
  const { users, year } = options;
  const answers = new Map(
    options.indicators.map((indicator) => [
      indicator.code,
      [0.2, 0.5, 0.9].map((f) => answerNearPoints(indicator, f * indicator.maxPoints)),
    ]),
  );
  const connections = users.operators.length + users.evaluators.length;
  // One autocannon connection = one user. autocannon shares the request definition between its
  // connections and clears its per-connection context on every request, so each connection gets
  // its own URL (…/graphql?user=N, the query string taken off before sending) naming its user,
  // and the context carries that user from a request to its response.
  const states: UserState[] = Array.from({ length: connections }, (_, n) =>
    n < users.operators.length
      ? { step: 0, operator: { ...users.operators[n], versions: new Map() } }
      : { step: 0, evaluator: users.evaluators[n - users.operators.length] },
  );
  const counts = { submissions: 0, saves: 0, scoreboard: 0, kecamatanScore: 0 };
  let failures = 0;
  let counting = false;
  // The first few failures are printed as they came, so that an error count can be explained.
  let shown = 0;
  const fail = (body?: string) => {
    if (counting && body !== undefined && shown < 5) {
      shown += 1;
      console.error(`(e) failed reply: ${body.slice(0, 400)}`);
    }
    if (counting) failures += 1;
  };

  const request = {
    setupRequest: (req: Record<string, unknown>, context: { user?: number }) => {
      const [pathname, query] = String(req.path).split('?');
      const user = Number(new URLSearchParams(query).get('user'));
      context.user = user;
      const state = states[user];
      const step = state.step++;
      const operator = state.operator;
      const token = operator ? operator.token : state.evaluator;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const base = { ...req, path: pathname, headers };
      if (operator) {
        // Read the form, then save one of this operator's indicators, in turn.
        if (step % 2 === 0 || operator.indicatorCodes.length === 0)
          return { ...base, body: gql(SUBMISSIONS, { y: year, k: operator.kecamatanCode }) };
        const code = operator.indicatorCodes[Math.floor(step / 2) % operator.indicatorCodes.length];
        const answer = answers.get(code)![Math.floor(step / 2) % 3];
        return {
          ...base,
          body: gql(SAVE, {
            input: {
              year,
              kecamatanCode: operator.kecamatanCode,
              indicatorCode: code,
              answer,
              expectedVersion: operator.versions.get(code) ?? 0,
            },
          }),
        };
      }
      if (step % 2 === 0) return { ...base, body: gql(BOARD, { y: year, c: CITY }) };
      const k = users.kecamatan[step % users.kecamatan.length];
      return { ...base, body: gql(SCORE, { y: year, k }) };
    },
    onResponse: (status: number, body: string, context: { user?: number }) => {
      if (status !== 200) return; // counted by autocannon as non-2xx
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL reply of one of four shapes
      let reply: { data?: Record<string, any>; errors?: unknown };
      try {
        reply = JSON.parse(body);
      } catch {
        fail(body);
        return;
      }
      if (reply.errors || !reply.data) {
        fail(body);
        return;
      }
      const operator = context.user === undefined ? undefined : states[context.user].operator;
      if (reply.data.submissions) {
        if (counting) counts.submissions += 1;
        for (const s of reply.data.submissions as Array<{ indicatorCode: string; version: number }>)
          operator?.versions.set(s.indicatorCode, s.version);
      } else if (reply.data.saveSubmission) {
        if (counting) counts.saves += 1;
        const result = reply.data.saveSubmission;
        const saved = result.__typename === 'Submission' ? result : result.current;
        if (saved) operator?.versions.set(saved.indicatorCode, saved.version);
        if (result.__typename !== 'Submission') fail(body);
      } else if (reply.data.scoreboard) {
        if (counting) counts.scoreboard += 1;
      } else if (reply.data.kecamatanScore) {
        if (counting) counts.kecamatanScore += 1;
      } else fail(body);
    },
  };
  const cannon = (seconds: number) =>
    autocannon({
      url: states.map((_, n) => `${options.server.url}/graphql?user=${n}`),
      method: 'POST',
      duration: seconds,
      connections,
      timeout: options.timeoutSeconds,
      requests: [request],
    } as unknown as autocannon.Options);

  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  const database = new URL(options.databaseUrl).pathname.slice(1);
  // Warm-up with the same users (sessions, plans, JIT; every connection reads its versions).
  if (options.warmupSeconds > 0) {
    await cannon(options.warmupSeconds);
    await settle(admin, database, states);
  }
  const serverPids = options.server.pids();
  const pgBefore = await postgresPids(admin, database);
  const ticks = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuTicks(pid), 0);
  const before = {
    server: ticks(serverPids),
    backends: new Map(pgBefore.backends.map((pid) => [pid, cpuTicks(pid)])),
    background: ticks(pgBefore.background),
    self: process.cpuUsage(),
    machine: machineTicks(),
    at: process.hrtime.bigint(),
  };
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(
      peakRss,
      options.server.pids().reduce((sum, pid) => sum + rssBytes(pid), 0),
    );
  }, 1000);
  counting = true;
  const result = await cannon(options.seconds);
  counting = false;
  clearInterval(sampler);
  const wall = Number(process.hrtime.bigint() - before.at) / 1e9;
  const pgAfter = await postgresPids(admin, database);
  await admin.end();
  const clk = 100; // USER_HZ on Linux
  const backendTicks = pgAfter.backends.reduce((sum, pid) => sum + cpuTicks(pid) - (before.backends.get(pid) ?? 0), 0);
  const self = process.cpuUsage(before.self);
  const machine = machineTicks();
  const cores = os.cpus().length;
  const rss = options.server.pids().reduce((sum, pid) => sum + rssBytes(pid), 0);
  const pss = options.server.pids().reduce((sum, pid) => sum + pssBytes(pid), 0);
  const latency = result.latency as unknown as Record<string, number>;
  return {
    workers: options.workers,
    users: connections,
    seconds: options.seconds,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: latency.p95 ?? latency.p97_5,
    p99: result.latency.p99,
    // autocannon counts a timeout in `errors` too.
    errors: result.errors + result.non2xx + failures,
    timeouts: result.timeouts,
    requests: counts,
    rssMb: rss / 1024 / 1024,
    pssMb: pss / 1024 / 1024,
    peakRssMb: Math.max(peakRss, rss) / 1024 / 1024,
    cpu: {
      server: (ticks(serverPids) - before.server) / clk / wall,
      postgresBackends: backendTicks / clk / wall,
      postgresOther: (ticks(pgAfter.background) - before.background) / clk / wall,
      loadGenerator: (self.user + self.system) / 1e6 / wall,
      machine: ((machine.busy - before.machine.busy) / (machine.total - before.machine.total)) * cores,
    },
    cores,
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', '),
  };
}

/** The figures as a Markdown table (printed, and written into BENCHMARKS.md by a full run). */
export function deadlineTable(results: DeadlineResult[]): string {
  const f = (n: number) => n.toFixed(2);
  return [
    '| server | users | req/s | p50 ms | p95 ms¹ | p99 ms | errors (timeouts) | reads of the form / saves / scoreboard / kecamatanScore | RSS of all server processes, end (peak), MB | PSS, end, MB² | CPU, cores: server | PostgreSQL backends | PostgreSQL other | load generator | whole machine | load average at the end |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.workers} worker${r.workers === 1 ? '' : 's'} | ${r.users} | ${Math.round(r.rps)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} (${r.timeouts}) | ${r.requests.submissions} / ${r.requests.saves} / ${r.requests.scoreboard} / ${r.requests.kecamatanScore} | ${r.rssMb.toFixed(0)} (${r.peakRssMb.toFixed(0)}) | ${r.pssMb.toFixed(0)} | ${f(r.cpu.server)} | ${f(r.cpu.postgresBackends)} | ${f(r.cpu.postgresOther)} | ${f(r.cpu.loadGenerator)} | ${f(r.cpu.machine)} of ${r.cores} | ${r.loadAverage} |`,
    ),
  ].join('\n');
}
