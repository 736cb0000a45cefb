import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Where accepted evidence bytes live: one flat folder, each file named by a generated UUID (its
 * storage key). The uploader's name never becomes a path.
 */
export class EvidenceStorage {
  readonly directory: string;

  constructor(directory: string) {
    this.directory = path.resolve(directory);
  }

  pathOf(storageKey: string): string {
    if (!STORAGE_KEY.test(storageKey)) throw new Error(`not a storage key: ${JSON.stringify(storageKey)}`);
    return path.join(this.directory, storageKey);
  }

  /** Moves a finished upload in under a new key (a rename; a copy when the folders are on different disks). */
  async importFile(source: string): Promise<string> {
    await fs.mkdir(this.directory, { recursive: true });
    const storageKey = randomUUID();
    const target = this.pathOf(storageKey);
    try {
      await fs.rename(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await fs.copyFile(source, target, fs.constants.COPYFILE_EXCL);
      await fs.rm(source, { force: true });
    }
    return storageKey;
  }

  /** Deletes the bytes of a key; deleting what is already gone is not an error. */
  async remove(storageKey: string): Promise<void> {
    await fs.rm(this.pathOf(storageKey), { force: true });
  }
}
