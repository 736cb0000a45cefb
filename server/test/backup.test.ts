import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database/data-source.js';
import { createTestDatabase, serverPostgresAvailable } from './support/postgres.js';
import { signedIn, startTestServer, type Backend, type GqlClient, type TestServer } from './support/test-server.js';
import { JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';
import { samplePdf, samplePng } from './support/sample-files.js';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = createRequire(import.meta.url).resolve('tsx');
const postgresAvailable = await serverPostgresAvailable();

interface Target {
  databaseUrl: string | null;
  dataDir: string;
  evidenceDir: string;
}

/** `npm run backup` / `npm run restore` as the admin runs them: the scripts, configured by the environment. */
async function script(name: 'backup' | 'restore', args: string[], target: Target) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KECALA_DATA_DIR: target.dataDir,
    KECALA_EVIDENCE_DIR: target.evidenceDir,
    INIT_CWD: SERVER_DIR,
  };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', TSX, `src/scripts/${name}.ts`, ...args],
      { cwd: SERVER_DIR, env },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Every table's rows, each as JSON, sorted: equal sets mean equal data. */
async function everyRow(query: (sql: string) => Promise<any[]>): Promise<Record<string, string[]>> {
  const tables = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const rows: Record<string, string[]> = {};
  for (const { tablename } of tables) {
    rows[tablename] = (await query(`SELECT * FROM "${tablename}"`)).map((r) => JSON.stringify(r)).sort();
  }
  return rows;
}

function evidenceBytes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    files[name] = fs.readFileSync(path.join(dir, name)).toString('base64');
  }
  return files;
}

function encodeMetadata(metadata: Record<string, string>): string {
  return Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

async function uploadEvidence(server: TestServer, operator: GqlClient, requirementCode: string, bytes: Buffer) {
  const created = await fetch(`${server.url}/uploads`, {
    method: 'POST',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(bytes.length),
      'Upload-Metadata': encodeMetadata({
        year: String(YEAR),
        kecamatanCode: JATIASIH,
        indicatorCode: 'KEL-01',
        requirementCode,
        filename: `${requirementCode}.bin`,
      }),
      authorization: `Bearer ${operator.token}`,
    },
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const finished = await fetch(`${server.url}${created.headers.get('location')}`, {
    method: 'PATCH',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': '0',
      'Content-Type': 'application/offset+octet-stream',
      authorization: `Bearer ${operator.token}`,
    },
    body: bytes,
  });
  expect(finished.status, await finished.clone().text()).toBe(204);
  return finished.headers.get('kecala-evidence-id')!;
}

for (const backend of ['postgres', 'embedded'] as Backend[]) {
  describe.skipIf(backend === 'postgres' && !postgresAvailable)(`backup and restore (${backend} PostgreSQL)`, () => {
    let server: TestServer;
    let work: string;
    const dropLater: Array<() => Promise<void>> = [];

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      work = fs.mkdtempSync(path.join(os.tmpdir(), `kecala-backup-${backend}-`));
      // A year in progress: answers, evidence (one removed), accounts, and their audit entries.
      const operator = await signedIn(server, 'op-3275-09');
      const admin = await signedIn(server, 'admin');
      for (const [code, answer] of [
        ['KEL-01', { option: 'ADA_DILAKSANAKAN_ANGGARAN' }],
        ['KEL-03', { count: 5 }],
        ['K1-04', { numerator: 90, denominator: 100 }],
      ] as const) {
        const saved = await operator.request(SAVE_MUTATION, saveInput(code, answer, 0, { note: `catatan ${code}` }));
        expect(saved.data.saveSubmission.__typename).toBe('Submission');
      }
      await uploadEvidence(server, operator, 'SK_SE_CAMAT_KLA', samplePdf('SK Camat', 20_000));
      await uploadEvidence(server, operator, 'DPA_PROGRAM_KLA', samplePng(32, 32));
      const removed = await uploadEvidence(server, operator, 'LAPORAN_PELAKSANAAN_KEBIJAKAN', samplePdf('Laporan'));
      const removal = await operator.request(`mutation ($id: ID!) { removeEvidence(evidenceId: $id) { __typename } }`, {
        id: removed,
      });
      expect(removal.data.removeEvidence.__typename).toBe('EvidenceRemoved');
      const created = await admin.request(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename } }`,
        {
          input: {
            username: 'op-baru',
            displayName: 'Operator Baru',
            role: 'OPERATOR',
            kecamatanCode: JATIASIH,
            password: 'sangat-rahasia-2026',
          },
        },
      );
      expect(created.data.createUser.__typename).toBe('UserAccount');
    });
    afterAll(async () => {
      await server?.close();
      for (const drop of dropLater) await drop();
      if (work) fs.rmSync(work, { recursive: true, force: true });
    });

    const source = (): Target => ({
      databaseUrl: server.databaseUrl,
      dataDir: server.dataDir ?? path.join(work, 'unused-pglite'),
      evidenceDir: server.evidenceDir,
    });
    async function emptyTarget(name: string): Promise<Target> {
      let databaseUrl: string | null = null;
      if (backend === 'postgres') {
        const db = await createTestDatabase();
        dropLater.push(db.drop);
        databaseUrl = db.url;
      }
      return { databaseUrl, dataDir: path.join(work, name, 'pglite'), evidenceDir: path.join(work, name, 'evidence') };
    }
    async function rowsOf(target: Target) {
      const database = await openDatabase({ url: target.databaseUrl, embeddedDataDir: target.dataDir });
      try {
        return await everyRow((sql) => database.dataSource.query(sql));
      } finally {
        await database.close();
      }
    }

    it('backs up the whole year into one archive and restores it into an empty installation, equal row for row and byte for byte', async () => {
      const before = await everyRow((sql) => server.dataSource.query(sql));
      expect(before.submission).toHaveLength(3);
      expect(before.evidence_file).toHaveLength(3);
      expect(before.audit_entry.some((r) => r.includes('USER_CREATED'))).toBe(true);
      const bytesBefore = evidenceBytes(server.evidenceDir);
      expect(Object.keys(bytesBefore)).toHaveLength(2); // the removed file's bytes are gone

      const archive = path.join(work, 'kota-bekasi.tar.gz');
      let backup;
      if (backend === 'embedded') {
        // The embedded database belongs to the running server: the backup refuses, and runs once it stops.
        const refused = await script('backup', ['--out', archive], source());
        expect(refused.code).toBe(1);
        expect(refused.output).toMatch(/in use by process \d+/);
        backup = await server.suspend(() => script('backup', ['--out', archive], source()));
      } else {
        backup = await script('backup', ['--out', archive], source()); // while the server runs
      }
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toMatch(/Backup written: .*kota-bekasi\.tar\.gz/);
      expect(backup.output).toMatch(/2 evidence file\(s\)/);

      const target = await emptyTarget('restored');
      const restored = await script('restore', [archive], target);
      expect(restored.code, restored.output).toBe(0);
      expect(restored.output).toMatch(/Restored the backup of/);

      expect(await rowsOf(target)).toEqual(before);
      expect(evidenceBytes(target.evidenceDir)).toEqual(bytesBefore);

      // Now the installation is not empty: refused, unless --force.
      const again = await script('restore', [archive], target);
      expect(again.code).toBe(3);
      expect(again.output).toMatch(/not empty.*--force/);
      const forced = await script('restore', [archive, '--force'], target);
      expect(forced.code, forced.output).toBe(0);
      expect(await rowsOf(target)).toEqual(before);
      expect(evidenceBytes(target.evidenceDir)).toEqual(bytesBefore);
    }, 180_000);

    it('refuses a damaged archive before touching anything', async () => {
      const archive = path.join(work, 'timestamped');
      fs.mkdirSync(archive);
      const made =
        backend === 'embedded'
          ? await server.suspend(() => script('backup', ['--out', archive], source()))
          : await script('backup', ['--out', archive], source());
      expect(made.code, made.output).toBe(0);
      const [name] = fs.readdirSync(archive);
      expect(name).toMatch(/^kecala-backup-\d{8}T\d{6}Z\.tar\.gz$/);
      const file = path.join(archive, name);
      const bytes = fs.readFileSync(file);
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      fs.writeFileSync(file, bytes);
      const target = await emptyTarget('damaged');
      const restored = await script('restore', [file], target);
      expect(restored.code).toBe(1);
      expect(restored.output).toMatch(/damaged/);
      expect(fs.existsSync(target.evidenceDir)).toBe(false);
      expect(fs.existsSync(path.join(target.dataDir, 'PG_VERSION'))).toBe(false);
    }, 120_000);
  });
}
