/**
 * `npm run bench:dossier -w server`: does a city dossier stream in constant memory? Writes a
 * year of Kota Bekasi — 12 kecamatan × 24 answers, each with one accepted evidence file of
 * BENCH_DOSSIER_FILE_MB (4) MB, 288 files — into the PostgreSQL of BENCH_DATABASE_URL (dropped
 * and created) and a temporary evidence folder, starts the real server in its own process, and
 * downloads dossiers while sampling the server's RSS (/proc) every 20 ms: one kecamatan, the city
 * read as fast as possible, and the city read by a client throttled to BENCH_DOSSIER_CLIENT_MBPS
 * (40) MB/s (backpressure: the server must wait, not buffer). Each download is checked: length
 * equal to Content-Length, the end-of-central-directory record's entry count. Prints a table;
 * `--write` puts it into BENCHMARKS.md. Only 127.0.0.1.
 */
import { fork } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerNearPoints } from '@kecala/domain';
import { openDatabase } from '../src/database/data-source.js';
import { DEMO_PASSWORD, seedDatabase } from '../src/database/seed/seed.js';
import { IndicatorEntity } from '../src/modules/indicator/indicator.entity.js';
import { benchDatabase } from './bench-db.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const DB_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kecala_bench_dossier';
const FILE_MB = Number(process.env.BENCH_DOSSIER_FILE_MB ?? 4);
const CLIENT_MBPS = Number(process.env.BENCH_DOSSIER_CLIENT_MBPS ?? 40);
const NOW = new Date();
const YEAR = NOW.getUTCFullYear();
const MB = 1024 * 1024;

const benchDb = benchDatabase(DB_URL);
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** 12 × 24 verified answers, each with one accepted file of FILE_MB MB (distinct bytes). */
async function writeYear(evidenceDir: string): Promise<{ files: number; bytes: number }> {
  const database = await openDatabase({ url: DB_URL });
  const ds = database.dataSource;
  await seedDatabase(ds, { demoUsers: true, now: NOW });
  const [{ id: periodId, indicatorSetId }] = await ds.query(`SELECT id, "indicatorSetId" FROM period WHERE year = $1`, [
    YEAR,
  ]);
  const indicators = await ds.getRepository(IndicatorEntity).find({ where: { indicatorSetId } });
  const kecamatans: Array<{ code: string }> = await ds.query(`SELECT code FROM kecamatan ORDER BY code`);
  const [{ id: evaluatorId }] = await ds.query(`SELECT id FROM app_user WHERE username = 'evaluator'`);
  const requirements: Array<{ id: string; indicatorId: string }> = await ds.query(
    `SELECT DISTINCT ON ("indicatorId") id, "indicatorId" FROM evidence_requirement ORDER BY "indicatorId", "sortOrder"`,
  );
  const requirementOf = new Map(requirements.map((r) => [r.indicatorId, r.id]));
  fs.mkdirSync(evidenceDir, { recursive: true });
  const body = randomBytes(FILE_MB * MB);
  let files = 0;
  for (const { code } of kecamatans) {
    for (const indicator of indicators) {
      const answer = answerNearPoints(indicator, indicator.maxPoints);
      const submissionId = randomUUID();
      await ds.query(
        `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", numerator, denominator, count, yes, option,
           status, version, "verifiedNumerator", "verifiedDenominator", "verifiedCount", "verifiedYes", "verifiedOption", "verifiedAt", "verifiedById")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'VERIFIED', 3, $5, $6, $7, $8, $9, now(), $10)`,
        [
          submissionId,
          periodId,
          code,
          indicator.id,
          answer.numerator ?? null,
          answer.denominator ?? null,
          answer.count ?? null,
          answer.yes ?? null,
          answer.option ?? null,
          evaluatorId,
        ],
      );
      // Distinct bytes per file: the first 16 bytes are the file's own.
      randomBytes(16).copy(body, 0);
      const storageKey = randomUUID();
      fs.writeFileSync(path.join(evidenceDir, storageKey), body);
      await ds.query(
        `INSERT INTO evidence_file (id, "submissionId", "requirementId", "storageKey", "originalName", "mimeType", "sizeBytes", sha256, verdict, "verdictById", "verdictAt")
         VALUES ($1, $2, $3, $4, $5, 'application/pdf', $6, $7, 'ACCEPTED', $8, now())`,
        [
          randomUUID(),
          submissionId,
          requirementOf.get(indicator.id),
          storageKey,
          `bukti-${indicator.code}.pdf`,
          body.length,
          createHash('sha256').update(body).digest('hex'),
          evaluatorId,
        ],
      );
      files += 1;
    }
  }
  await database.close();
  return { files, bytes: files * body.length };
}

function rssBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

interface Run {
  name: string;
  bytes: number;
  entries: number;
  seconds: number;
  baselineMb: number;
  peakMb: number;
  heapAfterMb: number;
}

/** Downloads `url`, checking length and entry count, sampling the server's RSS; `mbps` throttles the reader. */
async function measure(
  name: string,
  url: string,
  token: string,
  pid: number,
  heap: () => Promise<number>,
  mbps: number | null,
): Promise<Run> {
  const baseline = rssBytes(pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 20);
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
  const expected = Number(response.headers.get('content-length'));
  const reader = response.body!.getReader();
  let received = 0;
  let tail = Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    tail = Buffer.concat([tail, Buffer.from(value)]).subarray(-22);
    if (mbps) {
      const ahead = received / (mbps * MB) - (performance.now() - started) / 1000;
      if (ahead > 0) await new Promise((resolve) => setTimeout(resolve, ahead * 1000));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssBytes(pid));
  if (received !== expected) throw new Error(`${name}: received ${received} bytes, Content-Length ${expected}`);
  if (tail.readUInt32LE(0) !== 0x06054b50) throw new Error(`${name}: no end-of-central-directory record at the end`);
  const entries = tail.readUInt16LE(10);
  return {
    name,
    bytes: received,
    entries,
    seconds,
    baselineMb: baseline / MB,
    peakMb: peak / MB,
    heapAfterMb: (await heap()) / MB,
  };
}

function table(runs: Run[], data: { files: number; bytes: number }): string {
  const rows = runs.map(
    (r) =>
      `| ${r.name} | ${r.entries} | ${(r.bytes / MB).toFixed(0)} | ${r.seconds.toFixed(1)} | ${(r.bytes / MB / r.seconds).toFixed(0)} | ${r.baselineMb.toFixed(0)} | ${r.peakMb.toFixed(0)} | ${(r.peakMb - r.baselineMb).toFixed(0)} | ${r.heapAfterMb.toFixed(0)} |`,
  );
  return [
    `Data: ${data.files} accepted evidence files of ${FILE_MB} MB (${(data.bytes / MB).toFixed(0)} MB), 12 kecamatan × 24 verified answers; ` +
      `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)} at the end; server from the TypeScript source (tsx), one process, server PostgreSQL.`,
    '',
    '| download | ZIP entries | MB | s | MB/s | server RSS before (MB) | peak RSS (MB) | growth (MB) | heap after (MB) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main() {
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-dossier-bench-'));
  try {
    await benchDb.reset();
    log(`writing 288 evidence files of ${FILE_MB} MB into ${evidenceDir}`);
    const data = await writeYear(evidenceDir);
    const child = fork(path.join(HERE, 'server-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_DATABASE_URL: DB_URL, BENCH_EVIDENCE_DIR: evidenceDir, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m) => resolve((m as { port: number }).port));
      child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const heap = () =>
      new Promise<number>((resolve) => {
        child.once('message', (m) => resolve((m as { heapUsed: number }).heapUsed));
        child.send({ type: 'rss' });
      });
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { token } } }`,
        variables: { u: 'evaluator', p: DEMO_PASSWORD },
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const pid = child.pid!;
    // Warm-up: the first dossier loads the code paths (ExcelJS, yazl) and the catalog cache.
    await measure('warm-up', `${url}/exports/dossier/kecamatan/32.75.09.zip?year=${YEAR}`, token, pid, heap, null);
    const runs = [
      await measure(
        'one kecamatan (24 files)',
        `${url}/exports/dossier/kecamatan/32.75.09.zip?year=${YEAR}`,
        token,
        pid,
        heap,
        null,
      ),
      await measure(
        'city (288 files), fast client',
        `${url}/exports/dossier/city.zip?year=${YEAR}`,
        token,
        pid,
        heap,
        null,
      ),
      await measure(
        `city (288 files), client at ${CLIENT_MBPS} MB/s`,
        `${url}/exports/dossier/city.zip?year=${YEAR}`,
        token,
        pid,
        heap,
        CLIENT_MBPS,
      ),
    ];
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
    const result = table(runs, data);
    console.log(`\n${result}\n`);
    if (process.argv.includes('--write')) writeBenchmarks(result);
  } finally {
    fs.rmSync(evidenceDir, { recursive: true, force: true });
  }
}

const START = '<!-- dossier:start -->';
const END = '<!-- dossier:end -->';

function writeBenchmarks(result: string) {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const previous = fs.readFileSync(file, 'utf8');
  const section = `${START}\n## Dossier streaming (\`npm run bench:dossier -w server\`, ${NOW.toISOString().slice(0, 10)})\n\n${result}\n${END}`;
  const start = previous.indexOf(START);
  const end = previous.indexOf(END);
  fs.writeFileSync(
    file,
    start >= 0 && end > start
      ? previous.slice(0, start) + section + previous.slice(end + END.length)
      : `${previous.trimEnd()}\n\n${section}\n`,
  );
  log(`wrote the dossier part of ${file}`);
}

await main();
