import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  GqlClient,
  integratorClient,
  signedIn,
  startTestServer,
  type Backend,
  type TestServer,
} from './support/test-server.js';
import { describeOn } from './support/backends.js';
import {
  BEKASI_BARAT,
  JATIASIH,
  SAVE_MUTATION,
  SCORE_QUERY,
  SUBMISSIONS_QUERY,
  TEST_NOW,
  YEAR,
  saveInput,
} from './support/fixtures.js';
import { META_SHEET } from '../src/modules/spreadsheet/spreadsheet.layout.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const APPLY = `mutation ($id: ID!) { applySpreadsheetImport(batchId: $id) {
  __typename
  ... on SpreadsheetImportApplied { batchId year answerCount kecamatanCodes }
  ... on SpreadsheetImportRejected { code problems { sheet row column header code message } }
  ... on ValidationError { code fieldErrors { field code } }
  ... on ErrorResult { code message }
} }`;
const JATIASIH_SHEET = '32.75.09 Jatiasih';

interface Report {
  batchId: string | null;
  year: number | null;
  indicatorSetCode: string | null;
  kecamatans: Array<{ code: string; name: string }>;
  answerCount: number;
  unchangedCount: number;
  problems: Array<{
    sheet: string;
    row: number | null;
    column: string | null;
    header: string | null;
    code: string;
    message: string;
  }>;
}

/** Row number of an indicator in a template sheet (column A holds the code). */
function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, 1).value === code) return r;
  throw new Error(`${code} not in ${sheet.name}`);
}

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function toBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip whose one entry inflates to `size` zero bytes (stored sizes honest, compressed ~1000×). */
function zipBomb(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = zlib.deflateRawSync(Buffer.alloc(size));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  // Lies about the inflated size: the check must not trust it.
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

async function defineSpreadsheetSuite(backend: Backend) {
  await describeOn(backend, 'spreadsheet template and import', () => {
    let server: TestServer;
    let operator: GqlClient;
    let admin: GqlClient;
    let evaluator: GqlClient;
    const bytesOf = new WeakMap<ExcelJS.Workbook, Buffer>();

    async function download(
      client: GqlClient | null,
      query: string,
    ): Promise<{ status: number; bytes: Buffer; type: string | null }> {
      const response = await fetch(`${server.url}/imports/template.xlsx?${query}`, {
        headers: client?.token ? { authorization: `Bearer ${client.token}` } : {},
      });
      return {
        status: response.status,
        bytes: Buffer.from(await response.arrayBuffer()),
        type: response.headers.get('content-type'),
      };
    }
    async function template(client: GqlClient, query = `year=${YEAR}`): Promise<ExcelJS.Workbook> {
      const { status, bytes, type } = await download(client, query);
      expect(status).toBe(200);
      expect(type).toBe(XLSX);
      const workbook = await readWorkbook(bytes);
      bytesOf.set(workbook, bytes);
      return workbook;
    }
    async function upload(
      client: GqlClient | null,
      body: Buffer,
      contentType = XLSX,
    ): Promise<{ status: number; body: any; text: string }> {
      const response = await fetch(`${server.url}/imports`, {
        method: 'POST',
        headers: { 'content-type': contentType, ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}) },
        body,
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: the assertion on the body shows it
      }
      return { status: response.status, body: parsed, text };
    }
    async function dryRun(client: GqlClient, workbook: ExcelJS.Workbook): Promise<Report> {
      const result = await upload(client, await toBytes(workbook));
      expect(result.status, result.text).toBe(200);
      return result.body as Report;
    }
    async function counts(): Promise<{ submissions: number; audit: number; versions: string }> {
      const [{ submissions }] = await server.dataSource.query('SELECT count(*)::int AS submissions FROM submission');
      const [{ audit }] = await server.dataSource.query('SELECT count(*)::int AS audit FROM audit_entry');
      const [{ versions }] = await server.dataSource.query(
        `SELECT coalesce(string_agg(id::text || ':' || version, ',' ORDER BY id), '') AS versions FROM submission`,
      );
      return { submissions, audit, versions };
    }
    async function answers(client: GqlClient, kecamatanCode = JATIASIH): Promise<Map<string, any>> {
      const result = await client.request(SUBMISSIONS_QUERY, { year: YEAR, k: kecamatanCode });
      return new Map(result.data.submissions.map((s: any) => [s.indicatorCode, s]));
    }

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      operator = await signedIn(server, 'op-3275-09');
      admin = await signedIn(server, 'admin');
      evaluator = await signedIn(server, 'evaluator');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('builds a template: a row per indicator, the columns its measure type needs, guidance as a comment, lists, current answers and versions', async () => {
      const saved = await operator.request(
        SAVE_MUTATION,
        saveInput('K1-05', { count: 7 }, 0, { note: 'dari posyandu' }),
      );
      expect(saved.data.saveSubmission.__typename).toBe('Submission');
      const workbook = await template(operator);
      expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
        [JATIASIH_SHEET, 'visible'],
        [META_SHEET, 'veryHidden'],
      ]);
      const sheet = workbook.getWorksheet(JATIASIH_SHEET)!;
      expect(sheet.getRow(2).values).toEqual([
        undefined,
        'Kode',
        'Klaster',
        'Indikator',
        'Jenis ukuran',
        'Pembilang',
        'Penyebut',
        'Jumlah',
        'Ya/Tidak',
        'Pilihan',
        'Catatan',
        'Status',
      ]);
      const codes = [];
      for (let r = 3; r <= sheet.rowCount; r += 1) codes.push(sheet.getCell(r, 1).value);
      expect(codes).toHaveLength(24);
      expect(codes.slice(0, 4)).toEqual(['KEL-01', 'KEL-02', 'KEL-03', 'K1-04']);

      const open = (r: number) =>
        ['E', 'F', 'G', 'H', 'I'].filter((c) => sheet.getCell(`${c}${r}`).protection?.locked === false);
      expect(open(rowOf(sheet, 'K1-04'))).toEqual(['E', 'F']);
      expect(open(rowOf(sheet, 'K1-05'))).toEqual(['G']);
      expect(open(rowOf(sheet, 'K2-08'))).toEqual(['H']);
      expect(open(rowOf(sheet, 'KEL-01'))).toEqual(['I']);
      expect((sheet.getCell(`G${rowOf(sheet, 'K1-04')}`).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
      expect(sheet.getCell(`D${rowOf(sheet, 'K1-04')}`).value).toBe('Persentase');

      // ExcelJS does not read comments back: read the comments part of the file itself.
      const zip = await JSZip.loadAsync(bytesOf.get(workbook)!);
      const comments = await zip.file('xl/comments1.xml')!.async('string');
      const [guidance] = (
        await server.dataSource.query(`SELECT guidance FROM indicator WHERE code = 'K1-04' LIMIT 1`)
      ).map((r: any) => r.guidance as string);
      expect(guidance.length).toBeGreaterThan(20);
      expect(comments).toContain(guidance.slice(0, 20).replace(/&/g, '&amp;'));
      expect(comments).toContain('ref="C6"');
      expect(sheet.getCell(`H${rowOf(sheet, 'K2-08')}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Ya,Tidak"'],
      });
      const optionList = sheet.getCell(`I${rowOf(sheet, 'KEL-01')}`).dataValidation;
      expect(optionList.type).toBe('list');
      const meta = workbook.getWorksheet(META_SHEET)!;
      const [, rowRef] = /\$G\$(\d+):/.exec(optionList.formulae![0] as string)!;
      expect(meta.getCell(`F${rowRef}`).value).toBe('KEL-01');
      expect(meta.getCell(`G${rowRef}`).value).toBe('Ada kebijakan, dilaksanakan, dan didukung anggaran');

      // The saved answer is prefilled, and its version is in the identity sheet.
      const k105 = rowOf(sheet, 'K1-05');
      expect([
        sheet.getCell(`G${k105}`).value,
        sheet.getCell(`J${k105}`).value,
        sheet.getCell(`K${k105}`).value,
      ]).toEqual([7, 'dari posyandu', 'Draf']);
      const metaRows: unknown[][] = [];
      meta.eachRow((row, n) => {
        if (n >= 7 && row.getCell(1).value)
          metaRows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]);
      });
      expect(metaRows).toContainEqual([JATIASIH_SHEET, JATIASIH, 'K1-05', 1]);
      expect(metaRows).toContainEqual([JATIASIH_SHEET, JATIASIH, 'K1-04', 0]);
      expect(meta.getCell('B2').value).toBe(YEAR);
      expect(meta.getCell('B3').value).toBe('KLA-24');
    });

    it('dry run reports every bad cell by row and column and changes nothing', async () => {
      const workbook = await template(operator);
      const sheet = workbook.getWorksheet(JATIASIH_SHEET)!;
      const at = (code: string, column: string) => sheet.getCell(`${column}${rowOf(sheet, code)}`);
      at('K1-04', 'E').value = 60;
      at('K1-04', 'F').value = 50; // numerator > denominator
      at('K2-09', 'G').value = 'banyak'; // not a number
      at('K2-08', 'H').value = 'Mungkin'; // not Ya/Tidak
      at('KEL-01', 'I').value = 'Tidak ada pilihan ini';
      at('K1-06', 'G').value = 5; // a percentage has no "Jumlah"
      at('KEL-03', 'G').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue; // formula, no cached value
      at('K2-11', 'G').value = 2.5;
      at('K2-07', 'E').value = 5; // denominator missing
      at('K3-12', 'E').value = -1;
      at('K3-12', 'F').value = 10;
      // Valid rows in the same file: a formula with its cached value counts by that value.
      at('K2-10', 'E').value = 5;
      at('K2-10', 'F').value = { formula: '5*2', result: 10 } as ExcelJS.CellFormulaValue;
      const extra = sheet.getRow(sheet.rowCount + 1);
      extra.getCell('A').value = 'K9-99';
      extra.getCell('G').value = 3;
      const extraRow = extra.number;

      const before = await counts();
      const report = await dryRun(operator, workbook);
      const r = (code: string) => rowOf(sheet, code);
      expect(report.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual(
        [
          [r('KEL-01'), 'I', 'UNKNOWN_OPTION'],
          [r('KEL-03'), 'G', 'FORMULA_WITHOUT_VALUE'],
          [r('K1-04'), 'E', 'NUMERATOR_GT_DENOMINATOR'],
          [r('K1-06'), 'G', 'NOT_APPLICABLE'],
          [r('K2-07'), 'F', 'MISSING_VALUE'],
          [r('K2-08'), 'H', 'WRONG_TYPE'],
          [r('K2-09'), 'G', 'WRONG_TYPE'],
          [r('K2-11'), 'G', 'NOT_A_WHOLE_NUMBER'],
          [r('K3-12'), 'E', 'NEGATIVE'],
          [extraRow, 'A', 'UNKNOWN_INDICATOR'],
        ].map(([row, column, code]) => [JATIASIH_SHEET, row, column, code]),
      );
      expect(report.problems.find((p) => p.code === 'NUMERATOR_GT_DENOMINATOR')).toMatchObject({
        header: 'Pembilang',
        message: expect.stringMatching(/Pembilang tidak boleh lebih besar/),
      });
      expect(report.batchId).toBeNull();
      expect(report.answerCount).toBe(1); // K2-10 would be written
      expect(await counts()).toEqual(before);
    });

    it('imports a good file completely: every answer written, audited, scores updated', async () => {
      const scoreBefore = (await operator.request(SCORE_QUERY, { year: YEAR, k: JATIASIH })).data.kecamatanScore.total;
      const workbook = await template(operator);
      const sheet = workbook.getWorksheet(JATIASIH_SHEET)!;
      const at = (code: string, column: string) => sheet.getCell(`${column}${rowOf(sheet, code)}`);
      at('K1-04', 'E').value = 45;
      at('K1-04', 'F').value = 50;
      at('K1-05', 'G').value = 12; // changes the saved 7
      at('K2-08', 'H').value = 'Ya';
      at('KEL-01', 'I').value = 'Ada kebijakan, dilaksanakan, dan didukung anggaran';
      at('KEL-01', 'J').value = 'Perwal 2025';
      at('KEL-03', 'G').value = '4'; // text that reads as a number
      const before = await counts();
      const report = await dryRun(operator, workbook);
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({
        year: YEAR,
        indicatorSetCode: 'KLA-24',
        kecamatans: [{ code: JATIASIH, name: 'Jatiasih' }],
        answerCount: 5,
      });
      expect(report.batchId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await counts()).toMatchObject({ submissions: before.submissions, audit: before.audit });

      const applied = await operator.request(APPLY, { id: report.batchId });
      expect(applied.data.applySpreadsheetImport).toEqual({
        __typename: 'SpreadsheetImportApplied',
        batchId: report.batchId,
        year: YEAR,
        answerCount: 5,
        kecamatanCodes: [JATIASIH],
      });
      const saved = await answers(operator);
      expect(saved.get('K1-04').answer).toMatchObject({ numerator: 45, denominator: 50 });
      expect(saved.get('K1-05')).toMatchObject({ version: 2, answer: { count: 12 } });
      expect(saved.get('K2-08').answer.yes).toBe(true);
      expect(saved.get('KEL-01')).toMatchObject({ answer: { option: expect.any(String) }, note: 'Perwal 2025' });
      expect(saved.get('KEL-03').answer.count).toBe(4);
      const after = await counts();
      expect(after.submissions).toBe(before.submissions + 4);
      expect(after.audit).toBe(before.audit + 6);
      const audit = await server.dataSource.query(
        `SELECT action, username, after FROM audit_entry ORDER BY id DESC LIMIT 6`,
      );
      expect(audit.map((a: any) => a.action).sort()).toEqual([
        'SPREADSHEET_IMPORTED',
        'SUBMISSION_CREATED',
        'SUBMISSION_CREATED',
        'SUBMISSION_CREATED',
        'SUBMISSION_CREATED',
        'SUBMISSION_UPDATED',
      ]);
      expect(audit.every((a: any) => a.username === 'op-3275-09')).toBe(true);
      const scoreAfter = (await operator.request(SCORE_QUERY, { year: YEAR, k: JATIASIH })).data.kecamatanScore.total;
      expect(scoreAfter).toBeGreaterThan(scoreBefore);
      const [{ total }] = await server.dataSource.query(
        `SELECT sum(score)::float AS total FROM kecamatan_score ks JOIN period p ON p.id = ks."periodId" WHERE p.year = $1 AND ks."kecamatanCode" = $2 AND basis = 'SELF'`,
        [YEAR, JATIASIH],
      );
      expect(total).toBeCloseTo(scoreAfter, 2);

      // Once only; and uploading the same file again finds nothing to change except conflicts.
      const again = await operator.request(APPLY, { id: report.batchId });
      expect(again.data.applySpreadsheetImport).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ field: 'batchId', code: 'ALREADY_APPLIED' }],
      });
      // The admins are told once (the refused second apply adds nothing); the operator is not.
      const INBOX = `{ notifications(first: 100) { items { kind year count link } } }`;
      const imported = async (client: GqlClient) =>
        ((await client.request(INBOX)).data.notifications.items as Array<Record<string, unknown>>).filter(
          (n) => n.kind === 'IMPORT_APPLIED',
        );
      expect(await imported(admin)).toEqual([{ kind: 'IMPORT_APPLIED', year: YEAR, count: 5, link: '/admin/impor' }]);
      expect(await imported(operator)).toEqual([]);
      const reupload = await dryRun(operator, workbook);
      expect(reupload.unchangedCount).toBe(5);
      expect(reupload.answerCount).toBe(0);
      expect(reupload.batchId).toBeNull();
    });

    it('reports an answer changed since the download (stale) or already submitted instead of overwriting it', async () => {
      const workbook = await template(operator);
      const sheet = workbook.getWorksheet(JATIASIH_SHEET)!;
      const at = (code: string, column: string) => sheet.getCell(`${column}${rowOf(sheet, code)}`);
      // Someone saves K1-05 in the form after the download.
      const current = (await answers(operator)).get('K1-05');
      expect(
        (await operator.request(SAVE_MUTATION, saveInput('K1-05', { count: 20 }, current.version))).data.saveSubmission
          .__typename,
      ).toBe('Submission');
      at('K1-05', 'G').value = 13;
      // K1-04 has been submitted meanwhile.
      await server.dataSource.query(
        `UPDATE submission SET status = 'SUBMITTED' WHERE "kecamatanCode" = $1 AND "indicatorId" = (SELECT id FROM indicator WHERE code = 'K1-04' LIMIT 1)`,
        [JATIASIH],
      );
      at('K1-04', 'E').value = 46;
      at('K2-09', 'G').value = 3; // fine on its own
      const report = await dryRun(operator, workbook);
      expect(report.problems.map((p) => [p.row, p.code])).toEqual([
        [rowOf(sheet, 'K1-04'), 'NOT_EDITABLE'],
        [rowOf(sheet, 'K1-05'), 'STALE'],
      ]);
      expect(report.batchId).toBeNull();
      expect((await answers(operator)).get('K1-05').answer.count).toBe(20);
      await server.dataSource.query(
        `UPDATE submission SET status = 'DRAFT' WHERE "kecamatanCode" = $1 AND "indicatorId" = (SELECT id FROM indicator WHERE code = 'K1-04' LIMIT 1)`,
        [JATIASIH],
      );
    });

    it('confirms an answer carried forward from last year: its marker is cleared by the import', async () => {
      const saved = await operator.request(SAVE_MUTATION, saveInput('K5-22', { numerator: 1, denominator: 2 }, 0));
      expect(saved.data.saveSubmission.__typename).toBe('Submission');
      // As carry-forward leaves it: the carried value waits aside, the answer columns are empty.
      await server.dataSource.query(
        `UPDATE submission SET "carriedForwardPending" = true, numerator = NULL, denominator = NULL WHERE id = $1`,
        [saved.data.saveSubmission.id],
      );
      const workbook = await template(operator);
      const sheet = workbook.getWorksheet(JATIASIH_SHEET)!;
      const row = rowOf(sheet, 'K5-22');
      expect(sheet.getCell(`K${row}`).value).toMatch(/Dibawa dari tahun lalu/);
      sheet.getCell(`E${row}`).value = 2;
      sheet.getCell(`F${row}`).value = 4;
      const report = await dryRun(operator, workbook);
      expect(report).toMatchObject({ problems: [], answerCount: 1 });
      expect((await operator.request(APPLY, { id: report.batchId })).data.applySpreadsheetImport.__typename).toBe(
        'SpreadsheetImportApplied',
      );
      const [after] = await server.dataSource.query(
        `SELECT "carriedForwardPending" AS pending, numerator, denominator FROM submission WHERE id = $1`,
        [saved.data.saveSubmission.id],
      );
      expect(after).toEqual({ pending: false, numerator: 2, denominator: 4 });
    });

    it('is all or nothing: when one row changed between the dry run and the import, nothing is written', async () => {
      const workbook = await template(operator);
      const sheet = workbook.getWorksheet(JATIASIH_SHEET)!;
      const at = (code: string, column: string) => sheet.getCell(`${column}${rowOf(sheet, code)}`);
      at('K3-13', 'E').value = 1;
      at('K3-13', 'F').value = 2;
      at('K3-14', 'E').value = 3;
      at('K3-14', 'F').value = 4;
      at('K1-05', 'G').value = 30;
      const report = await dryRun(operator, workbook);
      expect(report).toMatchObject({ problems: [], answerCount: 3 });
      const current = (await answers(operator)).get('K1-05');
      expect(
        (await operator.request(SAVE_MUTATION, saveInput('K1-05', { count: 21 }, current.version))).data.saveSubmission
          .__typename,
      ).toBe('Submission');
      const before = await counts();
      const applied = await operator.request(APPLY, { id: report.batchId });
      expect(applied.data.applySpreadsheetImport).toMatchObject({
        __typename: 'SpreadsheetImportRejected',
        code: 'IMPORT_REJECTED',
        problems: [{ sheet: JATIASIH_SHEET, row: rowOf(sheet, 'K1-05'), code: 'STALE' }],
      });
      expect(await counts()).toEqual(before);
      const saved = await answers(operator);
      expect([saved.has('K3-13'), saved.has('K3-14'), saved.get('K1-05').answer.count]).toEqual([false, false, 21]);
    });

    it('refuses a closed period in the dry run and at apply time', async () => {
      const workbook = await template(operator);
      const sheet = workbook.getWorksheet(JATIASIH_SHEET)!;
      sheet.getCell(`G${rowOf(sheet, 'K4-20')}`).value = 2;
      const report = await dryRun(operator, workbook);
      expect(report.batchId).not.toBeNull();
      const closed = await admin.request(`mutation { closePeriod(year: ${YEAR}, reason: "uji") { __typename } }`);
      expect(closed.data.closePeriod.__typename).toBe('Period');
      try {
        const before = await counts();
        const applied = await operator.request(APPLY, { id: report.batchId });
        expect(applied.data.applySpreadsheetImport).toMatchObject({
          __typename: 'SpreadsheetImportRejected',
          problems: [{ code: 'PERIOD_CLOSED' }],
        });
        expect(await counts()).toEqual(before);
        const again = await dryRun(operator, workbook);
        expect(again.problems.map((p) => [p.sheet, p.row, p.code])).toEqual([[JATIASIH_SHEET, null, 'PERIOD_CLOSED']]);
        expect(again.batchId).toBeNull();
      } finally {
        const reopened = await admin.request(
          `mutation { reopenPeriod(year: ${YEAR}, reason: "uji selesai") { __typename } }`,
        );
        expect(reopened.data.reopenPeriod.__typename).toBe('Period');
      }
    });

    it("refuses another kecamatan's file for an operator; admins import every kecamatan of the city at once", async () => {
      const templatesTaken = async () =>
        (
          await server.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'TEMPLATE_DOWNLOADED'`,
          )
        )[0].n as number;
      const taken = await templatesTaken();
      expect((await download(operator, `year=${YEAR}&kecamatan=${BEKASI_BARAT}`)).status).toBe(403);
      // A refused download is not on the audit trail; a served one is, with who and which scope.
      expect(await templatesTaken()).toBe(taken);
      expect((await download(operator, `year=${YEAR}`)).status).toBe(200);
      expect(await templatesTaken()).toBe(taken + 1);
      const [entry] = await server.dataSource.query(
        `SELECT username, after FROM audit_entry WHERE action = 'TEMPLATE_DOWNLOADED' ORDER BY id DESC LIMIT 1`,
      );
      expect(entry).toMatchObject({ username: 'op-3275-09', after: { year: YEAR } });
      const city = await template(admin);
      const sheets = city.worksheets.filter((s) => s.state === 'visible');
      expect(sheets).toHaveLength(12);
      expect(
        (await template(admin, `year=${YEAR}&city=32.75`)).worksheets
          .filter((s) => s.state === 'visible')
          .map((s) => s.name),
      ).toEqual(sheets.map((s) => s.name));
      const noCity = await download(admin, `year=${YEAR}&city=99.99`);
      expect([noCity.status, JSON.parse(noCity.bytes.toString('utf8')).fieldErrors[0].field]).toEqual([400, 'city']);
      const barat = city.getWorksheet('32.75.02 Bekasi Barat')!;
      barat.getCell(`G${rowOf(barat, 'K1-05')}`).value = 8;
      const jatiasih = city.getWorksheet(JATIASIH_SHEET)!;
      jatiasih.getCell(`G${rowOf(jatiasih, 'K4-20')}`).value = 5;

      const refused = await dryRun(operator, city);
      expect(refused.problems.filter((p) => p.code === 'OTHER_KECAMATAN')).toHaveLength(11);
      expect(refused.problems.find((p) => p.sheet === '32.75.02 Bekasi Barat')).toMatchObject({
        row: null,
        code: 'OTHER_KECAMATAN',
      });
      expect(refused.batchId).toBeNull();

      const report = await dryRun(admin, city);
      expect(report).toMatchObject({ problems: [], answerCount: 2 });
      expect(report.kecamatans.map((k) => k.code)).toHaveLength(12);
      // Only the uploader applies it.
      expect((await operator.request(APPLY, { id: report.batchId })).data.applySpreadsheetImport).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ field: 'batchId', code: 'NOT_FOUND' }],
      });
      const applied = await admin.request(APPLY, { id: report.batchId });
      expect(applied.data.applySpreadsheetImport).toMatchObject({
        __typename: 'SpreadsheetImportApplied',
        answerCount: 2,
      });
      expect((await answers(admin, BEKASI_BARAT)).get('K1-05').answer.count).toBe(8);
      expect((await answers(admin)).get('K4-20').answer.count).toBe(5);
    });

    it('keeps the statements of an import constant however many rows it writes', async () => {
      const fill = async (kecamatanCodes: string[], rows: number) => {
        const workbook = await template(admin);
        for (const sheet of workbook.worksheets.filter((s) => kecamatanCodes.some((code) => s.name.startsWith(code)))) {
          let written = 0;
          for (let r = 3; r <= sheet.rowCount && written < rows; r += 1) {
            const measure = sheet.getCell(`D${r}`).value;
            if (measure !== 'Jumlah') continue;
            if (sheet.getCell(`G${r}`).value != null) continue;
            sheet.getCell(`G${r}`).value = 1;
            written += 1;
          }
        }
        const report = await dryRun(admin, workbook);
        expect(report.problems).toEqual([]);
        server.queries.reset();
        const applied = await admin.request(APPLY, { id: report.batchId });
        expect(applied.data.applySpreadsheetImport.__typename).toBe('SpreadsheetImportApplied');
        return { count: server.queries.count, written: applied.data.applySpreadsheetImport.answerCount };
      };
      const small = await fill(['32.75.03'], 1);
      const large = await fill(['32.75.04', '32.75.05', '32.75.06', '32.75.07', '32.75.08', '32.75.10'], 5);
      expect(small.written).toBe(1);
      expect(large.written).toBe(30);
      expect(large.count).toBe(small.count);
    });

    it('lets only operators and admins import: evaluators, API tokens and anonymous callers are refused', async () => {
      const workbook = await template(operator);
      const bytes = await toBytes(workbook);
      expect((await upload(evaluator, bytes)).body).toMatchObject({ code: 'NOT_ALLOWED' });
      expect((await upload(evaluator, bytes)).status).toBe(403);
      expect((await upload(null, bytes)).status).toBe(401);
      const integrator = await integratorClient(server, admin, 'Satu Data');
      const byToken = await upload(integrator, bytes);
      expect([byToken.status, byToken.body.code]).toEqual([403, 'NOT_ALLOWED']);
      const applied = await integrator.request(APPLY, { id: '00000000-0000-4000-8000-000000000000' });
      expect(applied.data.applySpreadsheetImport.__typename).toBe('NotAllowedError');
      const byEvaluator = await evaluator.request(APPLY, { id: '00000000-0000-4000-8000-000000000000' });
      expect(byEvaluator.data.applySpreadsheetImport.__typename).toBe('NotAllowedError');
      expect((await download(null, `year=${YEAR}`)).status).toBe(401);

      // An operator whose password an admin set must change it first.
      const created = await admin.request(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename } }`,
        {
          input: {
            username: 'op-jatiasih-impor',
            displayName: 'Operator Impor',
            role: 'OPERATOR',
            kecamatanCode: JATIASIH,
            password: 'Impor-Jatiasih-2026',
          },
        },
      );
      expect(created.data.createUser.__typename).toBe('UserAccount');
      const fresh = await new GqlClient(server).login('op-jatiasih-impor', 'Impor-Jatiasih-2026');
      const refused = await upload(fresh, bytes);
      expect([refused.status, refused.body.code]).toEqual([403, 'NOT_ALLOWED']);
      expect(refused.body.message).toMatch(/change it/);
    });

    it('refuses hostile uploads with a JSON reason and no stack trace', async () => {
      const empty = await upload(operator, Buffer.alloc(0));
      expect([empty.status, empty.body?.code]).toEqual([400, 'EMPTY_FILE']);
      const text = await upload(operator, Buffer.from('Kode,Klaster\nK1-04,K1\n'));
      expect([text.status, text.body?.code]).toEqual([415, 'NOT_XLSX']);
      const wrongType = await upload(operator, Buffer.from('x'), 'text/plain');
      expect([wrongType.status, wrongType.body?.code]).toEqual([415, 'NOT_XLSX']);
      const huge = await upload(operator, Buffer.alloc(3 * 1024 * 1024, 1));
      expect([huge.status, huge.body?.code]).toEqual([413, 'TOO_LARGE']);
      expect(huge.text).not.toMatch(/at \w+ \(/);
      const bomb = await upload(operator, zipBomb(200 * 1024 * 1024));
      expect([bomb.status, bomb.body?.code]).toEqual([413, 'TOO_LARGE']);
      const brokenZip = await upload(
        operator,
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]),
      );
      expect([brokenZip.status, brokenZip.body?.code]).toEqual([415, 'NOT_XLSX']);

      // A real workbook that is not a KECALA template.
      const plain = new ExcelJS.Workbook();
      plain.addWorksheet('Sheet1').getCell('A1').value = 'halo';
      const notTemplate = await dryRun(operator, plain);
      expect(notTemplate.problems.map((p) => p.code)).toEqual(['NOT_A_TEMPLATE']);

      // Too many rows on a sheet.
      const long = await template(operator);
      const sheet = long.getWorksheet(JATIASIH_SHEET)!;
      sheet.getCell('A1500').value = 'x';
      const tooLong = await dryRun(operator, long);
      expect(tooLong.problems.map((p) => [p.sheet, p.code])).toEqual([[JATIASIH_SHEET, 'TOO_MANY_ROWS']]);

      // Cross-site posts with the cookie are refused.
      const crossSite = await fetch(`${server.url}/imports`, {
        method: 'POST',
        headers: { 'content-type': XLSX, origin: 'https://evil.example', authorization: `Bearer ${operator.token}` },
        body: await toBytes(long),
      });
      expect(crossSite.status).toBe(403);
    });
  });
}

await defineSpreadsheetSuite('postgres');
await defineSpreadsheetSuite('embedded');
