// The real server (createApp) against the benchmark database, in its own process so that the load
// generator does not share its event loop. Reports its port, then its RSS when asked (IPC).
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/database/data-source.js';

const url = process.env.BENCH_DATABASE_URL!;
// BENCH_POOL_MAX: the server's pool (DATABASE_POOL_MAX in production), default the app's default.
const database = await openDatabase({
  url,
  poolMax: process.env.BENCH_POOL_MAX ? Number(process.env.BENCH_POOL_MAX) : undefined,
});
const files = path.join(os.tmpdir(), `kecala-bench-${process.pid}`);
const app = await createApp({
  dataSource: database.dataSource,
  sessionTtlHours: 24,
  evidence: {
    uploadDir: path.join(files, 'uploads'),
    // BENCH_EVIDENCE_DIR: evidence files the benchmark wrote (the dossier bench).
    evidenceDir: process.env.BENCH_EVIDENCE_DIR ?? path.join(files, 'evidence'),
    maxUploadBytes: 10 * 1024 * 1024,
  },
});
const http = app.express.listen(0, '127.0.0.1', () => {
  process.send!({ port: (http.address() as AddressInfo).port });
});
process.on('message', async (message: { type: string }) => {
  if (message.type === 'rss') {
    const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
    process.send!({ rss, heapUsed, arrayBuffers });
  }
  if (message.type === 'stop') {
    http.closeAllConnections();
    http.close();
    await app.stop();
    await database.close();
    process.exit(0);
  }
});
