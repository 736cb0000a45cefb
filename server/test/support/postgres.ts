import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Server PostgreSQL for tests: TEST_DATABASE_URL, DATABASE_URL, or the local one. */
export const ADMIN_URL =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<boolean> | null = null;

/** Whether the server PostgreSQL answers. In CI an unreachable server is an error, not a skip. */
export function serverPostgresAvailable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch (error) {
      if (process.env.CI)
        throw new Error(`PostgreSQL at ${ADMIN_URL} does not answer and CI forbids skipping: ${String(error)}`);
      console.warn(`\n!!! PostgreSQL at ${ADMIN_URL} does not answer: SKIPPING the server-PostgreSQL API tests !!!\n`);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty throwaway database and returns its URL. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kecala_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
