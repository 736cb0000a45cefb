// The benchmarks' own PostgreSQL database: on this machine only, dropped and created for each run.
import pg from 'pg';

export interface BenchDatabase {
  /** A plain identifier: it goes into DROP DATABASE and CREATE DATABASE unquoted. */
  name: string;
  /** Drops the database (with its connections) and creates it empty. */
  reset(): Promise<void>;
}

/**
 * The database of `url`, refused unless it is on 127.0.0.1 or localhost (`runner` names who
 * refuses: "benchmark", "probe") and named by a plain identifier.
 */
export function benchDatabase(url: string, runner = 'benchmark'): BenchDatabase {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(target.hostname))
    throw new Error(`The ${runner} only runs against 127.0.0.1.`);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return { name, reset: () => resetDatabase(url, name) };
}

/** Through the server's `postgres` database (same host, user and parameters). */
async function resetDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}
