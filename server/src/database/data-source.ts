import 'reflect-metadata';
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
    await dataSource.runMigrations({ transaction: 'each' });
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
