import fs from 'node:fs';

/**
 * The embedded database belongs to one process: two PGlite instances on one folder would corrupt
 * it. The owner writes `<dataDir>.lock` (its pid) beside the folder; a lock whose process is gone
 * (a kill -9) is stale and taken over.
 */
export function lockFileOf(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}.lock`;
}

/** The pid of the live process holding the folder, or null. */
export function dataDirOwner(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(JSON.parse(fs.readFileSync(lockFileOf(dataDir), 'utf8')).pid);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${pid} (the KECALA server?): stop it first ` +
        `(if no such process runs, delete ${lockFileOf(dataDir)})`,
    );
  }
}

/** Takes the folder for this process; throws DataDirBusyError when another live process holds it. */
export function lockDataDir(dataDir: string): { release(): void } {
  const file = lockFileOf(dataDir);
  const owner = dataDirOwner(dataDir);
  // This process too: a second PGlite on a folder already open here would corrupt it as well.
  if (owner != null) throw new DataDirBusyError(dataDir, owner);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  return {
    release() {
      try {
        if (Number(JSON.parse(fs.readFileSync(file, 'utf8')).pid) === process.pid) fs.rmSync(file, { force: true });
      } catch {
        // already gone
      }
    },
  };
}
