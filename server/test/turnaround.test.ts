import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, signInDemoUsers, startTestServer, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { JATIASIH, TEST_NOW, YEAR, wib } from './support/fixtures.js';
import { REOPEN_MUTATION, RETURN_MUTATION, ReviewWorkflow, VERIFY_MUTATION } from './support/review-workflow.js';
import { attachRequiredEvidence } from './support/direct-rows.js';

const FIGURE = `count medianWorkDays p90WorkDays withinOneWorkDayShare waiting oldestWaitingWorkDays`;
const GROUP = `code name decision { ${FIGURE} } resubmission { ${FIGURE} }`;
const TURNAROUND = `query ($year: Int!, $k: String, $c: String) { turnaround(year: $year, kecamatanCode: $k, clusterCode: $c) {
  year overall { ${GROUP} } byKecamatan { ${GROUP} } byCluster { ${GROUP} } byEvaluator { ${GROUP} } } }`;
const SET_HOLIDAY = `mutation ($input: HolidayInput!) { setHoliday(input: $input) {
  __typename ... on Holiday { date name kind source } ... on ValidationError { fieldErrors { field code } } } }`;
const DELETE_HOLIDAY = `mutation ($date: String!) { deleteHoliday(date: $date) {
  __typename ... on HolidayDeleted { date } ... on ValidationError { fieldErrors { field code } } } }`;
const HOLIDAYS = `query ($year: Int) { holidays(year: $year) { date name kind source } }`;

// The chains, in WIB (18–24 March 2026 are Nyepi, Idul Fitri and cuti bersama; 14–15 and 21–22 weekends):
// K1-04 submitted Fri 13th 16:00, returned Mon 16th 10:00 (0.75), resubmitted Wed 25th 12:00
//       (14 h + 24 h + 12 h = 2.08), verified Wed 25th 18:00 (0.25);
// K1-05 submitted Fri 13th 16:00, verified Tue 17th 16:00 (8 h + 24 h + 16 h = 2.00);
// K1-06 submitted Fri 13th 16:00, verified Mon 16th 09:00 (0.71), reopened Tue 17th 09:00, still
//       waiting at "now", Wed 25th 09:00 (15 h + 9 h = 1.00).
const TIMES: Record<string, string[]> = {
  'K1-04': ['2026-03-13T16:00:00', '2026-03-16T10:00:00', '2026-03-25T12:00:00', '2026-03-25T18:00:00'],
  'K1-05': ['2026-03-13T16:00:00', '2026-03-17T16:00:00'],
  'K1-06': ['2026-03-13T16:00:00', '2026-03-16T09:00:00', '2026-03-17T09:00:00'],
};
const NOW = wib('2026-03-25T09:00:00');

const available = await serverPostgresAvailable();

describe.skipIf(!available)('turnaround figures and holidays', () => {
  let server: TestServer;
  let operator: GqlClient;
  let otherOperator: GqlClient;
  let evaluator: GqlClient;
  let admin: GqlClient;
  let workflow: ReviewWorkflow;

  beforeAll(async () => {
    server = await startTestServer('postgres', { now: TEST_NOW, clock: () => NOW });
    ({ operator, otherOperator, evaluator, admin } = await signInDemoUsers(server));
    workflow = new ReviewWorkflow(operator, evaluator);
  });
  afterAll(async () => {
    await server?.close();
  });

  /**
   * Puts the workflow events of each indicator at the times of the chains above: the workflow ran
   * for real; only its recorded times move to a fixed calendar (the append-only trigger is lifted
   * for this one transaction of the test).
   */
  async function placeEvents() {
    const runner = server.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_immutable`);
    for (const [code, times] of Object.entries(TIMES)) {
      const rows: Array<{ id: string }> = await runner.query(
        `SELECT id FROM audit_entry WHERE "entityType" = 'Submission' AND "entityId" = $1
           AND action IN ('SUBMISSION_SUBMITTED', 'SUBMISSION_RETURNED', 'SUBMISSION_VERIFIED', 'SUBMISSION_REOPENED')
         ORDER BY id`,
        [workflow.idOf(code)],
      );
      expect(rows).toHaveLength(times.length);
      for (const [i, row] of rows.entries())
        await runner.query(`UPDATE audit_entry SET at = $2 WHERE id = $1`, [row.id, wib(times[i])]);
    }
    await runner.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_immutable`);
    await runner.commitTransaction();
    await runner.release();
  }

  it('seeds 2025–2027 holidays with their source', async () => {
    const { data } = await evaluator.request(HOLIDAYS, { year: 2026 });
    expect(data.holidays).toHaveLength(25);
    expect(data.holidays).toContainEqual(
      expect.objectContaining({
        date: '2026-03-20',
        kind: 'CUTI_BERSAMA',
        source: expect.stringContaining('1497/2025'),
      }),
    );
    expect((await evaluator.request(HOLIDAYS, { year: 2027 })).data.holidays.length).toBeGreaterThan(10);
  });

  it('computes decision and resubmission figures over weekends, holidays, a return chain and a reopened verification', async () => {
    await workflow.save('K1-04', { numerator: 95, denominator: 100 });
    await workflow.save('K1-05', { count: 3 });
    await workflow.save('K1-06', { numerator: 6, denominator: 6 });
    await attachRequiredEvidence(server.dataSource, JATIASIH);
    await workflow.submit(['K1-04', 'K1-05', 'K1-06']);
    await workflow.review(RETURN_MUTATION, 'K1-04', { reason: 'Penyebut tidak sesuai data Dukcapil' });
    await workflow.review(VERIFY_MUTATION, 'K1-05');
    await workflow.review(VERIFY_MUTATION, 'K1-06');
    await workflow.review(REOPEN_MUTATION, 'K1-06', { reason: 'Bukti dukung perlu dicek ulang' });
    await workflow.save('K1-04', { numerator: 95, denominator: 101 });
    await workflow.submit(['K1-04']);
    await workflow.review(VERIFY_MUTATION, 'K1-04');
    await placeEvents();

    const { data, errors } = await evaluator.request(TURNAROUND, { year: YEAR });
    expect(errors).toBeUndefined();
    const { overall } = data.turnaround;
    expect(overall.decision).toEqual({
      count: 4,
      medianWorkDays: 0.73,
      p90WorkDays: 2,
      withinOneWorkDayShare: 0.75,
      waiting: 1,
      oldestWaitingWorkDays: 1,
    });
    expect(overall.resubmission).toEqual({
      count: 1,
      medianWorkDays: 2.08,
      p90WorkDays: 2.08,
      withinOneWorkDayShare: 0,
      waiting: 0,
      oldestWaitingWorkDays: null,
    });
    expect(data.turnaround.byKecamatan.map((g: any) => [g.code, g.decision.count])).toEqual([[JATIASIH, 4]]);
    expect(data.turnaround.byCluster.map((g: any) => [g.code, g.decision.count])).toEqual([['K1', 4]]);
    expect(data.turnaround.byEvaluator.map((g: any) => [g.code, g.decision.count, g.resubmission.count])).toEqual([
      ['evaluator', 4, 1],
    ]);
  });

  it('puts the figures in the Excel exports ("Waktu tanggap")', async () => {
    const response = await fetch(`${server.url}/exports/kecamatan/${JATIASIH}.xlsx?year=${YEAR}`, {
      headers: { authorization: `Bearer ${evaluator.token}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Waktu tanggap')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0].slice(0, 5)).toEqual([
      'Kelompok',
      'Kode',
      'Nama',
      'Keputusan: jumlah',
      'Keputusan: median (hari kerja)',
    ]);
    expect(rows[1].slice(0, 8)).toEqual(['Semua', '', `Semua, tahun ${YEAR}`, 4, 0.73, 2, 75, 1]);
    expect(rows.map((r) => r[0])).toEqual(['Kelompok', 'Semua', 'Kecamatan', 'Klaster', 'Evaluator']);
  });

  it('follows the holidays as data: deleting one makes that day count', async () => {
    expect((await admin.request(DELETE_HOLIDAY, { date: '2026-03-18' })).data.deleteHoliday).toEqual({
      __typename: 'HolidayDeleted',
      date: '2026-03-18',
    });
    const { data } = await evaluator.request(TURNAROUND, { year: YEAR, k: JATIASIH, c: 'K1' });
    expect(data.turnaround.overall.resubmission.medianWorkDays).toBe(3.08);
    expect(data.turnaround.overall.decision.oldestWaitingWorkDays).toBe(2);
    const restored = await admin.request(SET_HOLIDAY, {
      input: { date: '2026-03-18', name: 'Cuti bersama Nyepi', kind: 'CUTI_BERSAMA', source: 'SKB 1497/2025' },
    });
    expect(restored.data.setHoliday).toMatchObject({ __typename: 'Holiday', date: '2026-03-18' });
    const audit = await server.dataSource.query(
      `SELECT action FROM audit_entry WHERE "entityType" = 'Holiday' AND "entityId" = '2026-03-18' ORDER BY id`,
    );
    expect(audit.map((a: any) => a.action)).toEqual(['HOLIDAY_DELETED', 'HOLIDAY_SET']);
  });

  it('refuses malformed, out-of-range and hostile holidays naming the field; only admins edit', async () => {
    const refused = async (input: Record<string, unknown>) =>
      (await admin.request(SET_HOLIDAY, { input: { name: 'Libur', kind: 'NATIONAL', ...input } })).data.setHoliday;
    expect(await refused({ date: '2026-02-30' })).toMatchObject({
      fieldErrors: [{ field: 'date', code: 'INVALID_DATE' }],
    });
    expect(await refused({ date: '1999-12-31' })).toMatchObject({
      fieldErrors: [{ field: 'date', code: 'OUT_OF_RANGE' }],
    });
    expect(await refused({ date: "2026-01-01'; DROP TABLE holiday; --" })).toMatchObject({
      fieldErrors: [{ field: 'date', code: 'INVALID_DATE' }],
    });
    expect(await refused({ date: '2026-07-01', name: '  ' })).toMatchObject({
      fieldErrors: [{ field: 'name', code: 'REQUIRED' }],
    });
    expect(await refused({ date: '2026-07-01', name: 'x'.repeat(121) })).toMatchObject({
      fieldErrors: [{ field: 'name', code: 'TOO_LONG' }],
    });
    expect(await refused({ date: '2026-07-01', name: 'a\u0000b' })).toMatchObject({
      fieldErrors: [{ field: 'name', code: 'INVALID_CHARACTERS' }],
    });
    expect((await admin.request(DELETE_HOLIDAY, { date: '2026-07-01' })).data.deleteHoliday).toMatchObject({
      fieldErrors: [{ field: 'date', code: 'NOT_FOUND' }],
    });
    const byEvaluator = await evaluator.request(SET_HOLIDAY, {
      input: { date: '2026-07-01', name: 'X', kind: 'NATIONAL' },
    });
    expect(byEvaluator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await evaluator.request(HOLIDAYS, { year: 2026 })).data.holidays).toHaveLength(25);
  });

  it("gives an operator its own kecamatan's figures only, without evaluators", async () => {
    const own = await operator.request(TURNAROUND, { year: YEAR });
    expect(own.data.turnaround.overall.decision.count).toBe(4);
    expect(own.data.turnaround.byEvaluator).toEqual([]);
    const other = await otherOperator.request(TURNAROUND, { year: YEAR, k: JATIASIH });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const empty = await otherOperator.request(TURNAROUND, { year: YEAR });
    expect(empty.data.turnaround.overall.decision).toMatchObject({ count: 0, medianWorkDays: null, waiting: 0 });
  });

  it('reads the figures in constant statements whatever the number of submissions', async () => {
    server.queries.reset();
    await evaluator.request(TURNAROUND, { year: YEAR });
    const reads = server.queries.statements.filter((s) => /turnaround|audit_entry|holiday|app_user/i.test(s));
    expect(reads.length).toBeLessThanOrEqual(3);
  });
});
