/**
 * The production entry point (`node dist/cluster.js`): one port served by several processes.
 *
 * With a server PostgreSQL (DATABASE_URL) the primary forks WEB_CONCURRENCY workers (default: the
 * number of CPUs), each running the ordinary server (main.ts); node:cluster hands the incoming
 * connections round-robin to the workers. The server keeps no state of its own (sessions,
 * throttling, scores in PostgreSQL; live events over LISTEN/NOTIFY), so any worker can answer any
 * request. Migrations and the seed step are serialized by PostgreSQL advisory locks
 * (data-source.ts, seed.ts), so N workers starting together do them once.
 *
 * The embedded database (no DATABASE_URL) lives inside the process that opens it and serves one
 * connection, so it runs as a single process: main.ts in this process, no fork.
 *
 * The primary only manages processes: it restarts a worker that dies (with a growing delay when
 * they keep dying), asks the workers to drain on SIGTERM/SIGINT (by IPC message; each drains and exits on its own, see
 * main.ts) and exits once they are all gone; a second signal kills the workers at once.
 */
import cluster, { type Worker } from 'node:cluster';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { SHUTDOWN_REQUEST } from './shutdown.js';

/** Workers to run: WEB_CONCURRENCY, else the number of CPUs; 1 (in-process) for the embedded database. */
export function workerCount(env: NodeJS.ProcessEnv = process.env, cpus = os.availableParallelism()): number {
  if (!env.DATABASE_URL) return 1;
  const raw = env.WEB_CONCURRENCY;
  if (raw == null || raw === '') return Math.max(1, cpus);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`WEB_CONCURRENCY must be at least 1, got "${raw}"`);
  return value;
}

/** A worker that lived this long is healthy: the restart delay starts over. */
const HEALTHY_AFTER_MS = 30_000;
const MAX_RESTART_DELAY_MS = 30_000;

function runPrimary(count: number) {
  const log = (message: string) => console.log(`[cluster ${process.pid}] ${message}`);
  // The worker runs the ordinary server: main.js next to this file (main.ts under tsx).
  const self = fileURLToPath(import.meta.url);
  cluster.setupPrimary({ exec: self.replace(/cluster\.(js|ts)$/, 'main.$1') });

  const startedAt = new Map<Worker, number>();
  let listening = false;
  let stopping: NodeJS.Signals | null = null;
  let fastCrashes = 0;
  let failed = false;

  const fork = () => startedAt.set(cluster.fork(), Date.now());

  const listened = new Set<Worker>();
  cluster.on('listening', (worker, address) => {
    listening = true;
    listened.add(worker);
    // Once, when the first set is up (the benchmark waits for this line and reads the port from it).
    if (listened.size === count) log(`${count} worker${count === 1 ? '' : 's'} serving port ${address.port}`);
  });
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (code !== 0 && !(stopping && signal)) failed = true;
    if (stopping) {
      log(`worker ${worker.process.pid} exited (${how}), ${startedAt.size} left`);
      if (startedAt.size === 0) process.exit(failed ? 1 : 0);
      return;
    }
    if (!listening) {
      // A worker that cannot start (configuration, database unreachable) fails the whole start,
      // as a single process would, instead of being retried forever.
      log(`worker ${worker.process.pid} exited (${how}) before serving: stopping`);
      stopping = 'SIGTERM';
      for (const other of startedAt.keys()) other.process.kill('SIGTERM');
      if (startedAt.size === 0) process.exit(1);
      return;
    }
    fastCrashes = lived < HEALTHY_AFTER_MS ? fastCrashes + 1 : 0;
    const delay = fastCrashes === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** (fastCrashes - 1));
    log(`worker ${worker.process.pid} exited (${how}); starting another${delay ? ` in ${delay} ms` : ''}`);
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: killing ${startedAt.size} worker(s)`);
      for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
      process.exit(1);
    }
    stopping = signal;
    log(`${signal}: asking ${startedAt.size} worker(s) to drain and waiting for them`);
    // By message, not by signal: after a terminal's Ctrl-C the workers already have the SIGINT,
    // and a forwarded second one would cut their drain short.
    for (const worker of startedAt.keys()) {
      if (worker.isConnected()) worker.send({ type: SHUTDOWN_REQUEST, signal });
      else worker.process.kill(signal);
    }
    if (startedAt.size === 0) process.exit(0);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  log(`starting ${count} worker${count === 1 ? '' : 's'} (WEB_CONCURRENCY)`);
  for (let i = 0; i < count; i += 1) fork();
}

// Run only as the entry point (the tests import workerCount).
if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  if (!process.env.DATABASE_URL) {
    if (process.env.WEB_CONCURRENCY && process.env.WEB_CONCURRENCY !== '1')
      console.log('WEB_CONCURRENCY ignored: the embedded database runs in one process (set DATABASE_URL to use more).');
    await import('./main.js');
  } else {
    runPrimary(workerCount());
  }
}
