import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';

/** One file of an archive as the manifest lists it. */
export interface ArchivedFile {
  /** Path inside the archive (`database/…`, `evidence/<storage key>`). */
  path: string;
  bytes: number;
  sha256: string;
}

export const MANIFEST_NAME = 'manifest.json';
const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The only names an archive may hold: nothing can be written outside the restore's folder. */
const ALLOWED = /^(manifest\.json|database\/[a-z0-9][a-z0-9._-]*|evidence\/[0-9a-f-]{36})$/;

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

function hashing(hash: ReturnType<typeof createHash>) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes a gzip-compressed tar, streaming each file from disk (evidence can be gigabytes): the
 * files in order, then `manifest.json` built from their checksums. Written under `<out>.partial`
 * and renamed at the end, so an archive under its final name is always complete.
 */
export async function writeArchive(
  out: string,
  files: Array<{ path: string; source: string }>,
  manifestOf: (files: ArchivedFile[]) => unknown,
): Promise<ArchivedFile[]> {
  await fsp.mkdir(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  const pack = tar.pack();
  // 0600: the archive holds password hashes and sessions.
  const written = pipeline(pack, zlib.createGzip({ level: 1 }), fs.createWriteStream(partial, { mode: 0o600 }));
  const listed: ArchivedFile[] = [];
  try {
    for (const file of files) {
      const { size } = await fsp.stat(file.source);
      const hash = createHash('sha256');
      const entry = pack.entry({ name: file.path, size, mode: 0o600, mtime: new Date() });
      await pipeline(fs.createReadStream(file.source), hashing(hash), entry);
      listed.push({ path: file.path, bytes: size, sha256: hash.digest('hex') });
    }
    const manifest = Buffer.from(`${JSON.stringify(manifestOf(listed), null, 2)}\n`);
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name: MANIFEST_NAME, size: manifest.length, mode: 0o600 }, manifest, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    pack.finalize();
    await written;
    await fsp.rename(partial, out);
    return listed;
  } catch (error) {
    pack.destroy(error as Error);
    await written.catch(() => undefined);
    await fsp.rm(partial, { force: true });
    throw error;
  }
}

/** Unpacks an archive into `dir` (refusing any name outside the layout) and returns its manifest text. */
export async function extractArchive(archive: string, dir: string): Promise<string> {
  await fsp.mkdir(path.join(dir, 'database'), { recursive: true });
  await fsp.mkdir(path.join(dir, 'evidence'), { recursive: true });
  const extract = tar.extract();
  const reading = pipeline(fs.createReadStream(archive), zlib.createGunzip(), extract);
  reading.catch(() => undefined); // awaited below; a damaged archive also ends the loop
  try {
    await unpack(extract, dir);
    await reading;
  } catch (error) {
    throw new Error(`cannot read ${archive} (damaged, or not a KECALA backup): ${(error as Error).message}`);
  }
  const manifest = path.join(dir, MANIFEST_NAME);
  if (!fs.existsSync(manifest)) throw new Error(`not a KECALA backup: ${archive} has no ${MANIFEST_NAME}`);
  return fsp.readFile(manifest, 'utf8');
}

async function unpack(extract: tar.Extract, dir: string) {
  for await (const entry of extract) {
    const name = entry.header.name;
    if (entry.header.type !== 'file' || !ALLOWED.test(name)) {
      entry.destroy();
      extract.destroy();
      throw new Error(`unexpected entry ${JSON.stringify(name)}`);
    }
    await pipeline(entry, fs.createWriteStream(path.join(dir, name), { mode: 0o600 }));
  }
}

/** Checks every listed file's size and checksum, and that nothing unlisted came along. */
export async function verifyExtracted(dir: string, files: ArchivedFile[]): Promise<void> {
  const problems: string[] = [];
  for (const file of files) {
    const full = path.join(dir, file.path);
    if (!ALLOWED.test(file.path) || !fs.existsSync(full)) {
      problems.push(`${file.path}: missing`);
      continue;
    }
    const { size } = await fsp.stat(full);
    if (size !== file.bytes) problems.push(`${file.path}: ${size} bytes, the manifest says ${file.bytes}`);
    else if ((await sha256OfFile(full)) !== file.sha256) problems.push(`${file.path}: checksum differs`);
  }
  const listed = new Set(files.map((f) => f.path));
  for (const sub of ['database', 'evidence']) {
    for (const name of await fsp.readdir(path.join(dir, sub))) {
      if (!listed.has(`${sub}/${name}`)) problems.push(`${sub}/${name}: not in the manifest`);
    }
  }
  if (problems.length) throw new Error(`the archive is damaged:\n  ${problems.join('\n  ')}`);
}
