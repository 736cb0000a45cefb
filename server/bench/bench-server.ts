// The real server (createApp) of a benchmark in a process of its own, forked by the benchmark so
// that the load generator does not share its event loop: it reports its port to the parent (IPC),
// answers the parent's questions and stops on { type: 'stop' }.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { openDatabase, type DatabaseOptions } from '../src/database/data-source.js';

export interface BenchServerOptions {
  database: DatabaseOptions;
  /** The temporary folder of uploads (and of evidence, unless evidenceDir is given): `<prefix>-<pid>`. */
  filesPrefix: string;
  evidenceDir?: string;
  maxUploadBytes: number;
  /** What to send back for a message of this type; undefined sends nothing. */
  answer(type: string): object | undefined;
}

export async function serveBenchApp(options: BenchServerOptions): Promise<void> {
  const database = await openDatabase(options.database);
  const files = path.join(os.tmpdir(), `${options.filesPrefix}-${process.pid}`);
  const app = await createApp({
    dataSource: database.dataSource,
    sessionTtlHours: 24,
    evidence: {
      uploadDir: path.join(files, 'uploads'),
      evidenceDir: options.evidenceDir ?? path.join(files, 'evidence'),
      maxUploadBytes: options.maxUploadBytes,
    },
  });
  const http = app.express.listen(0, '127.0.0.1', () => {
    process.send!({ port: (http.address() as AddressInfo).port });
  });
  process.on('message', async (message: { type: string }) => {
    const answer = options.answer(message.type);
    if (answer) process.send!(answer);
    if (message.type === 'stop') {
      http.closeAllConnections();
      http.close();
      await app.stop();
      await database.close();
      process.exit(0);
    }
  });
}
