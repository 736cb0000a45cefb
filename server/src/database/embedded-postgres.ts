import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver can use. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL in-process (PGlite, WASM) behind a loopback socket, so the app talks to it
 * through the same `pg` driver and migrations as to a server PostgreSQL. PGlite serves one
 * connection: the pool that uses it must have a maximum of 1.
 * `dataDir` null keeps the database in memory (tests). A folder is locked for this process
 * (`<dataDir>.lock`): a second server, or a backup, on the same folder is refused.
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const lock = dataDir ? lockDataDir(dataDir) : null;
  try {
    // Every commit reaches the data folder before its result is sent (relaxedDurability off, PGlite's
    // default, kept explicit): a killed process loses no acknowledged write.
    const db = await PGlite.create({ dataDir: dataDir ?? 'memory://', relaxedDurability: false });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    return {
      url,
      async stop() {
        await server.stop();
        await db.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
