import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDatabase } from '../src/database/seed/seed.js';
import { readIndicatorSetSeed } from '../src/database/seed/seed-files.js';
import { GqlClient, signedIn, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { describeOn } from './support/backends.js';
import { JATIASIH, TEST_NOW, YEAR } from './support/fixtures.js';

const ENGLISH = `shortName shortNameEn guidance guidanceEn numeratorLabel numeratorLabelEn denominatorLabel denominatorLabelEn unit unitEn`;
const CLUSTERS = `query ($year: Int!) { clusters(year: $year) { code indicators { code ${ENGLISH} options { label labelEn } evidenceRequirements { label labelEn } } } }`;
const DETAIL = `query ($code: String!) { indicatorSetDetail(code: $code) { clusters { indicators { code ${ENGLISH} } } } }`;
const FIELD_ERRORS = `... on ValidationError { message fieldErrors { field code message } }`;
const COPY = `mutation ($input: CopyIndicatorSetInput!) { copyIndicatorSet(input: $input) { __typename } }`;
const UPDATE = `mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { __typename ... on Indicator { code ${ENGLISH} } ${FIELD_ERRORS} } }`;
const ADD = `mutation ($input: AddIndicatorInput!) { addIndicator(input: $input) { __typename ... on Indicator { code ${ENGLISH} } ${FIELD_ERRORS} } }`;

/** K1-04 of KLA-24 (PERCENTAGE, 50 points) with every text, Bahasa and English. */
const k104Input = (setCode: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    setCode,
    indicatorCode: 'K1-04',
    name: 'Persentase anak yang memiliki kutipan akta kelahiran',
    shortName: 'Akta Kelahiran',
    shortNameEn: '  Birth registration  ',
    nameEn: 'Children with a birth certificate',
    guidance: 'Hitung anak yang memiliki akta.',
    guidanceEn: 'Count the children with a certificate.',
    measureType: 'PERCENTAGE',
    direction: 'HIGHER_IS_BETTER',
    clusterCode: 'K1',
    maxPoints: 50,
    scoringRule: { type: 'BANDS', bands: [{ min: 0, max: null, points: 50 }], noCasesPoints: null },
    numeratorLabel: 'Anak dengan akta',
    numeratorLabelEn: 'Children with a certificate',
    denominatorLabel: 'Jumlah anak',
    denominatorLabelEn: '',
    unit: null,
    unitEn: null,
    ...overrides,
  },
});

async function defineEnglishSuite(backend: Backend) {
  await describeOn(backend, 'English indicator texts', () => {
    let server: TestServer;
    let admin: GqlClient;
    let operator: GqlClient;

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      admin = await signedIn(server, 'admin');
      operator = await signedIn(server, 'op-3275-09');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('seeds an English text beside every Bahasa text of KLA-24, shown to every signed-in user', async () => {
      const { data } = await operator.request(CLUSTERS, { year: YEAR });
      const indicators = data.clusters.flatMap((c: any) => c.indicators);
      expect(indicators).toHaveLength(24);
      for (const i of indicators) {
        for (const field of ['shortName', 'guidance', 'numeratorLabel', 'denominatorLabel', 'unit']) {
          expect(i[`${field}En`] == null, `${i.code}.${field}En`).toBe(i[field] == null);
          if (i[field]) expect(i[`${field}En`], `${i.code}.${field}En`).not.toBe(i[field]);
        }
        for (const o of i.options) expect(o.labelEn, `${i.code} option`).toBeTruthy();
        for (const r of i.evidenceRequirements) expect(r.labelEn, `${i.code} evidence`).toBeTruthy();
      }
      expect(indicators.find((i: any) => i.code === 'KEL-03')).toMatchObject({
        shortNameEn: 'Civil society, business and media involvement',
        unit: 'lembaga',
        unitEn: 'organisations',
      });
    });

    it('round-trips the English texts through updateIndicator and addIndicator: trimmed, empty as null; copied', async () => {
      expect((await admin.request(COPY, { input: { sourceCode: 'KLA-24', code: 'EN-1', name: 'EN' } })).data).toEqual({
        copyIndicatorSet: { __typename: 'IndicatorSetOverview' },
      });
      const copied = (await admin.request(DETAIL, { code: 'EN-1' })).data.indicatorSetDetail.clusters
        .flatMap((c: any) => c.indicators)
        .find((i: any) => i.code === 'K1-04');
      expect(copied).toMatchObject({
        shortNameEn: 'Birth certificates',
        denominatorLabelEn: 'Number of children aged 0–17',
      });

      const updated = await admin.request(UPDATE, k104Input('EN-1'));
      expect(updated.data.updateIndicator).toMatchObject({
        __typename: 'Indicator',
        shortNameEn: 'Birth registration',
        guidanceEn: 'Count the children with a certificate.',
        numeratorLabelEn: 'Children with a certificate',
        denominatorLabelEn: null,
        unitEn: null,
      });
      const reread = (await admin.request(DETAIL, { code: 'EN-1' })).data.indicatorSetDetail.clusters
        .flatMap((c: any) => c.indicators)
        .find((i: any) => i.code === 'K1-04');
      expect(reread).toEqual({ code: 'K1-04', ...updated.data.updateIndicator, __typename: undefined });
      const [audit] = await server.dataSource.query(
        `SELECT after FROM audit_entry WHERE action = 'INDICATOR_UPDATED' ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.after).toMatchObject({ shortNameEn: 'Birth registration', denominatorLabelEn: null });

      const added = await admin.request(ADD, {
        input: {
          setCode: 'EN-1',
          code: 'K2-25',
          clusterCode: 'K2',
          name: 'Jumlah pojok baca anak',
          shortName: 'Pojok baca',
          shortNameEn: 'Reading corners',
          nameEn: 'Number of children’s reading corners',
          guidance: 'Hitung pojok baca.',
          guidanceEn: 'Count the reading corners.',
          measureType: 'COUNT',
          direction: 'HIGHER_IS_BETTER',
          maxPoints: 10,
          scoringRule: { type: 'BANDS', bands: [{ min: 1, max: null, points: 10 }] },
          unit: 'pojok',
          unitEn: 'corners',
        },
      });
      expect(added.data.addIndicator).toMatchObject({
        __typename: 'Indicator',
        shortNameEn: 'Reading corners',
        guidanceEn: 'Count the reading corners.',
        unitEn: 'corners',
        numeratorLabelEn: null,
      });
    });

    it('refuses oversized and hostile English texts naming each field; nothing changes', async () => {
      const before = await server.dataSource.query(`SELECT * FROM indicator WHERE code = 'K1-04' ORDER BY id`);
      const refused = await admin.request(
        UPDATE,
        k104Input('EN-1', {
          shortNameEn: 'x'.repeat(201),
          guidanceEn: 'g'.repeat(4001),
          numeratorLabelEn: 'ok\u0000',
          denominatorLabelEn: '\u001b[31mred',
          unitEn: 'u'.repeat(101),
        }),
      );
      expect(refused.data.updateIndicator.__typename).toBe('ValidationError');
      expect(refused.data.updateIndicator.fieldErrors.map((e: any) => [e.field, e.code]).sort()).toEqual([
        ['denominatorLabelEn', 'INVALID_TEXT'],
        ['guidanceEn', 'TOO_LONG'],
        ['numeratorLabelEn', 'INVALID_TEXT'],
        ['shortNameEn', 'TOO_LONG'],
        ['unitEn', 'TOO_LONG'],
      ]);
      const wrongType = await admin.request(UPDATE, k104Input('EN-1', { guidanceEn: 42 }));
      expect(wrongType.status).toBe(400);
      expect(JSON.stringify(wrongType.errors)).toContain('guidanceEn');
      // Markup is text: stored as typed and shown escaped by the client.
      const markup = await admin.request(UPDATE, k104Input('EN-1', { shortNameEn: '<img src=x onerror=alert(1)>' }));
      expect(markup.data.updateIndicator.shortNameEn).toBe('<img src=x onerror=alert(1)>');
      const after = await server.dataSource.query(`SELECT * FROM indicator WHERE code = 'K1-04' ORDER BY id`);
      expect(after.map((r: any) => r.shortNameEn)).toEqual(
        before.map((r: any) =>
          r.shortNameEn === 'Birth registration' ? '<img src=x onerror=alert(1)>' : r.shortNameEn,
        ),
      );
    });

    it('fills the English texts of a set seeded before they existed, not where an admin changed the Bahasa text', async () => {
      const [set] = await server.dataSource.query(`SELECT id FROM indicator_set WHERE code = 'KLA-24'`);
      await server.dataSource.query(
        `UPDATE indicator SET "shortNameEn" = NULL, "guidanceEn" = NULL, "numeratorLabelEn" = NULL, "denominatorLabelEn" = NULL, "unitEn" = NULL WHERE "indicatorSetId" = $1`,
        [set.id],
      );
      await server.dataSource.query(
        `UPDATE indicator SET "shortName" = 'Akta Lahir' WHERE "indicatorSetId" = $1 AND code = 'K1-04'`,
        [set.id],
      );
      await server.dataSource.query(
        `UPDATE indicator SET "unitEn" = 'bodies' WHERE "indicatorSetId" = $1 AND code = 'KEL-03'`,
        [set.id],
      );
      await seedDatabase(server.dataSource, { demoUsers: false, now: TEST_NOW });
      const rows: any[] = await server.dataSource.query(
        `SELECT code, "shortNameEn", "guidanceEn", "numeratorLabelEn", "unitEn" FROM indicator WHERE "indicatorSetId" = $1`,
        [set.id],
      );
      const byCode = new Map(rows.map((r) => [r.code, r]));
      const seed = new Map(readIndicatorSetSeed().indicators.map((i) => [i.code, i]));
      expect(byCode.get('K1-04')).toMatchObject({
        shortNameEn: null,
        guidanceEn: seed.get('K1-04')!.guidanceEn,
        numeratorLabelEn: seed.get('K1-04')!.numeratorLabelEn,
      });
      expect(byCode.get('KEL-03')).toMatchObject({ unitEn: 'bodies', shortNameEn: seed.get('KEL-03')!.shortNameEn });
      expect(rows.filter((r) => r.guidanceEn == null)).toEqual([]);
    });

    it('exports a kecamatan workbook in English with ?lang=en, Bahasa by default; refuses another lang', async () => {
      const download = async (query: string) => {
        const response = await fetch(`${server.url}/exports/kecamatan/${JATIASIH}.xlsx?year=${YEAR}${query}`, {
          headers: { authorization: `Bearer ${operator.token}` },
        });
        return { response, bytes: Buffer.from(await response.arrayBuffer()) };
      };
      const sheetRows = async (bytes: Buffer, name: string) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const rows: unknown[][] = [];
        workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        return { rows, sheets: workbook.worksheets.map((s) => s.name) };
      };
      const english = await download('&lang=en');
      expect(english.response.status).toBe(200);
      const k1 = await sheetRows(english.bytes, 'K1');
      expect(k1.sheets[0]).toBe('Summary');
      expect(k1.rows[0].slice(0, 4)).toEqual(['No', 'Code', 'Indicator', 'Answer']);
      expect(k1.rows[1].slice(1, 3)).toEqual(['K1-04', 'Birth certificate ownership']);
      expect(k1.rows[1][7]).toBe('Not answered');
      const summary = await sheetRows(english.bytes, 'Summary');
      expect(summary.rows[1].slice(0, 2)).toEqual(['KEL', 'Institutional strengthening']);

      const bahasa = await sheetRows((await download('')).bytes, 'K1');
      expect(bahasa.sheets[0]).toBe('Ringkasan');
      expect(bahasa.rows[1].slice(1, 3)).toEqual(['K1-04', readIndicatorSetSeed().indicators[3].name]);

      const refused = await download('&lang=fr');
      expect(refused.response.status).toBe(400);
      expect(JSON.stringify(JSON.parse(refused.bytes.toString()))).toContain('"field":"lang"');
    });
  });
}

await defineEnglishSuite('postgres');
await defineEnglishSuite('embedded');
