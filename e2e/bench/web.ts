/**
 * `npm run bench:web`: builds the client, starts the app as `npm start` does (embedded database in
 * a fresh temporary folder, its own port), runs Lighthouse (mobile) on the sign-in page and on the
 * operator form, and Playwright timings under Slow 4G; prints a table and writes it into
 * BENCHMARKS.md ("Web on a weak phone network"). Stops everything it started, even on error;
 * exits non-zero when a step fails (not when a target is missed).
 *   BENCH_WEB_RUNS   runs of each measurement, median reported (default 3)
 *   BENCH_WEB_PORT   the app's port (default 4180)
 *   CHROMIUM_PATH    the browser (default /usr/bin/chromium)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../chromium.js';
import { buildClient, startAppServer, type AppServer } from './app-server.js';
import { runLighthouse, type LighthouseResult } from './lighthouse-run.js';
import { median, renderBlock, renderTable, writeBenchmarks, type WebBenchResults } from './report.js';
import { sessionCookie } from './session.js';
import { measureTimings } from './timings.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message: string) => console.log(`[bench:web ${new Date().toISOString().slice(11, 19)}] ${message}`);

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw == null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${raw}"`);
  return value;
}

async function lighthouseRuns(url: string, chrome: string, runs: number, cookie?: string): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await runLighthouse(url, chrome, cookie);
    log(
      `lighthouse ${new URL(url).pathname} ${run}/${runs}: ${result.score}, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms, FCP ${Math.round(result.fcpMs)} ms`,
    );
    results.push(result);
  }
  return results;
}

async function measure(app: AppServer, chrome: string, runs: number): Promise<WebBenchResults> {
  const signIn = await lighthouseRuns(`${app.url}/masuk`, chrome, runs);
  const operatorForm = await lighthouseRuns(`${app.url}/isian`, chrome, runs, await sessionCookie(app.url));
  const timings = await measureTimings(app.url, chrome, runs, log);
  return { runs, lighthouse: { signIn, operatorForm }, timings };
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} CPU (${cpus[0]?.model.trim() ?? 'unknown'}), load average ${os.loadavg()[0].toFixed(1)} at the end, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

async function main() {
  const runs = positiveInt('BENCH_WEB_RUNS', 3);
  const port = positiveInt('BENCH_WEB_PORT', 4180);
  const chrome = chromiumPath();
  if (!fs.existsSync(chrome))
    throw new Error(`Chromium not found at ${chrome} (set CHROMIUM_PATH or apt-get install chromium)`);
  buildClient(ROOT, log);
  const app = await startAppServer(ROOT, port, log);
  const stopOnSignal = () => void app.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  let results: WebBenchResults;
  try {
    results = await measure(app, chrome, runs);
  } finally {
    await app.stop();
  }
  console.log(`\n${renderTable(results)}\n`);
  const middle =
    results.timings.find(
      (t) => t.firstLoadJs.transferred === median(results.timings.map((r) => r.firstLoadJs.transferred)),
    ) ?? results.timings[0];
  const command = `BENCH_WEB_RUNS=${runs} npm run bench:web`;
  writeBenchmarks(
    path.join(ROOT, 'BENCHMARKS.md'),
    renderBlock(results, { command, machine: machine(), scriptCount: middle.firstLoadJs.count }),
  );
  log('wrote BENCHMARKS.md');
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`[bench:web] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
