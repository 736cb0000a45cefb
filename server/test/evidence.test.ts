import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, signedIn, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { eventually } from './support/wait.js';
import { BEKASI_BARAT, JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';
import { sampleHtml, sampleJpeg, samplePdf, samplePng, sampleText } from './support/sample-files.js';
import { seedDatabase } from '../src/database/seed/seed.js';

/**
 * Evidence files end to end: resumable uploads over raw tus requests, downloads, verdicts,
 * removal, audit, and statements per request. Run on the server PostgreSQL and on the embedded
 * one (whose single connection would expose a statement issued outside a transaction's
 * connection). Tests in a suite share one database and run in order.
 */
const postgresAvailable = await serverPostgresAvailable();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type Metadata = Record<string, string>;

function encodeMetadata(metadata: Metadata): string {
  return Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

function meta(
  indicatorCode: string,
  requirementCode: string,
  filename: string,
  extra: Partial<Metadata> = {},
): Metadata {
  return { year: String(YEAR), kecamatanCode: JATIASIH, indicatorCode, requirementCode, filename, ...extra };
}

const EVIDENCE_QUERY = `
  query Evidence($year: Int!, $k: String!) {
    submissions(year: $year, kecamatanCode: $k) {
      id indicatorCode status version answer { count option }
      evidence { id requirementCode originalName mimeType sizeBytes uploadedAt uploadedBy { username displayName } verdict verdictReason url }
    }
  }`;

const VERDICT_MUTATION = `
  mutation Verdict($input: SetEvidenceVerdictInput!) {
    setEvidenceVerdict(input: $input) {
      __typename
      ... on EvidenceFile { id verdict verdictReason requirementCode }
      ... on ErrorResult { code message }
      ... on ValidationError { fieldErrors { field code message } }
    }
  }`;

const REMOVE_MUTATION = `
  mutation Remove($id: ID!) {
    removeEvidence(evidenceId: $id) {
      __typename
      ... on EvidenceRemoved { evidenceId submission { indicatorCode version evidence { id } } }
      ... on ErrorResult { code message }
      ... on ValidationError { fieldErrors { field code message } }
      ... on PeriodClosedError { year }
    }
  }`;

for (const backend of ['postgres', 'embedded'] as Backend[]) {
  describe.skipIf(backend === 'postgres' && !postgresAvailable)(`evidence files (${backend} PostgreSQL)`, () => {
    let server: TestServer;
    let operator: GqlClient;
    let otherOperator: GqlClient;
    let evaluator: GqlClient;
    const anonymous = { token: null as string | null };

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      operator = await signedIn(server, 'op-3275-09');
      otherOperator = await signedIn(server, 'op-3275-02');
      evaluator = await signedIn(server, 'evaluator');
    });
    afterAll(async () => {
      await server?.close();
    });

    // --- raw tus 1.0.0 requests -------------------------------------------------------------
    const auth = (who: { token: string | null }): Record<string, string> =>
      who.token ? { authorization: `Bearer ${who.token}` } : {};

    async function create(
      who: { token: string | null },
      metadata: Metadata,
      length: number,
      extra: Record<string, string> = {},
    ) {
      return fetch(`${server.url}/uploads`, {
        method: 'POST',
        headers: {
          'Tus-Resumable': '1.0.0',
          'Upload-Length': String(length),
          'Upload-Metadata': encodeMetadata(metadata),
          ...auth(who),
          ...extra,
        },
      });
    }

    async function patch(who: { token: string | null }, location: string, offset: number, bytes: Buffer) {
      return fetch(`${server.url}${location}`, {
        method: 'PATCH',
        headers: {
          'Tus-Resumable': '1.0.0',
          'Upload-Offset': String(offset),
          'Content-Type': 'application/offset+octet-stream',
          ...auth(who),
        },
        body: bytes,
      });
    }

    async function head(who: { token: string | null }, location: string) {
      return fetch(`${server.url}${location}`, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0', ...auth(who) } });
    }

    async function remove(who: { token: string | null }, location: string) {
      return fetch(`${server.url}${location}`, {
        method: 'DELETE',
        headers: { 'Tus-Resumable': '1.0.0', ...auth(who) },
      });
    }

    /** POST then one PATCH with every byte; returns the creation and the finishing response. */
    async function upload(who: { token: string | null }, metadata: Metadata, bytes: Buffer) {
      const created = await create(who, metadata, bytes.length);
      expect(created.status, await created.clone().text()).toBe(201);
      const location = created.headers.get('location')!;
      const finished = await patch(who, location, 0, bytes);
      return { created, location, finished };
    }

    async function uploadOk(metadata: Metadata, bytes: Buffer): Promise<string> {
      const { finished } = await upload(operator, metadata, bytes);
      expect(finished.status, await finished.clone().text()).toBe(204);
      const id = finished.headers.get('kecala-evidence-id');
      expect(id).toMatch(UUID);
      return id!;
    }

    // --- state helpers ----------------------------------------------------------------------
    const storedKeys = () => (fs.existsSync(server.evidenceDir) ? fs.readdirSync(server.evidenceDir).sort() : []);
    const pendingUploads = () => (fs.existsSync(server.uploadDir) ? fs.readdirSync(server.uploadDir) : []);
    const fileRow = async (id: string) =>
      (await server.dataSource.query(`SELECT * FROM evidence_file WHERE id = $1`, [id]))[0];
    const fileCount = async () =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM evidence_file`))[0].n as number;
    const evidenceOf = async (client: GqlClient, code: string, k = JATIASIH) => {
      const result = await client.request(EVIDENCE_QUERY, { year: YEAR, k });
      expect(result.errors).toBeUndefined();
      return (result.data.submissions as any[]).find((s) => s.indicatorCode === code);
    };
    const setStatus = (code: string, status: string) =>
      server.dataSource.query(
        `UPDATE submission s SET status = $1 FROM indicator i WHERE i.id = s."indicatorId" AND i.code = $2 AND s."kecamatanCode" = $3`,
        [status, code, JATIASIH],
      );
    /** HEAD answers have no body: only the status and the type can be checked. */
    async function expectHeadRefusal(response: Response, status: number) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
    async function expectRefusal(response: Response, status: number, code: string, field?: string) {
      const text = await response.text();
      expect(response.status, text).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(text).not.toMatch(/at .*\.(ts|js):\d+|node_modules/);
      const body = JSON.parse(text);
      expect(body.code).toBe(code);
      expect(typeof body.message).toBe('string');
      if (field) expect(body.fieldErrors.map((e: any) => e.field)).toContain(field);
      return body;
    }

    const pdf = samplePdf();
    const png = samplePng(8, 8);
    let pdfId: string;
    let pngId: string;

    describe('checklist', () => {
      it('lists 1–3 evidence items per indicator, at least one required, on Indicator.evidenceRequirements', async () => {
        const { data } = await new GqlClient(server).request(
          `{ clusters(year: ${YEAR}) { indicators { code evidenceRequirements { id code label labelEn required } } } }`,
        );
        const indicators = data.clusters.flatMap((c: any) => c.indicators);
        expect(indicators).toHaveLength(24);
        for (const indicator of indicators) {
          expect(indicator.evidenceRequirements.length, indicator.code).toBeGreaterThanOrEqual(1);
          expect(indicator.evidenceRequirements.length, indicator.code).toBeLessThanOrEqual(3);
          expect(
            indicator.evidenceRequirements.some((r: any) => r.required),
            indicator.code,
          ).toBe(true);
        }
        expect(indicators.find((i: any) => i.code === 'KEL-02').evidenceRequirements[0]).toMatchObject({
          code: 'SK_GUGUS_TUGAS_KLA',
          label: expect.stringContaining('SK Camat tentang Gugus Tugas KLA'),
          required: true,
        });
      });

      it('are seeded into a database whose indicator set existed before checklists, once', async () => {
        const count = async () =>
          (await server.dataSource.query(`SELECT count(*)::int AS n FROM evidence_requirement`))[0].n as number;
        const full = await count();
        expect(full).toBeGreaterThanOrEqual(24);
        await server.dataSource.query(`DELETE FROM evidence_requirement`);
        expect(await count()).toBe(0);
        await seedDatabase(server.dataSource, { demoUsers: false, now: TEST_NOW });
        expect(await count()).toBe(full);
        await seedDatabase(server.dataSource, { demoUsers: false, now: TEST_NOW });
        expect(await count()).toBe(full);
      });
    });

    describe('uploading', () => {
      it('takes a PDF end to end: created, stored under a generated key, hashed, audited, on a new DRAFT submission', async () => {
        expect(await evidenceOf(operator, 'K1-04')).toBeUndefined();
        const { created, location, finished } = await upload(
          operator,
          meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'Data akta Dukcapil 2026.pdf'),
          pdf,
        );
        expect(created.headers.get('tus-resumable')).toBe('1.0.0');
        expect(location).toMatch(/^\/uploads\/[0-9a-f]+$/);
        expect(finished.status).toBe(204);
        pdfId = finished.headers.get('kecala-evidence-id')!;
        expect(pdfId).toMatch(UUID);

        const row = await fileRow(pdfId);
        expect(row).toMatchObject({
          originalName: 'Data akta Dukcapil 2026.pdf',
          mimeType: 'application/pdf',
          sizeBytes: pdf.length,
          sha256: sha256(pdf),
          verdict: 'PENDING',
          removedAt: null,
        });
        expect(row.storageKey).toMatch(UUID);
        expect(storedKeys()).toEqual([row.storageKey]);
        expect(fs.readFileSync(path.join(server.evidenceDir, row.storageKey)).equals(pdf)).toBe(true);
        expect(pendingUploads()).toEqual([]);
        // The finished upload is gone from tus: nothing left to resume.
        expect((await head(operator, location)).status).toBe(404);

        const submission = await evidenceOf(operator, 'K1-04');
        expect(submission).toMatchObject({ status: 'DRAFT', version: 1, answer: null });
        expect(submission.evidence).toEqual([
          {
            id: pdfId,
            requirementCode: 'DATA_AKTA_DUKCAPIL',
            originalName: 'Data akta Dukcapil 2026.pdf',
            mimeType: 'application/pdf',
            sizeBytes: pdf.length,
            uploadedAt: expect.any(String),
            uploadedBy: { username: 'op-3275-09', displayName: 'Operator Kecamatan Jatiasih' },
            verdict: 'PENDING',
            verdictReason: null,
            url: `/evidence/${pdfId}`,
          },
        ]);
      });

      it('takes a PNG for an answered indicator without touching the answer or its version', async () => {
        const saved = await operator.request(SAVE_MUTATION, saveInput('KEL-02', { option: 'GUGUS_TUGAS_RAD' }, 0));
        expect(saved.data.saveSubmission).toMatchObject({ __typename: 'Submission', version: 1 });
        pngId = await uploadOk(meta('KEL-02', 'NOTULEN_DAFTAR_HADIR_RAPAT', 'Foto rapat gugus tugas.png'), png);
        const submission = await evidenceOf(evaluator, 'KEL-02');
        expect(submission).toMatchObject({ version: 1, answer: { option: 'GUGUS_TUGAS_RAD' } });
        expect(submission.evidence).toEqual([
          expect.objectContaining({
            id: pngId,
            requirementCode: 'NOTULEN_DAFTAR_HADIR_RAPAT',
            mimeType: 'image/png',
            sizeBytes: png.length,
          }),
        ]);
      });

      it('takes a JPEG in the creating request itself (creation-with-upload)', async () => {
        const jpeg = sampleJpeg();
        const created = await fetch(`${server.url}/uploads`, {
          method: 'POST',
          headers: {
            'Tus-Resumable': '1.0.0',
            'Upload-Length': String(jpeg.length),
            'Upload-Metadata': encodeMetadata(meta('KEL-02', 'SK_GUGUS_TUGAS_KLA', 'scan sk.jpg')),
            'Content-Type': 'application/offset+octet-stream',
            ...auth(operator),
          },
          body: jpeg,
        });
        expect(created.status, await created.clone().text()).toBe(201);
        const id = created.headers.get('kecala-evidence-id');
        expect(id).toMatch(UUID);
        expect(await fileRow(id!)).toMatchObject({
          mimeType: 'image/jpeg',
          originalName: 'scan sk.jpg',
          sizeBytes: jpeg.length,
          sha256: sha256(jpeg),
        });
        expect(pendingUploads()).toEqual([]);
      });

      it('gives back the same file when the same bytes are sent again for the same item (a retry after a lost response)', async () => {
        const before = { count: await fileCount(), keys: storedKeys() };
        const again = await uploadOk(meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'lagi.pdf'), pdf);
        expect(again).toBe(pdfId);
        expect(await fileCount()).toBe(before.count);
        expect(storedKeys()).toEqual(before.keys);
      });

      it('stores a hostile file name as sanitized metadata only, and offers it encoded on download', async () => {
        const id = await uploadOk(
          meta('K1-04', 'FOTO_LAYANAN_AKTA', '../../../etc/\u0007Laporan "akhir";\r\n\u202e – Jatiasih.pdf'),
          samplePdf('nama berbahaya'),
        );
        const row = await fileRow(id);
        expect(row.originalName).toBe('Laporan "akhir"; – Jatiasih.pdf');
        expect(row.storageKey).toMatch(UUID);
        expect(fs.existsSync(path.join(server.evidenceDir, row.storageKey))).toBe(true);
        expect(fs.readdirSync(path.dirname(server.evidenceDir)).sort()).toEqual(['evidence', 'uploads']);
        const response = await fetch(`${server.url}/evidence/${id}`, { headers: auth(evaluator) });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-disposition')).toBe(
          "inline; filename*=UTF-8''Laporan%20%22akhir%22%3B%20%E2%80%93%20Jatiasih.pdf",
        );
      });
    });

    describe('refusing uploads, with nothing stored', () => {
      it('refuses a text file named .pdf and an HTML page named .pdf after the last byte, deleting them', async () => {
        for (const [name, bytes] of [
          ['laporan.pdf', sampleText()],
          ['laporan2.pdf', sampleHtml()],
        ] as const) {
          const before = { count: await fileCount(), keys: storedKeys() };
          const { finished } = await upload(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', name), bytes);
          const body = await expectRefusal(finished, 415, 'UNSUPPORTED_TYPE', 'file');
          expect(body.message).toContain(name);
          expect(finished.headers.get('kecala-evidence-id')).toBeNull();
          expect(await fileCount()).toBe(before.count);
          expect(storedKeys()).toEqual(before.keys);
          expect(pendingUploads()).toEqual([]);
        }
      });

      it('refuses a declared length over the limit (10 MB) before any byte, and accepts exactly the limit', async () => {
        expect(server.maxUploadBytes).toBe(10 * 1024 * 1024);
        const over = await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'besar.pdf'), 10 * 1024 * 1024 + 1);
        const body = await expectRefusal(over, 413, 'TOO_LARGE', 'Upload-Length');
        expect(body.message).toContain('10 MB');
        expect(pendingUploads()).toEqual([]);
        const atLimit = await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'pas.pdf'), 10 * 1024 * 1024);
        expect(atLimit.status).toBe(201);
        expect((await remove(operator, atLimit.headers.get('location')!)).status).toBe(204);
        expect(pendingUploads()).toEqual([]);
      });

      it('refuses more bytes than declared', async () => {
        const created = await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'kecil.pdf'), 100);
        const location = created.headers.get('location')!;
        const sent = await patch(operator, location, 0, samplePdf('terlalu panjang', 200));
        await expectRefusal(sent, 413, 'TOO_LARGE', 'body');
        expect((await head(operator, location)).headers.get('upload-offset')).toBe('0');
        expect((await remove(operator, location)).status).toBe(204);
        expect(pendingUploads()).toEqual([]);
      });

      it('refuses an empty file', async () => {
        await expectRefusal(
          await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'kosong.pdf'), 0),
          400,
          'VALIDATION_FAILED',
          'Upload-Length',
        );
        expect(pendingUploads()).toEqual([]);
      });

      it('names each missing or wrong metadata key', async () => {
        const missing = await expectRefusal(
          await create(operator, { year: String(YEAR), kecamatanCode: JATIASIH, indicatorCode: 'K1-04' }, 10),
          400,
          'VALIDATION_FAILED',
        );
        expect(missing.fieldErrors.map((e: any) => e.field)).toEqual(['requirementCode', 'filename']);
        await expectRefusal(
          await create(operator, meta('K9-99', 'X', 'a.pdf'), 10),
          400,
          'VALIDATION_FAILED',
          'indicatorCode',
        );
        const wrongItem = await expectRefusal(
          await create(operator, meta('K1-04', 'SK_GUGUS_TUGAS_KLA', 'a.pdf'), 10),
          400,
          'VALIDATION_FAILED',
          'requirementCode',
        );
        expect(wrongItem.message).toContain('DATA_AKTA_DUKCAPIL');
        await expectRefusal(
          await create(operator, meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf', { year: '1999' }), 10),
          400,
          'VALIDATION_FAILED',
          'year',
        );
        await expectRefusal(
          await create(operator, meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf'), 10, {
            'Upload-Metadata': 'year not-base64!',
          }),
          400,
          'VALIDATION_FAILED',
          'Upload-Metadata',
        );
        const noTus = await fetch(`${server.url}/uploads`, {
          method: 'POST',
          headers: { 'Upload-Length': '10', ...auth(operator) },
        });
        await expectRefusal(noTus, 412, 'BAD_REQUEST', 'Tus-Resumable');
        const deferred = await fetch(`${server.url}/uploads`, {
          method: 'POST',
          headers: {
            'Tus-Resumable': '1.0.0',
            'Upload-Defer-Length': '1',
            'Upload-Metadata': encodeMetadata(meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf')),
            ...auth(operator),
          },
        });
        await expectRefusal(deferred, 400, 'VALIDATION_FAILED', 'Upload-Length');
        expect(pendingUploads()).toEqual([]);
      });

      it("refuses anonymous callers (401), another kecamatan's operator and the evaluator (403)", async () => {
        const body = await expectRefusal(
          await create(anonymous, meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf'), 10),
          401,
          'UNAUTHENTICATED',
        );
        expect(body.message).toMatch(/Sign in/);
        await expectRefusal(
          await create(otherOperator, meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf'), 10),
          403,
          'NOT_ALLOWED',
          'kecamatanCode',
        );
        await expectRefusal(
          await create(evaluator, meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf'), 10),
          403,
          'NOT_ALLOWED',
        );
        // Uploading "for" their own kecamatan does not help another operator either.
        await expectRefusal(
          await create(
            otherOperator,
            meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf', { kecamatanCode: BEKASI_BARAT }),
            10,
          ).then(async (r) => {
            // Their own kecamatan is allowed: clean that upload up and show a foreign one is not.
            expect(r.status).toBe(201);
            expect((await remove(otherOperator, r.headers.get('location')!)).status).toBe(204);
            return create(otherOperator, meta('K1-04', 'DATA_AKTA_DUKCAPIL', 'a.pdf'), 10);
          }),
          403,
          'NOT_ALLOWED',
          'kecamatanCode',
        );
        expect(pendingUploads()).toEqual([]);
      });

      it('lets only the creator resume, inspect or cancel an upload', async () => {
        const created = await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'milik saya.pdf'), pdf.length);
        const location = created.headers.get('location')!;
        await expectHeadRefusal(await head(anonymous, location), 401);
        await expectHeadRefusal(await head(otherOperator, location), 403);
        await expectRefusal(await patch(anonymous, location, 0, pdf), 401, 'UNAUTHENTICATED');
        await expectRefusal(await patch(otherOperator, location, 0, pdf), 403, 'NOT_ALLOWED');
        await expectRefusal(await remove(evaluator, location), 403, 'NOT_ALLOWED');
        expect((await head(operator, location)).headers.get('upload-offset')).toBe('0');
        expect((await remove(operator, location)).status).toBe(204);
        await expectHeadRefusal(await head(operator, location), 404);
        await expectRefusal(await patch(operator, location, 0, pdf), 404, 'NOT_FOUND', 'uploadId');
      });

      it('refuses while the period is closed', async () => {
        await server.dataSource.query(`UPDATE period SET status = 'CLOSED' WHERE year = $1`, [YEAR]);
        try {
          await expectRefusal(
            await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'a.pdf'), 10),
            403,
            'PERIOD_CLOSED',
            'year',
          );
        } finally {
          await server.dataSource.query(`UPDATE period SET status = 'OPEN' WHERE year = $1`, [YEAR]);
        }
      });

      it('refuses a submitted answer, also when it was submitted while the bytes travelled', async () => {
        const created = await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'telat.pdf'), pdf.length);
        expect(created.status).toBe(201);
        await setStatus('K1-04', 'SUBMITTED');
        try {
          await expectRefusal(
            await create(operator, meta('K1-04', 'FOTO_LAYANAN_AKTA', 'a.pdf'), 10),
            403,
            'SUBMISSION_LOCKED',
            'indicatorCode',
          );
          const before = { count: await fileCount(), keys: storedKeys() };
          await expectRefusal(
            await patch(operator, created.headers.get('location')!, 0, pdf),
            403,
            'SUBMISSION_LOCKED',
            'indicatorCode',
          );
          expect(await fileCount()).toBe(before.count);
          expect(storedKeys()).toEqual(before.keys);
          expect(pendingUploads()).toEqual([]);
        } finally {
          await setStatus('K1-04', 'DRAFT');
        }
      });

      it('refuses GET on the upload endpoint: downloads go through /evidence/:id', async () => {
        await expectRefusal(
          await fetch(`${server.url}/uploads/abc`, { headers: auth(operator) }),
          405,
          'METHOD_NOT_ALLOWED',
        );
      });
    });

    describe('resuming', () => {
      it('resumes an upload cut in the middle from the offset HEAD reports', async () => {
        const bytes = samplePdf('dokumen besar', 300_000);
        const half = Math.floor(bytes.length / 2);
        const created = await create(operator, meta('K3-12', 'LAPORAN_PWS_KIA', 'PWS KIA.pdf'), bytes.length);
        const location = created.headers.get('location')!;

        const first = await patch(operator, location, 0, bytes.subarray(0, half));
        expect(first.status).toBe(204);
        expect(first.headers.get('upload-offset')).toBe(String(half));
        expect(first.headers.get('kecala-evidence-id')).toBeNull();

        const probe = await head(operator, location);
        expect(probe.status).toBe(200);
        expect(probe.headers.get('upload-offset')).toBe(String(half));
        expect(probe.headers.get('upload-length')).toBe(String(bytes.length));
        expect(probe.headers.get('cache-control')).toBe('no-store');

        // A PATCH at the wrong offset is refused with the header named, and changes nothing.
        await expectRefusal(await patch(operator, location, 0, bytes), 409, 'UPLOAD_CONFLICT', 'Upload-Offset');
        expect((await head(operator, location)).headers.get('upload-offset')).toBe(String(half));

        const rest = await patch(operator, location, half, bytes.subarray(half));
        expect(rest.status).toBe(204);
        const id = rest.headers.get('kecala-evidence-id')!;
        const row = await fileRow(id);
        expect(row).toMatchObject({ sizeBytes: bytes.length, sha256: sha256(bytes), mimeType: 'application/pdf' });
        expect(fs.readFileSync(path.join(server.evidenceDir, row.storageKey)).equals(bytes)).toBe(true);
      });

      it('resumes after the connection drops mid-body', async () => {
        const bytes = samplePdf('rekap e-PPGBM', 400_000);
        const created = await create(operator, meta('K3-13', 'REKAP_EPPGBM', 'e-PPGBM.pdf'), bytes.length);
        const location = created.headers.get('location')!;
        const sentBeforeCut = Math.floor(bytes.length / 2);
        const url = new URL(`${server.url}${location}`);
        const req = http.request({
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'PATCH',
          headers: {
            'Tus-Resumable': '1.0.0',
            'Upload-Offset': '0',
            'Content-Type': 'application/offset+octet-stream',
            'Content-Length': String(bytes.length),
            authorization: `Bearer ${operator.token}`,
          },
        });
        req.on('error', () => undefined); // the connection is cut on purpose
        req.write(bytes.subarray(0, sentBeforeCut));
        // The connection drops once the server has stored part of the body (tus keeps the bytes of
        // an upload in a file named by its id).
        const stored = path.join(server.uploadDir, path.basename(location));
        await eventually(() => expect(fs.statSync(stored).size).toBeGreaterThan(0));
        req.destroy();
        // HEAD answers once the cut request has let go of the upload, with what it stored.
        const offset = await eventually(async () => {
          const probe = await head(operator, location);
          expect(probe.status).toBe(200);
          return Number(probe.headers.get('upload-offset'));
        });
        expect(offset).toBeGreaterThan(0);
        expect(offset).toBeLessThanOrEqual(sentBeforeCut);
        const rest = await patch(operator, location, offset, bytes.subarray(offset));
        expect(rest.status, await rest.clone().text()).toBe(204);
        const row = await fileRow(rest.headers.get('kecala-evidence-id')!);
        expect(row).toMatchObject({ sha256: sha256(bytes), mimeType: 'application/pdf', sizeBytes: bytes.length });
      });
    });

    describe('downloading', () => {
      const download = (who: { token: string | null }, id: string) =>
        fetch(`${server.url}/evidence/${id}`, { headers: auth(who) });

      it('serves the evaluator the bytes with the detected type, inline, sandboxed, not cached', async () => {
        const response = await download(evaluator, pdfId);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('content-disposition')).toBe(
          "inline; filename*=UTF-8''Data%20akta%20Dukcapil%202026.pdf",
        );
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-security-policy')).toBe('sandbox');
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
      });

      it('serves the operator of the kecamatan, through the session cookie too', async () => {
        const byToken = await download(operator, pngId);
        expect(byToken.status).toBe(200);
        expect(byToken.headers.get('content-type')).toBe('image/png');
        expect(Buffer.from(await byToken.arrayBuffer()).equals(png)).toBe(true);
        const byCookie = await fetch(`${server.url}/evidence/${pngId}`, {
          headers: { cookie: `kecala_session=${operator.token}` },
        });
        expect(byCookie.status).toBe(200);
      });

      it('puts every download on the audit trail (who, which file, which kecamatan) and no refused one', async () => {
        const entries = async () =>
          (await server.dataSource.query(
            `SELECT username, "entityId", after FROM audit_entry WHERE action = 'EVIDENCE_DOWNLOADED' AND "entityId" = $1 ORDER BY id`,
            [pdfId],
          )) as Array<{
            username: string;
            entityId: string;
            after: { kecamatanCode: string };
          }>;
        const before = (await entries()).length;
        expect((await download(evaluator, pdfId)).status).toBe(200);
        await expectRefusal(await download(otherOperator, pdfId), 403, 'NOT_ALLOWED');
        await expectRefusal(await download(anonymous, pdfId), 401, 'UNAUTHENTICATED');
        const after = await entries();
        expect(after.length).toBe(before + 1);
        expect(after.at(-1)).toMatchObject({
          username: 'evaluator',
          entityId: pdfId,
          after: { kecamatanCode: JATIASIH },
        });
      });

      it('refuses anonymous (401) and another operator (403); unknown ids are 404', async () => {
        await expectRefusal(await download(anonymous, pdfId), 401, 'UNAUTHENTICATED');
        await expectRefusal(await download(otherOperator, pdfId), 403, 'NOT_ALLOWED');
        await expectRefusal(await download(evaluator, '00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
        await expectRefusal(await download(evaluator, "1' OR '1'='1"), 404, 'NOT_FOUND');
      });
    });

    describe('verdicts', () => {
      const verdict = (client: GqlClient, input: Record<string, unknown>) =>
        client.request(VERDICT_MUTATION, { input });

      it('are refused while the submission is not SUBMITTED', async () => {
        const result = await verdict(evaluator, { evidenceId: pdfId, verdict: 'ACCEPTED' });
        expect(result.data.setEvidenceVerdict).toMatchObject({ __typename: 'NotAllowedError', code: 'NOT_ALLOWED' });
        expect(result.data.setEvidenceVerdict.message).toContain('DRAFT');
      });

      it("are the evaluator's: accepted, or insufficient with a reason, visible on the submission", async () => {
        await setStatus('K1-04', 'SUBMITTED');
        await setStatus('KEL-02', 'SUBMITTED');
        const accepted = await verdict(evaluator, { evidenceId: pdfId, verdict: 'ACCEPTED' });
        expect(accepted.data.setEvidenceVerdict).toEqual({
          __typename: 'EvidenceFile',
          id: pdfId,
          verdict: 'ACCEPTED',
          verdictReason: null,
          requirementCode: 'DATA_AKTA_DUKCAPIL',
        });
        const reason = 'Foto buram; unggah ulang daftar hadir yang terbaca.';
        const insufficient = await verdict(evaluator, {
          evidenceId: pngId,
          verdict: 'INSUFFICIENT',
          reason: `  ${reason} `,
        });
        expect(insufficient.data.setEvidenceVerdict).toMatchObject({
          __typename: 'EvidenceFile',
          verdict: 'INSUFFICIENT',
          verdictReason: reason,
        });
        expect((await evidenceOf(operator, 'KEL-02')).evidence.find((e: any) => e.id === pngId)).toMatchObject({
          verdict: 'INSUFFICIENT',
          verdictReason: reason,
        });
        expect(await fileRow(pngId)).toMatchObject({
          verdict: 'INSUFFICIENT',
          verdictById: expect.stringMatching(UUID),
          verdictAt: expect.any(Date),
        });
      });

      it('refuse INSUFFICIENT without a reason, naming the field, and change nothing', async () => {
        for (const reason of [undefined, null, '   ']) {
          const result = await verdict(evaluator, { evidenceId: pdfId, verdict: 'INSUFFICIENT', reason });
          expect(result.data.setEvidenceVerdict).toMatchObject({
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
          });
          expect(result.data.setEvidenceVerdict.fieldErrors).toEqual([
            expect.objectContaining({ field: 'reason', code: 'REQUIRED' }),
          ]);
        }
        const tooLong = await verdict(evaluator, {
          evidenceId: pdfId,
          verdict: 'INSUFFICIENT',
          reason: 'x'.repeat(2001),
        });
        expect(tooLong.data.setEvidenceVerdict.fieldErrors).toEqual([
          expect.objectContaining({ field: 'reason', code: 'TOO_LONG' }),
        ]);
        const unknown = await verdict(evaluator, {
          evidenceId: '00000000-0000-4000-8000-000000000000',
          verdict: 'ACCEPTED',
        });
        expect(unknown.data.setEvidenceVerdict.fieldErrors).toEqual([
          expect.objectContaining({ field: 'evidenceId', code: 'NOT_FOUND' }),
        ]);
        expect((await fileRow(pdfId)).verdict).toBe('ACCEPTED');
      });

      it('refuse operators (typed) and anonymous callers', async () => {
        const byOperator = await verdict(operator, {
          evidenceId: pdfId,
          verdict: 'INSUFFICIENT',
          reason: 'saya sendiri',
        });
        expect(byOperator.data.setEvidenceVerdict).toMatchObject({
          __typename: 'NotAllowedError',
          code: 'NOT_ALLOWED',
        });
        const byAnonymous = await new GqlClient(server).request(VERDICT_MUTATION, {
          input: { evidenceId: pdfId, verdict: 'ACCEPTED' },
        });
        expect(byAnonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect((await fileRow(pdfId)).verdict).toBe('ACCEPTED');
      });
    });

    describe('removing', () => {
      const removeEvidence = (client: GqlClient, id: string) => client.request(REMOVE_MUTATION, { id });

      it('is refused to the evaluator, another operator, and while the submission is SUBMITTED or the period closed', async () => {
        expect((await removeEvidence(evaluator, pngId)).data.removeEvidence).toMatchObject({
          __typename: 'NotAllowedError',
        });
        expect((await removeEvidence(otherOperator, pngId)).data.removeEvidence).toMatchObject({
          __typename: 'NotAllowedError',
        });
        const submitted = (await removeEvidence(operator, pngId)).data.removeEvidence;
        expect(submitted).toMatchObject({ __typename: 'NotAllowedError' });
        expect(submitted.message).toContain('SUBMITTED');
        await setStatus('KEL-02', 'RETURNED');
        await server.dataSource.query(`UPDATE period SET status = 'CLOSED' WHERE year = $1`, [YEAR]);
        try {
          expect((await removeEvidence(operator, pngId)).data.removeEvidence).toMatchObject({
            __typename: 'PeriodClosedError',
            year: YEAR,
          });
        } finally {
          await server.dataSource.query(`UPDATE period SET status = 'OPEN' WHERE year = $1`, [YEAR]);
        }
        expect((await fileRow(pngId)).removedAt).toBeNull();
      });

      it('lets the operator remove a file of a RETURNED answer: hidden, bytes deleted, row kept', async () => {
        const key = (await fileRow(pngId)).storageKey;
        expect(storedKeys()).toContain(key);
        const result = (await removeEvidence(operator, pngId)).data.removeEvidence;
        expect(result.__typename).toBe('EvidenceRemoved');
        expect(result.evidenceId).toBe(pngId);
        expect(result.submission.indicatorCode).toBe('KEL-02');
        expect(result.submission.evidence.map((e: any) => e.id)).not.toContain(pngId);
        expect(storedKeys()).not.toContain(key);
        expect((await fileRow(pngId)).removedAt).toBeInstanceOf(Date);
        expect((await evidenceOf(evaluator, 'KEL-02')).evidence.map((e: any) => e.id)).not.toContain(pngId);
        await expectRefusal(
          await fetch(`${server.url}/evidence/${pngId}`, { headers: auth(evaluator) }),
          404,
          'NOT_FOUND',
        );
        const again = (await removeEvidence(operator, pngId)).data.removeEvidence;
        expect(again.fieldErrors).toEqual([expect.objectContaining({ field: 'evidenceId', code: 'NOT_FOUND' })]);
      });
    });

    describe('audit', () => {
      it('records every upload, verdict and removal with who did it', async () => {
        const rows: any[] = await server.dataSource.query(
          `SELECT action, username, role, "entityId", "before", "after" FROM audit_entry WHERE "entityType" = 'EvidenceFile' ORDER BY id`,
        );
        const uploads = rows.filter((r) => r.action === 'EVIDENCE_UPLOADED');
        const expectedUploads = (await server.dataSource.query(`SELECT count(*)::int AS n FROM evidence_file`))[0].n;
        expect(uploads).toHaveLength(expectedUploads);
        expect(uploads.find((r) => r.entityId === pdfId)).toMatchObject({
          username: 'op-3275-09',
          role: 'OPERATOR',
          after: expect.objectContaining({
            indicatorCode: 'K1-04',
            requirementCode: 'DATA_AKTA_DUKCAPIL',
            sha256: sha256(pdf),
            mimeType: 'application/pdf',
          }),
        });
        const verdicts = rows.filter((r) => r.action === 'EVIDENCE_VERDICT_SET');
        expect(verdicts.map((r) => [r.entityId, r.username, r.before.verdict, r.after.verdict])).toEqual([
          [pdfId, 'evaluator', 'PENDING', 'ACCEPTED'],
          [pngId, 'evaluator', 'PENDING', 'INSUFFICIENT'],
        ]);
        expect(rows.filter((r) => r.action === 'EVIDENCE_REMOVED').map((r) => [r.entityId, r.username])).toEqual([
          [pngId, 'op-3275-09'],
        ]);
        const created = await server.dataSource.query(
          `SELECT after FROM audit_entry WHERE action = 'SUBMISSION_CREATED' AND after->>'indicatorCode' = 'K1-04'`,
        );
        expect(created).toHaveLength(1);
        expect(created[0].after).toMatchObject({ status: 'DRAFT', version: 1, reason: 'first evidence upload' });
      });
    });

    describe('SQL statements per request', () => {
      it('stay constant for submissions { evidence } as files grow', async () => {
        const count = async () => {
          server.queries.reset();
          const result = await evaluator.request(EVIDENCE_QUERY, { year: YEAR, k: JATIASIH });
          expect(result.errors).toBeUndefined();
          return {
            statements: server.queries.count,
            files: (result.data.submissions as any[]).reduce((n, s) => n + s.evidence.length, 0),
          };
        };
        const before = await count();
        // Every indicator answered, and three files on each of them.
        await server.dataSource.query(
          `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", version, status)
           SELECT gen_random_uuid(), p.id, $2, i.id, 1, 'DRAFT'
           FROM period p JOIN indicator i ON i."indicatorSetId" = p."indicatorSetId" WHERE p.year = $1
           ON CONFLICT DO NOTHING`,
          [YEAR, JATIASIH],
        );
        await server.dataSource.query(
          `INSERT INTO evidence_file (id, "submissionId", "requirementId", "storageKey", "originalName", "mimeType", "sizeBytes", sha256, "uploadedById")
           SELECT gen_random_uuid(), s.id, r.id, gen_random_uuid()::text, 'bukti.pdf', 'application/pdf', 10, repeat('0', 64), u.id
           FROM submission s JOIN evidence_requirement r ON r."indicatorId" = s."indicatorId" AND r."sortOrder" = 0
           CROSS JOIN generate_series(1, 3) CROSS JOIN app_user u
           WHERE s."kecamatanCode" = $1 AND u.username = 'op-3275-09'`,
          [JATIASIH],
        );
        const after = await count();
        expect(after.files).toBeGreaterThanOrEqual(before.files + 72);
        expect(after.statements).toBe(before.statements);
        expect(after.statements).toBeLessThanOrEqual(9);
      });
    });
  });
}
