import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GqlClient, signedIn, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { describeOn } from './support/backends.js';
import { eventually } from './support/wait.js';
import { maxPointsColumns } from './support/direct-rows.js';
import { BEKASI_BARAT, JATIASIH, TEST_NOW, YEAR } from './support/fixtures.js';
import { IndicatorEntity } from '../src/modules/indicator/indicator.entity.js';
import { SubmissionEntity, SubmissionStatus } from '../src/modules/submission/submission.entity.js';
import { EvidenceRequirementEntity } from '../src/modules/evidence/evidence-requirement.entity.js';
import { EvidenceFileEntity, EvidenceVerdict } from '../src/modules/evidence/evidence-file.entity.js';

const COVER = `dosir-kla-${YEAR}-32.75.09-Jatiasih.xlsx`;

interface Stored {
  id: string;
  bytes: Buffer;
  originalName: string;
}

async function defineDossierSuite(backend: Backend) {
  await describeOn(backend, 'evidence dossier', () => {
    let server: TestServer;
    let evaluator: GqlClient;
    let operator: GqlClient;
    let indicators: IndicatorEntity[];
    let requirements: EvidenceRequirementEntity[];
    let periodId: string;
    let evaluatorId: string;
    const submissionIds = new Map<string, string>();
    const accepted: Stored[] = [];
    const refused: Stored[] = [];
    let otherKecamatan: Stored;
    let hostile: Stored;

    /** Every indicator of a kecamatan answered and verified by the evaluator, written directly. */
    async function craft(kecamatanCode: string) {
      const rows = indicators.map((indicator) => {
        const id = randomUUID();
        submissionIds.set(`${kecamatanCode}|${indicator.code}`, id);
        return {
          id,
          periodId,
          kecamatanCode,
          indicatorId: indicator.id,
          ...maxPointsColumns(indicator, true),
          note: indicator.code === 'K1-05' ? 'Data dari forum anak kelurahan' : null,
          status: SubmissionStatus.VERIFIED,
          version: 3,
          verifiedAt: TEST_NOW,
          verifiedById: evaluatorId,
        };
      });
      await server.dataSource.getRepository(SubmissionEntity).insert(rows);
    }

    /** Stores bytes under a new key and lists them as a file of the kecamatan's answer to `indicatorCode`. */
    async function addFile(
      kecamatanCode: string,
      indicatorCode: string,
      originalName: string,
      verdict: EvidenceVerdict,
      options: { removed?: boolean; size?: number; writeBytes?: boolean } = {},
    ): Promise<Stored> {
      const indicator = indicators.find((i) => i.code === indicatorCode)!;
      const requirement = requirements.find((r) => r.indicatorId === indicator.id)!;
      const bytes = randomBytes(options.size ?? 2000 + Math.floor(Math.random() * 3000));
      const storageKey = randomUUID();
      fs.mkdirSync(server.evidenceDir, { recursive: true });
      if (options.writeBytes !== false) fs.writeFileSync(path.join(server.evidenceDir, storageKey), bytes);
      const id = randomUUID();
      await server.dataSource.getRepository(EvidenceFileEntity).insert({
        id,
        submissionId: submissionIds.get(`${kecamatanCode}|${indicatorCode}`)!,
        requirementId: requirement.id,
        storageKey,
        originalName,
        mimeType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        verdict,
        verdictById: verdict === EvidenceVerdict.PENDING ? null : evaluatorId,
        verdictAt: verdict === EvidenceVerdict.PENDING ? null : TEST_NOW,
        removedAt: options.removed ? TEST_NOW : null,
      });
      return { id, bytes, originalName };
    }

    async function download(url: string, token: string | null) {
      const response = await fetch(`${server.url}${url}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { response, bytes: Buffer.from(await response.arrayBuffer()) };
    }

    async function entriesOf(bytes: Buffer): Promise<Map<string, Buffer>> {
      const zip = await JSZip.loadAsync(bytes);
      const entries = new Map<string, Buffer>();
      for (const file of Object.values(zip.files))
        if (!file.dir) entries.set(file.name, await file.async('nodebuffer'));
      return entries;
    }

    const requirementOf = (indicatorCode: string) =>
      requirements.find((r) => r.indicatorId === indicators.find((i) => i.code === indicatorCode)!.id)!.code;

    const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

    async function sheetRows(bytes: Buffer, sheet: string): Promise<unknown[][]> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    }

    const auditCount = async () =>
      (
        await server.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'EXPORT_DOWNLOADED' AND "entityType" = 'Dossier'`,
        )
      )[0].n as number;

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      evaluator = await signedIn(server, 'evaluator');
      operator = await signedIn(server, 'op-3275-09');
      [{ id: periodId }] = await server.dataSource.query(`SELECT id FROM period WHERE year = $1`, [YEAR]);
      [{ id: evaluatorId }] = await server.dataSource.query(`SELECT id FROM app_user WHERE username = 'evaluator'`);
      const [{ indicatorSetId }] = await server.dataSource.query(`SELECT "indicatorSetId" FROM period WHERE id = $1`, [
        periodId,
      ]);
      indicators = await server.dataSource
        .getRepository(IndicatorEntity)
        .find({ where: { indicatorSetId }, order: { number: 'ASC' } });
      requirements = await server.dataSource
        .getRepository(EvidenceRequirementEntity)
        .find({ where: { indicator: { indicatorSetId } }, order: { sortOrder: 'ASC' } });
      await craft(JATIASIH);
      await craft(BEKASI_BARAT);
      accepted.push(await addFile(JATIASIH, 'K1-05', 'daftar-forum-anak.pdf', EvidenceVerdict.ACCEPTED));
      accepted.push(await addFile(JATIASIH, 'K1-05', 'daftar-forum-anak.pdf', EvidenceVerdict.ACCEPTED));
      hostile = await addFile(JATIASIH, 'K3-12', '../../etc/\u0007pass\u202ewd.pdf', EvidenceVerdict.ACCEPTED);
      accepted.push(hostile);
      accepted.push(await addFile(JATIASIH, 'KEL-01', 'SK Camat KLA.pdf', EvidenceVerdict.ACCEPTED));
      refused.push(await addFile(JATIASIH, 'K1-05', 'ditolak.pdf', EvidenceVerdict.INSUFFICIENT));
      refused.push(await addFile(JATIASIH, 'K1-05', 'menunggu.pdf', EvidenceVerdict.PENDING));
      refused.push(await addFile(JATIASIH, 'K1-05', 'dihapus.pdf', EvidenceVerdict.ACCEPTED, { removed: true }));
      otherKecamatan = await addFile(BEKASI_BARAT, 'K1-05', 'bekasi-barat.pdf', EvidenceVerdict.ACCEPTED);
    });
    afterAll(async () => {
      await server?.close();
    });

    it("gives an operator their kecamatan's dossier: every accepted file with its bytes, no other", async () => {
      const before = await auditCount();
      const { response, bytes } = await download(
        `/exports/dossier/kecamatan/${JATIASIH}.zip?year=${YEAR}`,
        operator.token,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/zip');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="dosir-kla-${YEAR}-32.75.09-Jatiasih.zip"`,
      );
      expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
      expect(response.headers.get('x-dossier-files')).toBe('4');
      const entries = await entriesOf(bytes);
      expect([...entries.keys()].sort()).toEqual(
        [
          'manifest.json',
          'SHA256SUMS',
          COVER,
          'K1/K1-05/DAFTAR_FASILITAS_ILA/Jatiasih-daftar-forum-anak.pdf',
          'K1/K1-05/DAFTAR_FASILITAS_ILA/Jatiasih-daftar-forum-anak (2).pdf',
          `K3/K3-12/${requirementOf('K3-12')}/Jatiasih-.._.._etc_pass_wd.pdf`,
          'KEL/KEL-01/SK_SE_CAMAT_KLA/Jatiasih-SK Camat KLA.pdf',
        ].sort(),
      );
      const contents = [...entries.values()].map((b) => b.toString('hex'));
      for (const file of accepted) expect(contents).toContain(file.bytes.toString('hex'));
      for (const file of [...refused, otherKecamatan]) expect(contents).not.toContain(file.bytes.toString('hex'));
      for (const name of entries.keys()) {
        expect(name.split('/')).not.toContain('..');
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\u0000-\u001f\u202e]/);
      }

      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      expect(manifest).toMatchObject({
        format: 'kecala-dossier/1',
        scope: { kind: 'kecamatan', year: YEAR },
        evidenceCount: 4,
      });
      expect(manifest.entries.map((e: { path: string }) => e.path).sort()).toEqual(
        [...entries.keys()].filter((n) => n !== 'manifest.json' && n !== 'SHA256SUMS').sort(),
      );
      for (const entry of manifest.entries) {
        expect(entry.sha256).toBe(sha256(entries.get(entry.path)!));
        expect(entry.bytes).toBe(entries.get(entry.path)!.length);
      }
      expect(manifest.entries.find((e: { evidenceId?: string }) => e.evidenceId === hostile.id).originalName).toBe(
        hostile.originalName,
      );
      const sums = entries.get('SHA256SUMS')!.toString('utf8').trim().split('\n');
      expect(sums).toHaveLength(entries.size - 1);
      for (const line of sums) {
        const [hash, name] = line.split(/ {2}(.+)/);
        expect(hash).toBe(sha256(entries.get(name)!));
      }
      expect(await auditCount()).toBe(before + 1);
    });

    it('lists values, points, states, verifier, dates and notes in the cover workbook', async () => {
      const { bytes } = await download(`/exports/dossier/kecamatan/${JATIASIH}.zip?year=${YEAR}`, evaluator.token);
      const cover = (await entriesOf(bytes)).get(COVER)!;
      const answers = await sheetRows(cover, 'Jawaban');
      expect(answers[0]).toEqual([
        'Kode kecamatan',
        'Kecamatan',
        'Klaster',
        'Kode',
        'Indikator',
        'Jawaban',
        'Nilai',
        'Jawaban terverifikasi',
        'Nilai terverifikasi',
        'Status',
        'Verifikator',
        'Diverifikasi',
        'Status berubah',
        'Terakhir diubah',
        'Diubah oleh',
        'Catatan operator',
        'Catatan verifikasi',
        'Alasan dikembalikan/dibuka',
        'Catatan kewajaran',
        'Bukti diterima',
      ]);
      expect(answers).toHaveLength(1 + indicators.length);
      const k105 = answers.find((r) => r[3] === 'K1-05')!;
      const k105Indicator = indicators.find((i) => i.code === 'K1-05')!;
      expect([k105[0], k105[1], k105[2], k105[6], k105[8], k105[9], k105[10], k105[11], k105[15], k105[19]]).toEqual([
        JATIASIH,
        'Jatiasih',
        'K1',
        k105Indicator.maxPoints,
        k105Indicator.maxPoints,
        'Terverifikasi',
        expect.any(String),
        '2026-03-01 07:00',
        'Data dari forum anak kelurahan',
        2,
      ]);
      const files = await sheetRows(cover, 'Bukti');
      expect(files).toHaveLength(1 + accepted.length);
      expect(
        files
          .slice(1)
          .map((r) => r[4])
          .sort(),
      ).toEqual(accepted.map((f) => (f === hostile ? '../../etc/\ufffdpass\ufffdwd.pdf' : f.originalName)).sort());
      const sampul = await sheetRows(cover, 'Sampul');
      expect(sampul.find((r) => r[0] === 'Berkas bukti diterima')![1]).toBe(4);
    });

    it('writes the cover workbook in English with lang=en, and refuses another lang naming it', async () => {
      const base = `/exports/dossier/kecamatan/${JATIASIH}.zip?year=${YEAR}`;
      const { bytes } = await download(`${base}&lang=en`, evaluator.token);
      const cover = (await entriesOf(bytes)).get(COVER)!;
      const answers = await sheetRows(cover, 'Answers');
      expect(answers[0]).toContain('Indicator');
      expect(answers[0]).toContain('Plausibility notes');
      const k105 = answers.find((r) => r[3] === 'K1-05')!;
      const k105Indicator = indicators.find((i) => i.code === 'K1-05')!;
      expect(k105[4]).toBe(k105Indicator.nameEn || k105Indicator.name);
      expect(k105[9]).toBe('Verified');
      const coverSheet = await sheetRows(cover, 'Cover');
      expect(coverSheet.find((r) => r[0] === 'Accepted evidence files')![1]).toBe(4);
      expect((await sheetRows(cover, 'Evidence'))[0]).toContain('Checklist item');

      const refused = await download(`${base}&lang=fr`, evaluator.token);
      expect(refused.response.status).toBe(400);
      expect(JSON.parse(refused.bytes.toString('utf8')).fieldErrors).toEqual([
        expect.objectContaining({ field: 'lang' }),
      ]);
    });

    it('gives evaluators a cluster across the city and the whole city in constant statements', async () => {
      const k1 = await entriesOf(
        (await download(`/exports/dossier/cluster/K1.zip?year=${YEAR}`, evaluator.token)).bytes,
      );
      const k1Files = [...k1.keys()].filter((n) => n.includes('/'));
      expect(k1Files).toHaveLength(3);
      expect(k1Files.every((n) => n.startsWith('K1/'))).toBe(true);
      expect(k1Files.filter((n) => n.endsWith('/Bekasi Barat-bekasi-barat.pdf'))).toHaveLength(1);

      server.queries.reset();
      await download(`/exports/dossier/kecamatan/${JATIASIH}.zip?year=${YEAR}`, evaluator.token);
      const oneKecamatan = server.queries.count;
      server.queries.reset();
      const { response, bytes } = await download(`/exports/dossier/city.zip?year=${YEAR}`, evaluator.token);
      expect(server.queries.count).toBe(oneKecamatan);
      expect(response.status).toBe(200);
      const city = await entriesOf(bytes);
      expect(city.size).toBe(3 + accepted.length + 1);
      const answers = await sheetRows(city.get(`dosir-kla-${YEAR}-kota.xlsx`)!, 'Jawaban');
      expect(answers).toHaveLength(1 + 12 * indicators.length);
      expect(answers.filter((r) => r[9] === 'Belum diisi')).toHaveLength(10 * indicators.length);
    });

    it('refuses what the caller may not take, naming the field, and audits no refusal', async () => {
      const before = await auditCount();
      const cases: Array<[string, string | null, number, string]> = [
        [`/exports/dossier/kecamatan/${JATIASIH}.zip?year=${YEAR}`, null, 401, 'UNAUTHENTICATED'],
        [`/exports/dossier/kecamatan/${BEKASI_BARAT}.zip?year=${YEAR}`, operator.token, 403, 'NOT_ALLOWED'],
        [`/exports/dossier/cluster/K1.zip?year=${YEAR}`, operator.token, 403, 'NOT_ALLOWED'],
        [`/exports/dossier/city.zip?year=${YEAR}`, operator.token, 403, 'NOT_ALLOWED'],
        [`/exports/dossier/kecamatan/32.75.99.zip?year=${YEAR}`, evaluator.token, 404, 'NOT_FOUND'],
        [`/exports/dossier/cluster/K9.zip?year=${YEAR}`, evaluator.token, 404, 'NOT_FOUND'],
        [`/exports/dossier/city.zip?year=1990`, evaluator.token, 404, 'NOT_FOUND'],
        [`/exports/dossier/city.zip?year=abc`, evaluator.token, 400, 'VALIDATION_FAILED'],
        [`/exports/dossier/city.zip`, evaluator.token, 400, 'VALIDATION_FAILED'],
        [`/exports/dossier/kecamatan/..%2F..%2Fetc.zip?year=${YEAR}`, evaluator.token, 400, 'VALIDATION_FAILED'],
        [`/exports/dossier/kecamatan/${JATIASIH}.tar?year=${YEAR}`, evaluator.token, 400, 'VALIDATION_FAILED'],
        [`/exports/dossier/cluster/${'K'.repeat(5000)}.zip?year=${YEAR}`, evaluator.token, 400, 'VALIDATION_FAILED'],
      ];
      for (const [url, token, status, code] of cases) {
        const { response, bytes } = await download(url, token);
        expect([url, response.status]).toEqual([url, status]);
        const body = JSON.parse(bytes.toString('utf8'));
        expect([url, body.code]).toEqual([url, code]);
        if (status === 400) expect(body.fieldErrors[0].field).toMatch(/^(year|kecamatanCode|clusterCode)$/);
      }
      expect(await auditCount()).toBe(before);
    });

    it.skipIf(!fs.existsSync('/proc/self/fd'))(
      'closes the open evidence file when the client goes away mid-download',
      async () => {
        await addFile(BEKASI_BARAT, 'K3-12', 'besar.pdf', EvidenceVerdict.ACCEPTED, { size: 32 * 1024 * 1024 });
        const openEvidence = () =>
          fs
            .readdirSync('/proc/self/fd')
            .map((fd) => {
              try {
                return fs.readlinkSync(`/proc/self/fd/${fd}`);
              } catch {
                return '';
              }
            })
            .filter((target) => target.startsWith(server.evidenceDir)).length;
        const abort = new AbortController();
        const response = await fetch(`${server.url}/exports/dossier/kecamatan/${BEKASI_BARAT}.zip?year=${YEAR}`, {
          headers: { authorization: `Bearer ${evaluator.token}` },
          signal: abort.signal,
        });
        expect(response.status).toBe(200);
        const reader = response.body!.getReader();
        await reader.read();
        // The client stops reading: backpressure keeps the 32 MB file open on the server.
        await eventually(() => expect(openEvidence()).toBeGreaterThan(0));
        abort.abort();
        await reader.cancel().catch(() => undefined);
        await eventually(() => expect(openEvidence()).toBe(0));
        await server.dataSource.query(
          `UPDATE evidence_file SET "removedAt" = now() WHERE "originalName" = 'besar.pdf'`,
        );
      },
    );

    it('refuses with a clean 500 before any byte when a listed file is missing from the store', async () => {
      const lost = await addFile(BEKASI_BARAT, 'K2-07', 'hilang.pdf', EvidenceVerdict.ACCEPTED, { writeBytes: false });
      const before = await auditCount();
      const { response, bytes } = await download(
        `/exports/dossier/kecamatan/${BEKASI_BARAT}.zip?year=${YEAR}`,
        evaluator.token,
      );
      expect(response.status).toBe(500);
      expect(JSON.parse(bytes.toString('utf8'))).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Internal server error',
        fieldErrors: [],
      });
      expect(await auditCount()).toBe(before);
      await server.dataSource.query(`UPDATE evidence_file SET "removedAt" = now() WHERE id = $1`, [lost.id]);
    });
  });
}

await defineDossierSuite('postgres');
await defineDossierSuite('embedded');
