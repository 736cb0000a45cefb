// The real server against the benchmark database (the dossier bench), in its own process so that
// the load generator does not share its event loop. Reports its port, then its RSS when asked (IPC).
import { serveBenchApp } from './bench-server.js';

await serveBenchApp({
  // BENCH_POOL_MAX: the server's pool (DATABASE_POOL_MAX in production), default the app's default.
  database: {
    url: process.env.BENCH_DATABASE_URL!,
    poolMax: process.env.BENCH_POOL_MAX ? Number(process.env.BENCH_POOL_MAX) : undefined,
  },
  filesPrefix: 'kecala-bench',
  // BENCH_EVIDENCE_DIR: evidence files the benchmark wrote (the dossier bench).
  evidenceDir: process.env.BENCH_EVIDENCE_DIR,
  maxUploadBytes: 10 * 1024 * 1024,
  answer(type) {
    if (type !== 'rss') return undefined;
    const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
    return { rss, heapUsed, arrayBuffers };
  },
});
