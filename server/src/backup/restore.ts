import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from '../database/data-dir-lock.js';
import { extractArchive, verifyExtracted } from './archive.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type Installation,
  PGLITE_DATA,
  POSTGRES_DUMP,
  pgTool,
  toolConnection,
} from './backup.js';

const run = promisify(execFile);

/** A restore that would overwrite data, or that does not fit this installation. */
export class RestoreRefused extends Error {}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where a replaced embedded database was moved (with --force), if any. */
  replacedDataDir: string | null;
}

async function nonEmptyDir(dir: string): Promise<boolean> {
  return fs.existsSync(dir) && (await fsp.readdir(dir)).length > 0;
}

/**
 * Brings an archive back into an installation. Checks the archive first (every checksum), then
 * that the installation is empty (no table in the database, no evidence file): otherwise refused
 * unless `force`, which replaces the database (server: the `public` schema is dropped and
 * recreated; embedded: the old data folder is moved aside) and writes the archive's evidence files
 * over any of the same name.
 */
export async function restoreBackup(
  installation: Installation,
  options: { archive: string; force?: boolean; log?: (message: string) => void },
): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const parent = path.dirname(path.resolve(installation.evidenceDir));
  await fsp.mkdir(parent, { recursive: true });
  const staging = await fsp.mkdtemp(path.join(parent, '.kecala-restore-'));
  try {
    log(`reading ${options.archive}`);
    const manifest = JSON.parse(await extractArchive(options.archive, staging)) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion > BACKUP_FORMAT_VERSION)
      throw new RestoreRefused(
        `not a KECALA backup of a format this version reads (${manifest.format} v${manifest.formatVersion})`,
      );
    await verifyExtracted(staging, manifest.files);
    const backend = installation.databaseUrl ? 'postgres' : 'embedded';
    if (manifest.backend !== backend) {
      throw new RestoreRefused(
        manifest.backend === 'embedded'
          ? 'this archive holds an embedded (PGlite) database: restore it with DATABASE_URL unset'
          : 'this archive holds a server PostgreSQL dump: restore it with DATABASE_URL set to an empty database',
      );
    }
    const evidenceBusy = await nonEmptyDir(installation.evidenceDir);
    let replacedDataDir: string | null = null;
    if (installation.databaseUrl) {
      await restorePostgres(installation, installation.databaseUrl, path.join(staging, POSTGRES_DUMP), {
        force: !!options.force,
        evidenceBusy,
        log,
      });
    } else {
      replacedDataDir = await restoreEmbedded(installation, path.join(staging, PGLITE_DATA), {
        force: !!options.force,
        evidenceBusy,
        log,
      });
    }
    const evidence = manifest.files.filter((f) => f.path.startsWith('evidence/'));
    log(`placing ${evidence.length} evidence file(s) in ${installation.evidenceDir}`);
    await fsp.mkdir(installation.evidenceDir, { recursive: true });
    for (const file of evidence) {
      await fsp.rename(path.join(staging, file.path), path.join(installation.evidenceDir, path.basename(file.path)));
    }
    return { manifest, replacedDataDir };
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}

function refuseNonEmpty(what: string, force: boolean) {
  if (!force)
    throw new RestoreRefused(`${what} is not empty: restore into an empty installation, or add --force to replace it`);
}

async function restorePostgres(
  installation: Installation,
  url: string,
  dumpFile: string,
  options: { force: boolean; evidenceBusy: boolean; log: (message: string) => void },
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    if (rows[0].n > 0) refuseNonEmpty(`the database (${rows[0].n} tables)`, options.force);
    if (options.evidenceBusy) refuseNonEmpty(`the evidence folder ${installation.evidenceDir}`, options.force);
    if (rows[0].n > 0) {
      options.log('replacing the existing database (--force)');
      await client.query('DROP SCHEMA public CASCADE');
      await client.query('CREATE SCHEMA public');
    }
  } finally {
    await client.end();
  }
  const pgRestore = pgTool(installation, 'pg_restore');
  options.log(`restoring the database with ${pgRestore}`);
  const connection = toolConnection(url);
  await run(
    pgRestore,
    ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', `--dbname=${connection.url}`, dumpFile],
    { env: connection.env, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: Error & { stderr?: string }) => {
    throw new Error(`pg_restore failed: ${error.stderr?.trim() || error.message}`);
  });
}

async function restoreEmbedded(
  installation: Installation,
  dataFile: string,
  options: { force: boolean; evidenceBusy: boolean; log: (message: string) => void },
): Promise<string | null> {
  const dataDir = installation.embeddedDataDir;
  await fsp.mkdir(path.dirname(dataDir), { recursive: true });
  const lock = lockDataDir(dataDir); // never while the server runs on it, even with --force
  try {
    const existing = await nonEmptyDir(dataDir);
    if (existing) refuseNonEmpty(`the embedded database ${dataDir}`, options.force);
    if (options.evidenceBusy) refuseNonEmpty(`the evidence folder ${installation.evidenceDir}`, options.force);
    let replaced: string | null = null;
    if (existing) {
      replaced = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      options.log(`moving the existing embedded database aside to ${replaced} (--force)`);
      await fsp.rename(dataDir, replaced);
    }
    await fsp.mkdir(dataDir, { recursive: true });
    options.log(`restoring the embedded database into ${dataDir}`);
    const db = await PGlite.create({ dataDir, loadDataDir: new Blob([await fsp.readFile(dataFile)]) });
    try {
      await db.query('SELECT 1 FROM migrations LIMIT 1');
    } finally {
      await db.close();
    }
    return replaced;
  } finally {
    lock.release();
  }
}
