// `npm run restore ARCHIVE` (or `npm run restore -- ARCHIVE --force`): brings a backup back into an
// empty installation (the configured DATABASE_URL or embedded folder, and KECALA_EVIDENCE_DIR).
import path from 'node:path';
import { loadConfig } from '../config.js';
import { restoreBackup, RestoreRefused } from '../backup/restore.js';
import { DataDirBusyError } from '../database/data-dir-lock.js';

const here = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2);
const force = args.includes('--force');
const positional = args.filter((a) => a !== '--force');
if (positional.length !== 1 || positional[0].startsWith('-')) {
  console.error('usage: npm run restore ARCHIVE   (npm run restore -- ARCHIVE --force to replace existing data)');
  process.exit(2);
}
const archive = path.resolve(here, positional[0]);
const config = loadConfig();
const started = Date.now();
try {
  const { manifest, replacedDataDir } = await restoreBackup(
    {
      databaseUrl: config.databaseUrl,
      embeddedDataDir: config.embeddedDataDir,
      evidenceDir: config.evidenceDir,
      pgBinDir: process.env.KECALA_PG_BIN || null,
    },
    { archive, force, log: (message) => console.log(message) },
  );
  console.log(
    `Restored the backup of ${manifest.createdAt} (${manifest.backend} database, ` +
      `${manifest.files.length - 1} evidence file(s)) in ${((Date.now() - started) / 1000).toFixed(1)} s.` +
      (replacedDataDir ? `\n  The replaced embedded database was kept in ${replacedDataDir}.` : '') +
      `\n  Start the server as usual (npm start); it runs any newer migrations.`,
  );
} catch (error) {
  const known = error instanceof RestoreRefused || error instanceof DataDirBusyError;
  console.error(`Restore ${known ? 'refused' : 'failed'}: ${(error as Error).message}`);
  process.exit(known ? 3 : 1);
}
