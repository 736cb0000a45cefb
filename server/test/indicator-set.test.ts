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
import { SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';

const OVERVIEW = `code name status totalMaxPoints indicatorCount usedByPeriods editable`;
const RESULT = `__typename ... on IndicatorSetOverview { ${OVERVIEW} } ... on ValidationError { message fieldErrors { field code message } }`;
const INDICATOR_RESULT = `__typename ... on Indicator { id code maxPoints measureType scoring { type yesPoints noPoints bands { min max points } } options { value points } evidenceRequirements { code label required } }
  ... on ValidationError { message fieldErrors { field code message } }`;
const SETS = `{ indicatorSets { ${OVERVIEW} } }`;
const DETAIL = `query ($code: String!) { indicatorSetDetail(code: $code) { ${OVERVIEW} clusters { code indicators { id code maxPoints evidenceRequirements { code } } } } }`;
const COPY = `mutation ($input: CopyIndicatorSetInput!) { copyIndicatorSet(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ${INDICATOR_RESULT} } }`;
const EVIDENCE = `mutation ($input: UpdateEvidenceRequirementsInput!) { updateEvidenceRequirements(input: $input) { ${INDICATOR_RESULT} } }`;
const PUBLISH = `mutation ($code: String!) { publishIndicatorSet(code: $code) { ${RESULT} } }`;
const ADD = `mutation ($input: AddIndicatorInput!) { addIndicator(input: $input) { ${INDICATOR_RESULT} } }`;
const DELETE_INDICATOR = `mutation ($set: String!, $code: String!) { deleteIndicator(setCode: $set, indicatorCode: $code) { ${RESULT} } }`;
const DELETE_SET = `mutation ($code: String!) { deleteIndicatorSet(code: $code) { __typename ... on IndicatorSetDeleted { code } ... on ValidationError { fieldErrors { field code message } } } }`;

/** A new YES_NO indicator for cluster K2 worth `points`. */
const addInput = (setCode: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    setCode,
    code: 'K2-25',
    clusterCode: 'K2',
    position: 2,
    name: 'Tersedia pojok baca anak di kantor kecamatan',
    shortName: 'Pojok baca anak',
    nameEn: 'Children’s reading corner at the kecamatan office',
    guidance: 'Ada atau tidak, dengan foto.',
    measureType: 'YES_NO',
    direction: 'HIGHER_IS_BETTER',
    maxPoints: 10,
    scoringRule: { type: 'YES_NO', yes: 10, no: 0 },
    evidenceItems: [
      { code: 'FOTO_POJOK_BACA', label: 'Foto pojok baca', labelEn: 'Photo of the reading corner', required: true },
    ],
    ...overrides,
  },
});
const OPEN = `mutation ($year: Int!, $set: String!) { openPeriod(year: $year, indicatorSetCode: $set, deadline: "2031-06-30T16:59:59.000Z") {
  __typename ... on Period { year } ... on ValidationError { fieldErrors { field code } } } }`;

/** K2-08 of KLA-24: YES_NO, 40 points. */
const yesNoInput = (setCode: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    setCode,
    indicatorCode: 'K2-08',
    name: 'Tersedia layanan konseling anak',
    shortName: 'Konseling anak',
    nameEn: 'Child counselling available',
    guidance: 'Ada atau tidak.',
    measureType: 'YES_NO',
    direction: 'HIGHER_IS_BETTER',
    clusterCode: 'K2',
    maxPoints: 40,
    scoringRule: { type: 'YES_NO', yes: 40, no: 0 },
    numeratorLabel: null,
    denominatorLabel: null,
    unit: null,
    ...overrides,
  },
});

async function defineIndicatorSetSuite(backend: Backend) {
  await describeOn(backend, 'indicator set administration', () => {
    let server: TestServer;
    let admin: GqlClient;
    const auditOf = (action: string) =>
      server.dataSource.query(
        `SELECT username, "entityType", before, after FROM audit_entry WHERE action = $1 ORDER BY id`,
        [action],
      );

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      admin = await signedIn(server, 'admin');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('refuses the queries and every mutation to operators, evaluators, anonymous callers and API tokens', async () => {
      const integrator = await integratorClient(server, admin, 'sets test');
      const callers = [
        await signedIn(server, 'op-3275-09'),
        await signedIn(server, 'evaluator'),
        new GqlClient(server),
        integrator,
      ];
      const calls: Array<[string, Record<string, unknown>?]> = [
        [SETS],
        [DETAIL, { code: 'KLA-24' }],
        [COPY, { input: { sourceCode: 'KLA-24', code: 'KLA-X', name: 'x' } }],
        [UPDATE, yesNoInput('KLA-24')],
        [
          EVIDENCE,
          {
            input: {
              setCode: 'KLA-24',
              indicatorCode: 'K2-08',
              items: [{ code: 'A', label: 'a', labelEn: 'a', required: true }],
            },
          },
        ],
        [PUBLISH, { code: 'KLA-24' }],
        [ADD, addInput('KLA-24')],
        [DELETE_INDICATOR, { set: 'KLA-24', code: 'K2-08' }],
        [DELETE_SET, { code: 'KLA-24' }],
      ];
      for (const client of callers) {
        for (const [query, variables] of calls) {
          const result = await client.request(query, variables);
          const refused =
            result.errors?.[0].extensions?.code ?? result.data?.[Object.keys(result.data ?? {})[0]]?.__typename;
          expect(refused, query).toMatch(/FORBIDDEN|UNAUTHENTICATED|NotAllowedError/);
        }
      }
      expect(await server.dataSource.query(`SELECT code FROM indicator_set`)).toEqual([{ code: 'KLA-24' }]);
    });

    it('copies a set into a DRAFT with every indicator, rule and checklist under new ids; audited', async () => {
      const copied = await admin.request(COPY, {
        input: { sourceCode: 'KLA-24', code: 'kla-24-2027', name: 'KLA 24 indikator (2027)' },
      });
      expect(copied.data.copyIndicatorSet).toEqual({
        __typename: 'IndicatorSetOverview',
        code: 'KLA-24-2027',
        name: 'KLA 24 indikator (2027)',
        status: 'DRAFT',
        totalMaxPoints: 1000,
        indicatorCount: 24,
        usedByPeriods: [],
        editable: true,
      });
      expect(
        (await admin.request(COPY, { input: { sourceCode: 'KLA-24', code: 'KLA-24-2027', name: 'x' } })).data
          .copyIndicatorSet.fieldErrors,
      ).toEqual([expect.objectContaining({ field: 'code', code: 'TAKEN' })]);
      expect(
        (
          await admin.request(COPY, { input: { sourceCode: 'NOPE', code: 'KLA-Y', name: ' ' } })
        ).data.copyIndicatorSet.fieldErrors.map((e: any) => e.field),
      ).toEqual(['name']);
      expect(
        (await admin.request(COPY, { input: { sourceCode: 'NOPE', code: 'KLA-Y', name: 'y' } })).data.copyIndicatorSet
          .fieldErrors[0],
      ).toMatchObject({ field: 'sourceCode', code: 'NOT_FOUND' });

      const [source, copy] = await Promise.all(
        ['KLA-24', 'KLA-24-2027'].map(async (code) => (await admin.request(DETAIL, { code })).data.indicatorSetDetail),
      );
      const indicatorsOf = (set: any) => set.clusters.flatMap((c: any) => c.indicators);
      expect(indicatorsOf(copy).map((i: any) => [i.code, i.maxPoints, i.evidenceRequirements.length])).toEqual(
        indicatorsOf(source).map((i: any) => [i.code, i.maxPoints, i.evidenceRequirements.length]),
      );
      const sourceIds = new Set(indicatorsOf(source).map((i: any) => i.id));
      expect(indicatorsOf(copy).some((i: any) => sourceIds.has(i.id))).toBe(false);
      const counts = await server.dataSource.query(
        `SELECT s.code, count(DISTINCT i.id)::int AS indicators, count(r.id)::int AS requirements
           FROM indicator_set s JOIN indicator i ON i."indicatorSetId" = s.id LEFT JOIN evidence_requirement r ON r."indicatorId" = i.id GROUP BY s.code ORDER BY s.code`,
      );
      expect(counts[0]).toMatchObject({ code: 'KLA-24', indicators: 24 });
      expect(counts[1]).toEqual({ ...counts[0], code: 'KLA-24-2027' });
      expect(counts[0].requirements).toBeGreaterThan(24);
      expect(await auditOf('INDICATOR_SET_COPIED')).toEqual([
        expect.objectContaining({
          username: 'admin',
          entityType: 'IndicatorSet',
          after: expect.objectContaining({ code: 'KLA-24-2027', sourceCode: 'KLA-24', indicators: 24 }),
        }),
      ]);
    });

    it('a draft cannot be chosen by a new period', async () => {
      await server.dataSource.query(`UPDATE period SET status = 'CLOSED'`);
      expect((await admin.request(OPEN, { year: 2027, set: 'KLA-24-2027' })).data.openPeriod.fieldErrors).toEqual([
        { field: 'indicatorSetCode', code: 'NOT_PUBLISHED' },
      ]);
      await server.dataSource.query(`UPDATE period SET status = 'OPEN'`);
    });

    it('validates updateIndicator: the rule must fit the measure type and give exactly maxPoints, naming the field', async () => {
      const mismatch = await admin.request(UPDATE, yesNoInput('KLA-24-2027', { measureType: 'COUNT' }));
      expect(mismatch.errors).toBeUndefined();
      expect(mismatch.data.updateIndicator.fieldErrors).toEqual([
        expect.objectContaining({
          field: 'scoringRule',
          code: 'RULE_MISMATCH',
          message: expect.stringMatching(/YES_NO does not fit measure type COUNT/),
        }),
      ]);
      const points = await admin.request(UPDATE, yesNoInput('KLA-24-2027', { maxPoints: 30 }));
      expect(points.data.updateIndicator.fieldErrors).toEqual([
        expect.objectContaining({
          field: 'maxPoints',
          code: 'MAX_POINTS_MISMATCH',
          message: 'maxPoints is 30 but the scoring rule gives at most 40',
        }),
      ]);
      const shape = await admin.request(
        UPDATE,
        yesNoInput('KLA-24-2027', { scoringRule: { type: 'YES_NO', yes: 'forty' }, name: '' }),
      );
      expect(shape.data.updateIndicator.fieldErrors.map((e: any) => [e.field, e.code])).toEqual([
        ['name', 'REQUIRED'],
        ['scoringRule', 'INVALID_RULE'],
      ]);
      const unknown = await admin.request(UPDATE, yesNoInput('KLA-24-2027', { indicatorCode: 'K9-99' }));
      expect(unknown.data.updateIndicator.fieldErrors[0]).toMatchObject({ field: 'indicatorCode', code: 'NOT_FOUND' });

      const options = await admin.request(
        UPDATE,
        yesNoInput('KLA-24-2027', {
          measureType: 'OPTIONS',
          maxPoints: 30,
          scoringRule: {
            type: 'OPTIONS',
            options: [
              { value: 'ADA', label: 'Ada', labelEn: 'Yes', points: 30 },
              { value: 'TIDAK', label: 'Tidak', points: 0 },
            ],
          },
        }),
      );
      expect(options.errors).toBeUndefined();
      expect(options.data.updateIndicator).toMatchObject({
        __typename: 'Indicator',
        code: 'K2-08',
        maxPoints: 30,
        measureType: 'OPTIONS',
        scoring: { type: 'OPTIONS' },
        options: [
          { value: 'ADA', points: 30 },
          { value: 'TIDAK', points: 0 },
        ],
      });
      expect(
        (await admin.request(SETS)).data.indicatorSets.find((s: any) => s.code === 'KLA-24-2027').totalMaxPoints,
      ).toBe(990);
      expect(await auditOf('INDICATOR_UPDATED')).toEqual([
        expect.objectContaining({
          entityType: 'Indicator',
          before: expect.objectContaining({ setCode: 'KLA-24-2027', maxPoints: 40 }),
          after: expect.objectContaining({ maxPoints: 30, measureType: 'OPTIONS' }),
        }),
      ]);
    });

    it('replaces an evidence checklist only with at least one required item; audited', async () => {
      const none = await admin.request(EVIDENCE, {
        input: {
          setCode: 'KLA-24-2027',
          indicatorCode: 'K2-08',
          items: [{ code: 'A', label: 'a', labelEn: 'a', required: false }],
        },
      });
      expect(none.data.updateEvidenceRequirements.fieldErrors).toEqual([
        expect.objectContaining({ field: 'items', code: 'REQUIRED_ITEM' }),
      ]);
      const items = [
        { code: 'SK', label: 'SK layanan konseling', labelEn: 'Counselling decree', required: true },
        { code: 'FOTO', label: 'Foto kegiatan', labelEn: 'Photos', required: false },
      ];
      const saved = await admin.request(EVIDENCE, { input: { setCode: 'KLA-24-2027', indicatorCode: 'K2-08', items } });
      expect(saved.data.updateEvidenceRequirements.evidenceRequirements).toEqual(
        items.map(({ code, label, required }) => ({ code, label, required })),
      );
      expect(await auditOf('EVIDENCE_REQUIREMENTS_UPDATED')).toEqual([
        expect.objectContaining({
          after: expect.objectContaining({ items: expect.arrayContaining([expect.objectContaining({ code: 'SK' })]) }),
        }),
      ]);
    });

    it('adds an indicator to a draft at a place within its cluster, refusing bad input with the field named; audited', async () => {
      const refusals: Array<[Record<string, unknown>, string, string]> = [
        [{ code: 'K2-08' }, 'code', 'TAKEN'],
        [{ code: 'k2_25' }, 'code', 'INVALID_CODE'],
        [{ code: 'K3-25' }, 'code', 'CLUSTER_MISMATCH'],
        [{ code: 'K9-25', clusterCode: 'K9' }, 'clusterCode', 'NOT_FOUND'],
        [{ scoringRule: { type: 'YES_NO', yes: 'ten' } }, 'scoringRule', 'INVALID_RULE'],
        [{ measureType: 'COUNT' }, 'scoringRule', 'RULE_MISMATCH'],
        [{ maxPoints: 20 }, 'maxPoints', 'MAX_POINTS_MISMATCH'],
        [
          { evidenceItems: [{ code: 'A', label: 'a', labelEn: 'a', required: false }] },
          'evidenceItems',
          'REQUIRED_ITEM',
        ],
        [{ position: 0 }, 'position', 'OUT_OF_RANGE'],
      ];
      for (const [overrides, field, code] of refusals) {
        const result = await admin.request(ADD, addInput('KLA-24-2027', overrides));
        expect(result.errors, JSON.stringify(overrides)).toBeUndefined();
        expect(result.data.addIndicator.fieldErrors, JSON.stringify(overrides)).toEqual([
          expect.objectContaining({ field, code }),
        ]);
      }
      expect(await auditOf('INDICATOR_ADDED')).toEqual([]);

      const added = await admin.request(ADD, addInput('KLA-24-2027', { code: 'k2-25' }));
      expect(added.data.addIndicator).toMatchObject({
        __typename: 'Indicator',
        code: 'K2-25',
        maxPoints: 10,
        scoring: { type: 'YES_NO', yesPoints: 10 },
        evidenceRequirements: [{ code: 'FOTO_POJOK_BACA', required: true }],
      });
      const detail = (await admin.request(DETAIL, { code: 'KLA-24-2027' })).data.indicatorSetDetail;
      expect(detail).toMatchObject({ totalMaxPoints: 1000, indicatorCount: 25 });
      expect(detail.clusters.find((c: any) => c.code === 'K2').indicators.map((i: any) => i.code)).toEqual([
        'K2-07',
        'K2-25',
        'K2-08',
        'K2-09',
        'K2-10',
        'K2-11',
      ]);
      const numbers = async () =>
        (await server.dataSource.query(
          `SELECT i.code, i.number FROM indicator i JOIN indicator_set s ON s.id = i."indicatorSetId" WHERE s.code = 'KLA-24-2027' ORDER BY i.number`,
        )) as Array<{ code: string; number: number }>;
      expect((await numbers()).map((r) => r.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect((await numbers())[7]).toEqual({ code: 'K2-25', number: 8 });
      // The source set is untouched.
      expect((await admin.request(SETS)).data.indicatorSets.find((s: any) => s.code === 'KLA-24')).toMatchObject({
        totalMaxPoints: 1000,
        indicatorCount: 24,
      });
      expect(await auditOf('INDICATOR_ADDED')).toEqual([
        expect.objectContaining({
          username: 'admin',
          entityType: 'Indicator',
          after: expect.objectContaining({
            setCode: 'KLA-24-2027',
            code: 'K2-25',
            number: 8,
            maxPoints: 10,
            evidenceItems: ['FOTO_POJOK_BACA'],
          }),
        }),
      ]);

      // Last of its cluster when no position is given; publishing says the total is now 1020.
      const last = await admin.request(
        ADD,
        addInput('KLA-24-2027', {
          code: 'K5-26',
          clusterCode: 'K5',
          position: null,
          maxPoints: 20,
          scoringRule: { type: 'YES_NO', yes: 20, no: 0 },
          evidenceItems: null,
        }),
      );
      expect(last.data.addIndicator).toMatchObject({ code: 'K5-26', evidenceRequirements: [] });
      expect((await numbers()).at(-1)).toEqual({ code: 'K5-26', number: 26 });
      expect((await admin.request(PUBLISH, { code: 'KLA-24-2027' })).data.publishIndicatorSet.fieldErrors).toEqual([
        { field: 'maxPoints', code: 'TOTAL_NOT_1000', message: 'maxPoints add up to 1020, not 1000' },
      ]);
    });

    it('deletes indicators from a draft: the total follows and the numbers close up; audited', async () => {
      expect(
        (await admin.request(DELETE_INDICATOR, { set: 'KLA-24-2027', code: 'K9-99' })).data.deleteIndicator.fieldErrors,
      ).toEqual([expect.objectContaining({ field: 'indicatorCode', code: 'NOT_FOUND' })]);
      const first = await admin.request(DELETE_INDICATOR, { set: 'KLA-24-2027', code: 'K5-26' });
      expect(first.data.deleteIndicator).toMatchObject({
        __typename: 'IndicatorSetOverview',
        totalMaxPoints: 1000,
        indicatorCount: 25,
        status: 'DRAFT',
      });
      const second = await admin.request(DELETE_INDICATOR, { set: 'KLA-24-2027', code: 'K2-25' });
      expect(second.data.deleteIndicator).toMatchObject({ totalMaxPoints: 990, indicatorCount: 24 });
      const rows = await server.dataSource.query(
        `SELECT i.code, i.number FROM indicator i JOIN indicator_set s ON s.id = i."indicatorSetId" WHERE s.code = 'KLA-24-2027' ORDER BY i.number`,
      );
      expect(rows.map((r: any) => r.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(rows.map((r: any) => r.code).slice(6, 9)).toEqual(['K2-07', 'K2-08', 'K2-09']);
      expect(
        await server.dataSource.query(
          `SELECT count(*)::int AS n FROM evidence_requirement WHERE code = 'FOTO_POJOK_BACA'`,
        ),
      ).toEqual([{ n: 0 }]);
      expect(await auditOf('INDICATOR_DELETED')).toEqual([
        expect.objectContaining({
          before: expect.objectContaining({ setCode: 'KLA-24-2027', code: 'K5-26', maxPoints: 20 }),
        }),
        expect.objectContaining({
          before: expect.objectContaining({
            setCode: 'KLA-24-2027',
            code: 'K2-25',
            evidenceItems: ['FOTO_POJOK_BACA'],
          }),
        }),
      ]);
    });

    it('refuses adding or deleting indicators in a published set, naming setCode', async () => {
      const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
      expect((await admin.request(ADD, addInput('KLA-24'))).data.addIndicator.fieldErrors).toEqual([
        expect.objectContaining({ field: 'setCode', code: 'NOT_DRAFT' }),
      ]);
      expect(
        (await admin.request(DELETE_INDICATOR, { set: 'KLA-24', code: 'K2-08' })).data.deleteIndicator.fieldErrors,
      ).toEqual([expect.objectContaining({ field: 'setCode', code: 'NOT_DRAFT' })]);
      expect((await admin.request(DELETE_SET, { code: 'KLA-24' })).data.deleteIndicatorSet.fieldErrors).toEqual([
        expect.objectContaining({ field: 'code', code: 'NOT_DRAFT' }),
      ]);
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(before);
      expect((await admin.request(SETS)).data.indicatorSets.find((s: any) => s.code === 'KLA-24')).toMatchObject({
        totalMaxPoints: 1000,
        indicatorCount: 24,
      });
    });

    it('deletes a draft set that no period uses, with its indicators and checklists; audited', async () => {
      expect(
        (await admin.request(COPY, { input: { sourceCode: 'KLA-24', code: 'KLA-TMP', name: 'Sementara' } })).data
          .copyIndicatorSet.__typename,
      ).toBe('IndicatorSetOverview');
      const deleted = await admin.request(DELETE_SET, { code: 'KLA-TMP' });
      expect(deleted.data.deleteIndicatorSet).toEqual({ __typename: 'IndicatorSetDeleted', code: 'KLA-TMP' });
      expect((await admin.request(SETS)).data.indicatorSets.map((s: any) => s.code)).toEqual(['KLA-24', 'KLA-24-2027']);
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM indicator`)).toEqual([{ n: 48 }]);
      expect((await admin.request(DELETE_SET, { code: 'KLA-TMP' })).data.deleteIndicatorSet.fieldErrors).toEqual([
        expect.objectContaining({ field: 'code', code: 'NOT_FOUND' }),
      ]);
      expect(await auditOf('INDICATOR_SET_DELETED')).toEqual([
        expect.objectContaining({
          username: 'admin',
          entityType: 'IndicatorSet',
          before: expect.objectContaining({ code: 'KLA-TMP', status: 'DRAFT', indicators: 24, totalMaxPoints: 1000 }),
        }),
      ]);
    });

    it('publishes only at exactly 1000 points, saying the current total; then a period may choose it', async () => {
      const refused = await admin.request(PUBLISH, { code: 'KLA-24-2027' });
      expect(refused.data.publishIndicatorSet.fieldErrors).toEqual([
        { field: 'maxPoints', code: 'TOTAL_NOT_1000', message: 'maxPoints add up to 990, not 1000' },
      ]);
      await admin.request(UPDATE, yesNoInput('KLA-24-2027'));
      const published = await admin.request(PUBLISH, { code: 'KLA-24-2027' });
      expect(published.data.publishIndicatorSet).toMatchObject({
        __typename: 'IndicatorSetOverview',
        status: 'PUBLISHED',
        totalMaxPoints: 1000,
      });
      expect(await auditOf('INDICATOR_SET_PUBLISHED')).toEqual([
        expect.objectContaining({
          after: expect.objectContaining({ code: 'KLA-24-2027', status: 'PUBLISHED', totalMaxPoints: 1000 }),
        }),
      ]);
      await server.dataSource.query(`UPDATE period SET status = 'CLOSED'`);
      expect((await admin.request(OPEN, { year: 2027, set: 'KLA-24-2027' })).data.openPeriod).toEqual({
        __typename: 'Period',
        year: 2027,
      });
    });

    it('refuses to edit or publish a set used by a period that has answers: copy it instead', async () => {
      await server.dataSource.query(`UPDATE period SET status = CASE WHEN year = $1 THEN 'OPEN' ELSE 'CLOSED' END`, [
        YEAR,
      ]);
      const operator = await signedIn(server, 'op-3275-09');
      expect(
        (await operator.request(SAVE_MUTATION, saveInput('K1-05', { count: 4 }, 0))).data.saveSubmission.__typename,
      ).toBe('Submission');
      const sets = (await admin.request(SETS)).data.indicatorSets;
      expect(sets.find((s: any) => s.code === 'KLA-24')).toMatchObject({ usedByPeriods: [YEAR], editable: false });
      expect(sets.find((s: any) => s.code === 'KLA-24-2027')).toMatchObject({ usedByPeriods: [2027], editable: true });
      const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
      const edit = await admin.request(UPDATE, yesNoInput('KLA-24'));
      expect(edit.data.updateIndicator.fieldErrors).toEqual([
        expect.objectContaining({
          field: 'setCode',
          code: 'IN_USE',
          message: expect.stringMatching(/already has answers: copy it/),
        }),
      ]);
      const checklist = await admin.request(EVIDENCE, {
        input: {
          setCode: 'KLA-24',
          indicatorCode: 'K2-08',
          items: [{ code: 'A', label: 'a', labelEn: 'a', required: true }],
        },
      });
      expect(checklist.data.updateEvidenceRequirements.fieldErrors[0]).toMatchObject({
        field: 'setCode',
        code: 'IN_USE',
      });
      expect((await admin.request(PUBLISH, { code: 'KLA-24' })).data.publishIndicatorSet.fieldErrors[0]).toMatchObject({
        field: 'code',
        code: 'IN_USE',
      });
      expect((await admin.request(ADD, addInput('KLA-24'))).data.addIndicator.fieldErrors[0]).toMatchObject({
        field: 'setCode',
        code: 'IN_USE',
      });
      expect(
        (await admin.request(DELETE_INDICATOR, { set: 'KLA-24', code: 'K2-08' })).data.deleteIndicator.fieldErrors[0],
      ).toMatchObject({ field: 'setCode', code: 'IN_USE' });
      expect(
        (await admin.request(DELETE_SET, { code: 'KLA-24' })).data.deleteIndicatorSet.fieldErrors[0],
      ).toMatchObject({ field: 'code', code: 'NOT_DRAFT' });
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(before);
    });

    it('refuses to delete a draft set that a period uses, even without answers', async () => {
      // Editing the published KLA-24-2027 (used by 2027, no answers) returns it to DRAFT.
      expect((await admin.request(UPDATE, yesNoInput('KLA-24-2027'))).data.updateIndicator.__typename).toBe(
        'Indicator',
      );
      expect((await admin.request(SETS)).data.indicatorSets.find((s: any) => s.code === 'KLA-24-2027')).toMatchObject({
        status: 'DRAFT',
        usedByPeriods: [2027],
      });
      const refused = await admin.request(DELETE_SET, { code: 'KLA-24-2027' });
      expect(refused.data.deleteIndicatorSet.fieldErrors).toEqual([
        expect.objectContaining({
          field: 'code',
          code: 'IN_USE',
          message: expect.stringMatching(/used by period 2027/),
        }),
      ]);
      expect(
        await server.dataSource.query(`SELECT count(*)::int AS n FROM indicator_set WHERE code = 'KLA-24-2027'`),
      ).toEqual([{ n: 1 }]);
    });
  });
}

await defineIndicatorSetSuite('postgres');
await defineIndicatorSetSuite('embedded');
