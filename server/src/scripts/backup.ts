// `npm run backup [-- --out PATH]`: one archive (.tar.gz) of the database and the evidence files,
// with a manifest of checksums. See README "Backup and restore".
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../config.js';
import { createBackup } from '../backup/backup.js';

/** npm runs workspace scripts in server/: paths typed by the admin are relative to where they typed. */
const here = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outArg = outIndex >= 0 ? args[outIndex + 1] : undefined;
if (args.length !== (outIndex >= 0 ? 2 : 0) || (outIndex >= 0 && (!outArg || outArg.startsWith('-')))) {
  console.error('usage: npm run backup [-- --out PATH]   (PATH: a file name, or an existing folder)');
  process.exit(2);
}
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const name = `kecala-backup-${stamp}.tar.gz`;
let out = outArg ? path.resolve(here, outArg) : path.join(PROJECT_ROOT, '.data', 'backups', name);
if (
  outArg &&
  (outArg.endsWith('/') ||
    (await fs.stat(out).then(
      (s) => s.isDirectory(),
      () => false,
    )))
)
  out = path.join(out, name);

const config = loadConfig();
const started = Date.now();
try {
  const { archive, manifest } = await createBackup(
    {
      databaseUrl: config.databaseUrl,
      embeddedDataDir: config.embeddedDataDir,
      evidenceDir: config.evidenceDir,
      pgBinDir: process.env.KECALA_PG_BIN || null,
    },
    { out, log: (message) => console.log(message) },
  );
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `Backup written: ${archive}\n  ${manifest.backend} database, ${manifest.files.length - 1} evidence file(s), ` +
      `${(bytes / 1e6).toFixed(1)} MB before compression; rows: ${Object.entries(manifest.rows)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}\n  in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (manifest.missingEvidence.length) {
    console.error(
      `WARNING: ${manifest.missingEvidence.length} evidence file(s) the database references were missing on disk ` +
        `before this backup (listed in the manifest): ${manifest.missingEvidence.join(', ')}`,
    );
  }
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
