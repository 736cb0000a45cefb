import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseOptions {
  /** Server PostgreSQL URL; null starts the embedded one. */
  url: string | null;
  /** Embedded database folder; null keeps it in memory. */
  embeddedDataDir?: string | null;
  /** Connections in the pool to a server PostgreSQL (the embedded one always has one). */
  poolMax?: number;
  logger?: Logger;
}

export interface Database {
  dataSource: DataSource;
  /** Whether this is the embedded PGlite (one connection). */
  embedded: boolean;
  close(): Promise<void>;
}

const DEFAULT_POOL_MAX = 10;

/** Advisory lock key held while migrations run (the seed step holds 327500). */
const MIGRATION_LOCK = 327501;

/**
 * Runs `fn` holding a PostgreSQL session advisory lock on a connection of its own (not one of the
 * pool's, which `fn` uses): several server processes starting together on one database (a cluster,
 * several instances) run their migrations one after the other, so only the first has work to do.
 */
async function withAdvisoryLock<T>(url: string, key: number, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    return await fn();
  } finally {
    // Ending the session releases the lock too; unlock first to hand it on without waiting.
    await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

export function buildDataSource(
  url: string,
  options: { singleConnection: boolean; poolMax?: number; logger?: Logger },
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.logger ? ['query', 'error'] : ['error'],
    logger: options.logger,
    // PGlite serves a single connection: a second pooled client would be refused.
    extra: { max: options.singleConnection ? 1 : (options.poolMax ?? DEFAULT_POOL_MAX) },
  });
}

/** Connects to the configured PostgreSQL (or starts the embedded one) and runs pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = options.url;
  if (!url) {
    embedded = await startEmbeddedPostgres(options.embeddedDataDir ?? null);
    url = embedded.url;
  }
  const dataSource = buildDataSource(url, {
    singleConnection: embedded != null,
    poolMax: options.poolMax,
    logger: options.logger,
  });
  try {
    await dataSource.initialize();
    const migrate = () => dataSource.runMigrations({ transaction: 'each' });
    // The embedded database has one connection and one process: nothing to serialize against.
    await (embedded ? migrate() : withAdvisoryLock(url, MIGRATION_LOCK, migrate));
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: embedded != null,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
