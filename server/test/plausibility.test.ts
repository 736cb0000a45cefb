import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlausibility } from '@kecala/domain';
import { GqlClient, signInDemoUsers, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { BEKASI_BARAT, JATIASIH, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';

const REAL = YEAR - 3; // the previous real year
const DEMO = YEAR - 1; // a generated demo year in between: never counts

const PREVIOUS = `previousYear { indicatorCode year state points answer { numerator denominator count yes option } }`;
const WARNINGS = `plausibility { code message messageEn }`;
const SAVE = `mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) {
  __typename
  ... on Submission { id version indicatorCode plausibilityNote ${WARNINGS} ${PREVIOUS} }
  ... on ValidationError { fieldErrors { field code message } }
  ... on ErrorResult { code message }
} }`;
const LIST = `query ($year: Int!, $k: String!) { submissions(year: $year, kecamatanCode: $k) {
  indicatorCode plausibilityNote ${WARNINGS} ${PREVIOUS} } }`;
const PREVIOUS_ANSWERS = `query ($year: Int!, $k: String!) { previousYearAnswers(year: $year, kecamatanCode: $k) {
  indicatorCode year state points answer { numerator denominator count yes } } }`;
const QUEUE = `query ($filter: SubmissionQueueFilter!) { submissionQueue(filter: $filter) {
  kecamatanCode indicatorCode plausibilityNote ${WARNINGS} } }`;
const HISTORY = `query ($id: ID!) { submissionHistory(submissionId: $id) { action before after } }`;
const RULE = 'plausibility { min max maxChangePercent maxDenominatorChangePercent }';
const CLUSTERS = `query ($year: Int!) { clusters(year: $year) { indicators { code ${RULE} } } }`;
const UPDATE = `mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) {
  __typename ... on Indicator { code ${RULE} } ... on ValidationError { fieldErrors { field code message } } } }`;
const DETAIL = `query ($code: String!) { indicatorSetDetail(code: $code) { clusters { indicators { code ${RULE} } } } }`;

/** K2-07 (child marriage, PERCENTAGE) of a set, with every field the editor sends. */
const childMarriageInput = (setCode: string, plausibility?: Record<string, unknown> | null) => ({
  input: {
    setCode,
    indicatorCode: 'K2-07',
    name: 'Persentase Perkawinan Anak',
    shortName: 'Perkawinan Anak',
    nameEn: 'Child marriage',
    guidance: 'Perkawinan di bawah 19 tahun / perkawinan tercatat.',
    measureType: 'PERCENTAGE',
    direction: 'LOWER_IS_BETTER',
    clusterCode: 'K2',
    maxPoints: 30,
    scoringRule: {
      type: 'BANDS',
      noCasesPoints: 30,
      bands: [
        { max: 0, points: 30 },
        { max: 1, points: 20 },
        { max: 3, points: 10 },
        { max: 5, points: 5 },
      ],
    },
    numeratorLabel: 'Perkawinan anak',
    denominatorLabel: 'Perkawinan tercatat',
    unit: null,
    ...(plausibility !== undefined ? { plausibility } : {}),
  },
});

const available = await serverPostgresAvailable();

for (const backend of ['postgres', 'embedded'] as Backend[]) {
  describe.skipIf(backend === 'postgres' && !available)(
    `last year beside each answer, plausibility (${backend})`,
    () => {
      let server: TestServer;
      let operator: GqlClient;
      let otherOperator: GqlClient;
      let evaluator: GqlClient;
      let admin: GqlClient;
      const versions = new Map<string, number>();

      async function previousSubmission(
        periodId: string,
        code: string,
        status: string,
        entered: Record<string, unknown>,
        verified: Record<string, unknown> | null,
      ) {
        const [indicator] = await server.dataSource.query(
          `SELECT i.id FROM indicator i JOIN indicator_set s ON s.id = i."indicatorSetId" WHERE s.code = 'KLA-24' AND i.code = $1`,
          [code],
        );
        const v = verified ?? {};
        await server.dataSource.query(
          `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", numerator, denominator, count, yes, status, version,
           "verifiedNumerator", "verifiedDenominator", "verifiedCount", "verifiedYes")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 3, $10, $11, $12, $13)`,
          [
            randomUUID(),
            periodId,
            JATIASIH,
            indicator.id,
            entered.numerator ?? null,
            entered.denominator ?? null,
            entered.count ?? null,
            entered.yes ?? null,
            status,
            v.numerator ?? null,
            v.denominator ?? null,
            v.count ?? null,
            v.yes ?? null,
          ],
        );
      }

      async function save(code: string, answer: Record<string, unknown> | null, extra: Record<string, unknown> = {}) {
        const result = (await operator.request(SAVE, saveInput(code, answer, versions.get(code) ?? 0, extra))).data
          .saveSubmission;
        if (result.__typename === 'Submission') versions.set(code, result.version);
        return result;
      }

      beforeAll(async () => {
        server = await startTestServer(backend, { now: TEST_NOW });
        ({ operator, otherOperator, evaluator, admin } = await signInDemoUsers(server));
        const [{ id: setId }] = await server.dataSource.query(`SELECT id FROM indicator_set WHERE code = 'KLA-24'`);
        const real = randomUUID();
        const demo = randomUUID();
        await server.dataSource.query(
          `INSERT INTO period (id, year, status, "indicatorSetId", demo) VALUES ($1, $2, 'CLOSED', $3, false), ($4, $5, 'CLOSED', $3, true)`,
          [real, REAL, setId, demo, DEMO],
        );
        await previousSubmission(real, 'K1-05', 'VERIFIED', { count: 6 }, { count: 5 });
        await previousSubmission(
          real,
          'K2-07',
          'VERIFIED',
          { numerator: 5, denominator: 450 },
          { numerator: 5, denominator: 450 },
        );
        await previousSubmission(real, 'K1-04', 'SUBMITTED', { numerator: 90, denominator: 100 }, null);
        await previousSubmission(real, 'K3-17', 'VERIFIED', { yes: true }, { yes: true });
        await previousSubmission(demo, 'K1-05', 'VERIFIED', { count: 99 }, { count: 99 });
      });

      afterAll(async () => {
        await server?.close();
      });

      it('seeds default plausibility rules (K2-07: at most 20 %) and none for yes/no and options', async () => {
        const clusters = (await operator.request(CLUSTERS, { year: YEAR })).data.clusters;
        const byCode = new Map(clusters.flatMap((c: any) => c.indicators).map((i: any) => [i.code, i.plausibility]));
        expect(byCode.get('K2-07')).toEqual({
          min: 0,
          max: 20,
          maxChangePercent: 200,
          maxDenominatorChangePercent: 50,
        });
        expect(byCode.get('K2-08')).toBeNull();
        expect(byCode.get('KEL-01')).toBeNull();
      });

      it("shows last real year's verified answer and points beside this year's (the demo year never counts)", async () => {
        expect((await save('K1-05', { count: 5 })).previousYear).toEqual({
          indicatorCode: 'K1-05',
          year: REAL,
          state: 'VERIFIED',
          points: 40,
          answer: { numerator: null, denominator: null, count: 5, yes: null, option: null },
        });
        const previous = (await operator.request(PREVIOUS_ANSWERS, { year: YEAR, k: JATIASIH })).data
          .previousYearAnswers;
        expect(previous.map((p: any) => [p.indicatorCode, p.year, p.state])).toEqual([
          ['K1-04', REAL, 'SUBMITTED'],
          ['K1-05', REAL, 'VERIFIED'],
          ['K2-07', REAL, 'VERIFIED'],
          ['K3-17', REAL, 'VERIFIED'],
        ]);
        expect(previous[0].answer).toEqual({ numerator: 90, denominator: 100, count: null, yes: null });
      });

      it("refuses another kecamatan's previous answers to an operator", async () => {
        const refused = await otherOperator.request(PREVIOUS_ANSWERS, { year: YEAR, k: JATIASIH });
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const own = await otherOperator.request(PREVIOUS_ANSWERS, { year: YEAR, k: BEKASI_BARAT });
        expect(own.data.previousYearAnswers).toEqual([]);
      });

      it('accepts an implausible value with warnings computed by the shared rule (never blocked)', async () => {
        const saved = await save('K2-07', { numerator: 312, denominator: 450 });
        expect(saved.__typename).toBe('Submission');
        const expected = checkPlausibility(
          {
            measureType: 'PERCENTAGE',
            plausibilityRule: { min: 0, max: 20, maxChangePercent: 200, maxDenominatorChangePercent: 50 },
          },
          { numerator: 312, denominator: 450 },
          { year: REAL, answer: { numerator: 5, denominator: 450 } },
        );
        expect(saved.plausibility).toEqual(expected);
        expect(saved.plausibility.map((w: any) => w.code)).toEqual(['ABOVE_MAX', 'CHANGE_TOO_LARGE']);
        expect(saved.plausibility[1].message).toBe(`naik 6.146 % dari ${REAL} (1,11 % → 69,33 %)`);
        expect((await save('K1-05', { count: 6 })).plausibility).toEqual([]);
      });

      it('stores the operator’s confirmation note with the answer, audited, and shows it to the evaluator', async () => {
        const saved = await save(
          'K2-07',
          { numerator: 312, denominator: 450 },
          { plausibilityNote: 'Benar: data KUA, termasuk dispensasi kawin' },
        );
        expect(saved.plausibilityNote).toBe('Benar: data KUA, termasuk dispensasi kawin');
        const history = (await evaluator.request(HISTORY, { id: saved.id })).data.submissionHistory;
        expect(history.at(-1).after.plausibilityNote).toBe('Benar: data KUA, termasuk dispensasi kawin');
        expect(history.at(-1).before.plausibilityNote).toBeNull();

        const queue = (
          await evaluator.request(QUEUE, { filter: { year: YEAR, statuses: ['DRAFT'], kecamatanCode: JATIASIH } })
        ).data.submissionQueue;
        const row = queue.find((s: any) => s.indicatorCode === 'K2-07');
        expect(row.plausibilityNote).toBe('Benar: data KUA, termasuk dispensasi kawin');
        expect(row.plausibility.map((w: any) => w.code)).toEqual(['ABOVE_MAX', 'CHANGE_TOO_LARGE']);

        const cleared = await save('K2-07', { numerator: 4, denominator: 450 }, { plausibilityNote: '  ' });
        expect(cleared.plausibilityNote).toBeNull();
        expect(cleared.plausibility).toEqual([]);
      });

      it('refuses a hostile note naming the field, and another kecamatan’s operator', async () => {
        const long = await save('K2-07', { numerator: 312, denominator: 450 }, { plausibilityNote: 'x'.repeat(2001) });
        expect(long.fieldErrors).toEqual([expect.objectContaining({ field: 'plausibilityNote', code: 'TOO_LONG' })]);
        const control = await save('K2-07', null, { plausibilityNote: 'a\u0000b' });
        expect(control.fieldErrors).toEqual([
          expect.objectContaining({ field: 'plausibilityNote', code: 'INVALID_CHARACTERS' }),
        ]);
        const other = await otherOperator.request(
          SAVE,
          saveInput('K2-07', { numerator: 1, denominator: 2 }, versions.get('K2-07')!, {
            plausibilityNote: 'bukan milik saya',
          }),
        );
        expect(other.data.saveSubmission.__typename).toBe('NotAllowedError');
      });

      it('keeps statements per request constant however many answers carry last year and warnings', async () => {
        const statementsFor = async () => {
          server.queries.reset();
          const result = await operator.request(LIST, { year: YEAR, k: JATIASIH });
          expect(result.errors).toBeUndefined();
          return server.queries.count;
        };
        const few = await statementsFor();
        for (const code of ['K1-04', 'K3-17', 'KEL-03', 'K3-12']) {
          const answer =
            code === 'K3-17' ? { yes: true } : code === 'KEL-03' ? { count: 3 } : { numerator: 9, denominator: 10 };
          await save(code, answer);
        }
        const list = (await operator.request(LIST, { year: YEAR, k: JATIASIH })).data.submissions;
        expect(list.filter((s: any) => s.previousYear).map((s: any) => s.indicatorCode)).toEqual([
          'K1-04',
          'K1-05',
          'K2-07',
          'K3-17',
        ]);
        expect(await statementsFor()).toBe(few);
      });

      it('edits rules in the instrument editor: round trip, kept when omitted, cleared by null, bad rules named', async () => {
        const copied = await admin.request(
          `mutation { copyIndicatorSet(input: { sourceCode: "KLA-24", code: "KLA-P", name: "Plausibility" }) { __typename } }`,
        );
        expect(copied.data.copyIndicatorSet.__typename).toBe('IndicatorSetOverview');
        const rule = { min: 0, max: 15, maxChangePercent: 150, maxDenominatorChangePercent: null };
        const saved = (await admin.request(UPDATE, childMarriageInput('KLA-P', rule))).data.updateIndicator;
        expect(saved).toEqual({ __typename: 'Indicator', code: 'K2-07', plausibility: rule });
        const kept = (await admin.request(UPDATE, childMarriageInput('KLA-P'))).data.updateIndicator;
        expect(kept.plausibility).toEqual(rule);
        const detail = (await admin.request(DETAIL, { code: 'KLA-P' })).data.indicatorSetDetail;
        const k207 = detail.clusters.flatMap((c: any) => c.indicators).find((i: any) => i.code === 'K2-07');
        expect(k207.plausibility).toEqual(rule);

        const bad = async (plausibility: Record<string, unknown>) =>
          (await admin.request(UPDATE, childMarriageInput('KLA-P', plausibility))).data.updateIndicator.fieldErrors.map(
            (e: any) => [e.field, e.code],
          );
        expect(await bad({ min: 30, max: 20 })).toEqual([['plausibility.min', 'MIN_GT_MAX']]);
        expect(await bad({ maxDenominatorChangePercent: -10 })).toEqual([
          ['plausibility.maxDenominatorChangePercent', 'NEGATIVE'],
        ]);
        expect(await bad({ max: 250 })).toEqual([['plausibility.max', 'OUT_OF_RANGE']]);
        const notNumber = await admin.request(UPDATE, childMarriageInput('KLA-P', { min: 'lots' }));
        expect(notNumber.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect((await admin.request(UPDATE, childMarriageInput('KLA-P'))).data.updateIndicator.plausibility).toEqual(
          rule,
        );

        const cleared = (await admin.request(UPDATE, childMarriageInput('KLA-P', null))).data.updateIndicator;
        expect(cleared.plausibility).toBeNull();
        const refusedOperator = await operator.request(UPDATE, childMarriageInput('KLA-P', rule));
        expect(refusedOperator.data?.updateIndicator ?? refusedOperator.errors?.[0]?.extensions?.code).toBeTruthy();
        expect(refusedOperator.data?.updateIndicator?.__typename).not.toBe('Indicator');
      });

      it('puts the warnings in words and the operator’s note in the kecamatan export', async () => {
        await save('K2-07', { numerator: 312, denominator: 450 }, { plausibilityNote: 'Data KUA diperiksa ulang' });
        const response = await fetch(`${server.url}/exports/kecamatan/${JATIASIH}.xlsx?year=${YEAR}`, {
          headers: { authorization: `Bearer ${evaluator.token}` },
        });
        expect(response.status).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
        const sheet = workbook.getWorksheet('K2')!;
        const header = (sheet.getRow(1).values as unknown[]).slice(1);
        const column = header.indexOf('Kewajaran') + 1;
        expect(column).toBeGreaterThan(0);
        let cell: unknown;
        sheet.eachRow((row) => {
          if (row.getCell(2).value === 'K2-07') cell = row.getCell(column).value;
        });
        expect(cell).toBe(
          `69,33 % di atas batas wajar 20 %\nnaik 6.146 % dari ${REAL} (1,11 % → 69,33 %)\nCatatan operator: Data KUA diperiksa ulang`,
        );
      });
    },
  );
}
