import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from '../database/data-dir-lock.js';
import { type ArchivedFile, isStorageKey, writeArchive } from './archive.js';

const run = promisify(execFile);

export const BACKUP_FORMAT = 'kecala-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const POSTGRES_DUMP = 'database/postgres.dump';
export const PGLITE_DATA = 'database/pglite-data.tar.gz';

/** Where an installation keeps its data: the database (server or embedded) and the evidence folder. */
export interface Installation {
  /** Server PostgreSQL; null = the embedded database in `embeddedDataDir`. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  evidenceDir: string;
  /** Folder of pg_dump / pg_restore (KECALA_PG_BIN); default: the PATH. */
  pgBinDir?: string | null;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  backend: 'postgres' | 'embedded';
  /** server_version_num of the database dumped (e.g. 150020). */
  postgresVersion: number;
  /** The last migration the database had run. */
  lastMigration: string | null;
  /** Rows of the main tables at the snapshot, to eyeball a restore. */
  rows: Record<string, number>;
  /** Evidence keys the database references whose bytes were already gone at backup time. */
  missingEvidence: string[];
  files: ArchivedFile[];
}

/** The tables whose row counts the manifest lists. */
const COUNTED = ['submission', 'evidence_file', 'audit_entry', 'app_user', 'period', 'kecamatan_score'];

const COUNT_SQL = `SELECT ${COUNTED.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(', ')}`;
const KEYS_SQL = `SELECT DISTINCT "storageKey" AS key FROM "evidence_file" WHERE "removedAt" IS NULL ORDER BY 1`;
const LAST_MIGRATION_SQL = `SELECT name FROM migrations ORDER BY id DESC LIMIT 1`;

export function pgTool(installation: Pick<Installation, 'pgBinDir'>, tool: 'pg_dump' | 'pg_restore'): string {
  return installation.pgBinDir ? path.join(installation.pgBinDir, tool) : tool;
}

/** The URL for pg_dump / pg_restore, its password moved into PGPASSWORD (not on the command line). */
export function toolConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { url: parsed.toString(), env };
}

/** The major version of a pg_dump / pg_restore (e.g. 15), from `--version`. */
export async function toolMajorVersion(tool: string): Promise<number> {
  let stdout: string;
  try {
    ({ stdout } = await run(tool, ['--version']));
  } catch (error) {
    throw new Error(
      `${tool} not found or not runnable (${(error as Error).message}); install the PostgreSQL client tools ` +
        `or point KECALA_PG_BIN at their folder`,
    );
  }
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
  if (!match) throw new Error(`cannot read the version of ${tool}: ${stdout.trim()}`);
  return Number(match[1]);
}

/** A folder for the backup's hard links, on the evidence folder's disk so linking is instant. */
async function stagingDir(evidenceDir: string, prefix: string): Promise<string> {
  const parent = path.dirname(path.resolve(evidenceDir));
  await fsp.mkdir(parent, { recursive: true });
  return fsp.mkdtemp(path.join(parent, prefix));
}

/**
 * Freezes the bytes of the referenced evidence files: a hard link each (a copy across disks), so a
 * removal after this point cannot take them from the backup. Returns the keys whose bytes are gone.
 */
async function stageEvidence(evidenceDir: string, keys: string[], into: string): Promise<string[]> {
  const missing: string[] = [];
  await fsp.mkdir(into, { recursive: true });
  for (const key of keys) {
    if (!isStorageKey(key)) throw new Error(`unexpected evidence storage key ${JSON.stringify(key)}`);
    const source = path.join(evidenceDir, key);
    const target = path.join(into, key);
    try {
      await fsp.link(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') missing.push(key);
      else if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') await fsp.copyFile(source, target);
      else throw error;
    }
  }
  return missing;
}

export interface BackupResult {
  archive: string;
  manifest: BackupManifest;
}

/**
 * Writes one archive of the installation: the database and the evidence files it references,
 * consistent with each other, and a manifest with checksums.
 *
 * Server PostgreSQL (the server may keep running): one REPEATABLE READ transaction takes a SHARE
 * lock on `evidence_file` (evidence uploads and removals wait; answers save as usual), exports its
 * snapshot to pg_dump and lists the referenced files in that same snapshot; the files are
 * hard-linked before the lock is released, so every file the dump references is in the archive.
 *
 * Embedded PGlite: the database belongs to one process, so the backup refuses to run while the
 * server (or anything else) holds the data folder; it opens it itself and takes PGlite's own
 * dump of the data folder (`dumpDataDir`).
 */
export async function createBackup(
  installation: Installation,
  options: { out: string; log?: (message: string) => void },
): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  const staging = await stagingDir(installation.evidenceDir, '.kecala-backup-');
  try {
    const evidenceStaging = path.join(staging, 'evidence');
    let taken: Omit<BackupManifest, 'files' | 'format' | 'formatVersion' | 'createdAt'>;
    let databaseFile: { path: string; source: string };
    if (installation.databaseUrl) {
      databaseFile = { path: POSTGRES_DUMP, source: path.join(staging, 'postgres.dump') };
      taken = await snapshotPostgres(installation, installation.databaseUrl, databaseFile.source, evidenceStaging, log);
    } else {
      databaseFile = { path: PGLITE_DATA, source: path.join(staging, 'pglite-data.tar.gz') };
      taken = await snapshotEmbedded(installation, databaseFile.source, evidenceStaging, log);
    }
    if (taken.missingEvidence.length) {
      log(`warning: ${taken.missingEvidence.length} referenced evidence file(s) were already missing on disk`);
    }
    const keys = fs.existsSync(evidenceStaging) ? (await fsp.readdir(evidenceStaging)).sort() : [];
    const files = [
      databaseFile,
      ...keys.map((key) => ({ path: `evidence/${key}`, source: path.join(evidenceStaging, key) })),
    ];
    log(`writing ${options.out} (${keys.length} evidence file(s))`);
    const createdAt = new Date().toISOString();
    let manifest!: BackupManifest;
    await writeArchive(options.out, files, (listed) => {
      manifest = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt,
        ...taken,
        files: listed,
      };
      return manifest;
    });
    return { archive: options.out, manifest };
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}

async function snapshotPostgres(
  installation: Installation,
  url: string,
  dumpFile: string,
  evidenceStaging: string,
  log: (message: string) => void,
) {
  const pgDump = pgTool(installation, 'pg_dump');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const serverVersion = Number((await client.query('SHOW server_version_num')).rows[0].server_version_num);
    const dumpMajor = await toolMajorVersion(pgDump);
    if (dumpMajor < Math.floor(serverVersion / 10000)) {
      throw new Error(
        `${pgDump} is version ${dumpMajor} but the database runs PostgreSQL ${Math.floor(serverVersion / 10000)}: ` +
          `pg_dump must be at least the server's version (set KECALA_PG_BIN to a newer client's bin folder)`,
      );
    }
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    // Before the snapshot: waits for evidence writes in progress, and holds off removals (whose
    // bytes are deleted after their commit) until the files are linked below.
    await client.query('LOCK TABLE "evidence_file" IN SHARE MODE');
    const { snapshot } = (await client.query('SELECT pg_export_snapshot() AS snapshot')).rows[0];
    const rows = (await client.query(COUNT_SQL)).rows[0] as Record<string, number>;
    const keys = (await client.query(KEYS_SQL)).rows.map((r) => r.key as string);
    const lastMigration = ((await client.query(LAST_MIGRATION_SQL)).rows[0]?.name as string | undefined) ?? null;
    log(`dumping the database (snapshot ${snapshot}) with ${pgDump}`);
    const connection = toolConnection(url);
    await run(
      pgDump,
      ['--format=custom', `--snapshot=${snapshot}`, `--file=${dumpFile}`, `--dbname=${connection.url}`],
      {
        env: connection.env,
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: Error & { stderr?: string }) => {
      throw new Error(`pg_dump failed: ${error.stderr?.trim() || error.message}`);
    });
    const missingEvidence = await stageEvidence(installation.evidenceDir, keys, evidenceStaging);
    await client.query('COMMIT');
    return {
      backend: 'postgres' as const,
      postgresVersion: serverVersion,
      lastMigration,
      rows,
      missingEvidence,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function snapshotEmbedded(
  installation: Installation,
  dataFile: string,
  evidenceStaging: string,
  log: (message: string) => void,
) {
  const dataDir = installation.embeddedDataDir;
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`no embedded database in ${dataDir}`);
  const lock = lockDataDir(dataDir); // refuses while the server runs on it
  try {
    log(`opening the embedded database in ${dataDir}`);
    const db = await PGlite.create({ dataDir });
    try {
      const serverVersion = Number(
        (await db.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0].server_version_num,
      );
      const rows = (await db.query<Record<string, number>>(COUNT_SQL)).rows[0];
      const keys = (await db.query<{ key: string }>(KEYS_SQL)).rows.map((r) => r.key);
      const lastMigration = (await db.query<{ name: string }>(LAST_MIGRATION_SQL)).rows[0]?.name ?? null;
      const dump = await db.dumpDataDir('gzip');
      await fsp.writeFile(dataFile, Buffer.from(await dump.arrayBuffer()));
      const missingEvidence = await stageEvidence(installation.evidenceDir, keys, evidenceStaging);
      return {
        backend: 'embedded' as const,
        postgresVersion: serverVersion,
        lastMigration,
        rows: { ...rows },
        missingEvidence,
      };
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}
