import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerNearPoints, categoryOf, seedOf, seededRandom } from '@kecala/domain';
import { IndicatorEntity } from '../src/modules/indicator/indicator.entity.js';
import { CatalogCache } from '../src/modules/indicator/indicator.service.js';
import { Period } from '../src/modules/period/period.entity.js';
import { refreshScores } from '../src/modules/scoring/score-table.js';
import { GqlClient, signedIn, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { periodWithIndicators } from './support/catalog.js';
import { SAVE_MUTATION, TEST_NOW, YEAR } from './support/fixtures.js';

/**
 * The region hierarchy (province → kab/kota → kecamatan → kelurahan) seeded with Kota Bekasi,
 * its queries at constant statements, the paged national/province/city scoreboard read from the
 * maintained totals, and the per-process catalog cache of frozen indicator sets.
 */
const HIERARCHY = `{ provinces { code name cities { code name kind provinceCode province { code }
  kecamatan { code cityCode city { code name province { name } } kelurahan { code } } } } }`;
const BOARD_PAGE = `query ($year: Int!, $provinceCode: String, $cityCode: String, $basis: ScoreBasis, $orderBy: ScoreboardOrder, $first: Int, $after: String) {
  scoreboardConnection(year: $year, provinceCode: $provinceCode, cityCode: $cityCode, basis: $basis, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { kecamatan { code cityCode } year total category answered verifiedTotal verifiedCategory verifiedCount } }
    pageInfo { hasNextPage endCursor } } }`;
const SCORE = `query ($year: Int!, $k: String!) { kecamatanScore(year: $year, kecamatanCode: $k) { total maxTotal verifiedTotal clusters { cluster { code } score maxPoints } } }`;

/** Two more provinces with two kab/kota each and a few kecamatan (codes as Kemendagri shapes them). */
const EXTRA_PROVINCES = [
  {
    code: '33',
    name: 'Jawa Tengah',
    cities: [
      { code: '33.01', name: 'Kabupaten Cilacap', kind: 'KABUPATEN' },
      { code: '33.74', name: 'Kota Semarang', kind: 'KOTA' },
    ],
  },
  {
    code: '35',
    name: 'Jawa Timur',
    cities: [
      { code: '35.07', name: 'Kabupaten Malang', kind: 'KABUPATEN' },
      { code: '35.78', name: 'Kota Surabaya', kind: 'KOTA' },
    ],
  },
];

const postgres = await serverPostgresAvailable();

for (const backend of ['postgres', 'embedded'] as Backend[]) {
  describe.skipIf(backend === 'postgres' && !postgres)(`region hierarchy and national scoreboard (${backend})`, () => {
    let server: TestServer;
    let evaluator: GqlClient;
    let anonymous: GqlClient;
    let period: Period;
    let indicators: IndicatorEntity[];

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      evaluator = await signedIn(server, 'evaluator');
      anonymous = new GqlClient(server);
      ({ period, indicators } = await periodWithIndicators(server.dataSource));
    }, 60_000);
    afterAll(async () => {
      await server?.close();
    });

    async function statementsOf(client: GqlClient, query: string, variables?: Record<string, unknown>) {
      server.queries.reset();
      const result = await client.request(query, variables);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return { data: result.data, count: server.queries.count };
    }

    /** Adds kecamatan (and their provinces and kab/kota) beside Kota Bekasi's 12, `perCity` each. */
    async function addRegions(perCity: number, from = 1) {
      for (const province of EXTRA_PROVINCES) {
        await server.dataSource.query(`INSERT INTO province (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          province.code,
          province.name,
        ]);
        for (const city of province.cities) {
          await server.dataSource.query(
            `INSERT INTO city (code, name, kind, "provinceCode") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
            [city.code, city.name, city.kind, province.code],
          );
          await server.dataSource.query(
            `INSERT INTO kecamatan (code, name, "cityCode") SELECT $1 || '.' || lpad(i::text, 2, '0'), 'Kecamatan ' || $1 || '.' || i, $1 FROM generate_series($2::int, $3::int) AS i`,
            [city.code, from, from + perCity - 1],
          );
        }
      }
    }

    it('seeds Jawa Barat and Kota Bekasi and serves the hierarchy to anyone, at constant statements', async () => {
      const first = await statementsOf(anonymous, HIERARCHY);
      expect(first.data.provinces).toHaveLength(1);
      const [jabar] = first.data.provinces;
      expect({ code: jabar.code, name: jabar.name }).toEqual({ code: '32', name: 'Jawa Barat' });
      expect(jabar.cities.map((c: any) => [c.code, c.name, c.kind, c.provinceCode, c.province.code])).toEqual([
        ['32.75', 'Kota Bekasi', 'KOTA', '32', '32'],
      ]);
      const kecamatan = jabar.cities[0].kecamatan;
      expect(kecamatan).toHaveLength(12);
      expect(
        kecamatan.every(
          (k: any) => k.cityCode === '32.75' && k.city.code === '32.75' && k.city.province.name === 'Jawa Barat',
        ),
      ).toBe(true);
      expect(kecamatan.find((k: any) => k.code === '32.75.09').kelurahan.length).toBeGreaterThan(0);

      // Restarting (the seed runs again) duplicates nothing.
      await server.restart();
      evaluator = await signedIn(server, 'evaluator');
      anonymous = new GqlClient(server);
      expect(
        (
          await anonymous.request(
            `{ provinces { code } city(code: "32.75") { name province { name } kecamatan { code } } }`,
          )
        ).data,
      ).toEqual({
        provinces: [{ code: '32' }],
        city: {
          name: 'Kota Bekasi',
          province: { name: 'Jawa Barat' },
          kecamatan: kecamatan.map((k: any) => ({ code: k.code })),
        },
      });

      await addRegions(3);
      const grown = await statementsOf(anonymous, HIERARCHY);
      expect(grown.data.provinces.map((p: any) => p.code)).toEqual(['32', '33', '35']);
      expect(grown.data.provinces[2].cities.map((c: any) => [c.code, c.kind, c.kecamatan.length])).toEqual([
        ['35.07', 'KABUPATEN', 3],
        ['35.78', 'KOTA', 3],
      ]);
      // Three times the provinces, five times the kab/kota, twice the kecamatan: the same statements.
      expect(grown.count).toBe(first.count);
      expect(first.count).toBeLessThanOrEqual(6);

      expect(
        (await anonymous.request(`{ province(code: "33") { name cities { code } } city(code: "99.99") { code } }`))
          .data,
      ).toEqual({
        province: { name: 'Jawa Tengah', cities: [{ code: '33.01' }, { code: '33.74' }] },
        city: null,
      });
    });

    it('refuses a kecamatan whose kab/kota does not exist (a real foreign key)', async () => {
      await expect(
        server.dataSource.query(
          `INSERT INTO kecamatan (code, name, "cityCode") VALUES ('99.01.01', 'Nowhere', '99.01')`,
        ),
      ).rejects.toThrow(/foreign key/);
    });

    it('filters the city scoreboard by province and by kab/kota', async () => {
      const board = async (args: string) =>
        (
          await evaluator.request(`{ scoreboard(year: ${YEAR}${args}) { kecamatan { code cityCode } } }`)
        ).data.scoreboard
          .map((e: any) => e.kecamatan.code)
          .sort();
      const all = await board('');
      expect(all).toHaveLength(12 + 12);
      expect(await board(', provinceCode: "32"')).toEqual(all.filter((c: string) => c.startsWith('32.75.')));
      expect(await board(', provinceCode: "35"')).toEqual(all.filter((c: string) => c.startsWith('35.')));
      expect(await board(', cityCode: "33.74"')).toEqual(all.filter((c: string) => c.startsWith('33.74.')));
      expect(await board(', provinceCode: "33", cityCode: "35.07"')).toEqual([]);
    });

    /** Every page of a board, following endCursor. */
    async function walk(variables: Record<string, unknown>) {
      const nodes: any[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages += 1) {
        const result: any = await evaluator.request(BOARD_PAGE, { year: YEAR, ...variables, after });
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        const connection: any = result.data.scoreboardConnection;
        nodes.push(...connection.edges.map((e: any) => e.node));
        if (!connection.pageInfo.hasNextPage) return nodes;
        expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
        after = connection.pageInfo.endCursor;
      }
      throw new Error('too many pages');
    }

    /** The expected board from the totals table: highest first, ties by code. */
    async function expectedBoard(basis: 'SELF' | 'VERIFIED', where = 'TRUE') {
      const rows: Array<{ code: string; total: number }> = await server.dataSource.query(
        `SELECT t."kecamatanCode" AS code, t.total FROM kecamatan_total t JOIN kecamatan k ON k.code = t."kecamatanCode" WHERE t."periodId" = $1 AND t.basis = $2 AND ${where}`,
        [period.id, basis],
      );
      return rows
        .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
        .map((r) => `${r.code}=${r.total}`);
    }

    it('pages the national, province and kab/kota boards in total order with deterministic ties, from one statement per page', async () => {
      // Spread totals (many ties included) over the 24 kecamatan, as the maintained table would hold them.
      const random = seededRandom(seedOf(`region-board|${backend}`));
      const codes: string[] = (await server.dataSource.query(`SELECT code FROM kecamatan ORDER BY code`)).map(
        (r: any) => r.code,
      );
      for (const code of codes) {
        const self = Math.round(random() * 4) * 125 + (random() < 0.3 ? 0.5 : 0);
        await server.dataSource.query(
          `UPDATE kecamatan_total SET total = $3, answered = 5, verified = 2 WHERE "periodId" = $1 AND "kecamatanCode" = $2 AND basis = 'SELF'`,
          [period.id, code, self],
        );
        await server.dataSource.query(
          `UPDATE kecamatan_total SET total = $3, answered = 2, verified = 2 WHERE "periodId" = $1 AND "kecamatanCode" = $2 AND basis = 'VERIFIED'`,
          [period.id, code, Math.floor(self / 2)],
        );
      }

      const national = await walk({ basis: 'SELF_ASSESSED', first: 5 });
      expect(national.map((n) => `${n.kecamatan.code}=${n.total}`)).toEqual(await expectedBoard('SELF'));
      expect(national).toHaveLength(24);
      expect(
        national.every(
          (n) =>
            n.year === YEAR &&
            n.category === categoryOf(n.total) &&
            n.verifiedTotal === Math.floor(n.total / 2) &&
            n.verifiedCount === 2 &&
            n.answered === 5,
        ),
      ).toBe(true);

      const verified = await walk({ first: 7 });
      expect(verified.map((n) => `${n.kecamatan.code}=${n.verifiedTotal}`)).toEqual(await expectedBoard('VERIFIED'));
      // Lowest first is exactly the reverse.
      expect(await walk({ first: 4, orderBy: 'TOTAL_ASC' })).toEqual([...verified].reverse());

      const province = await walk({ basis: 'SELF_ASSESSED', provinceCode: '35', first: 4 });
      expect(province.map((n) => `${n.kecamatan.code}=${n.total}`)).toEqual(
        await expectedBoard('SELF', `k."cityCode" LIKE '35.%'`),
      );
      const city = await walk({ basis: 'SELF_ASSESSED', cityCode: '32.75', first: 5 });
      expect(city.map((n) => `${n.kecamatan.code}=${n.total}`)).toEqual(
        await expectedBoard('SELF', `k."cityCode" = '32.75'`),
      );
      expect(
        (await evaluator.request(`{ scoreboardConnection(year: ${YEAR}, provinceCode: "33") { totalCount } }`)).data
          .scoreboardConnection.totalCount,
      ).toBe(6);

      // One page costs the same statements (session + page) whatever the board's size.
      const before = await statementsOf(evaluator, BOARD_PAGE, { year: YEAR, first: 3 });
      await addRegions(20, 4);
      const after = await statementsOf(evaluator, BOARD_PAGE, { year: YEAR, first: 3 });
      expect(after.count).toBe(before.count);
      expect(after.count).toBeLessThanOrEqual(2);
      expect((await walk({ first: 50 })).length).toBe(12 + 4 * 23);
    });

    it('moves a kecamatan on the board after a save, and reads its clusters only when asked', async () => {
      const operator = await signedIn(server, 'op-3275-09');
      const totalOf = async (code: string) =>
        (await walk({ basis: 'SELF_ASSESSED', cityCode: '32.75', first: 50 })).find((n) => n.kecamatan.code === code)
          .total;
      const before = await totalOf('32.75.09');
      const indicator = indicators.find((i) => i.maxPoints >= 40)!;
      const saved = await operator.request(SAVE_MUTATION, {
        input: {
          year: YEAR,
          kecamatanCode: '32.75.09',
          indicatorCode: indicator.code,
          answer: answerNearPoints(indicator, indicator.maxPoints),
          expectedVersion: 0,
        },
      });
      expect(saved.data.saveSubmission.__typename).toBe('Submission');
      const score = (await evaluator.request(SCORE, { year: YEAR, k: '32.75.09' })).data.kecamatanScore;
      // The save rewrote the kecamatan's rows from its answers: the board shows the same total as kecamatanScore.
      expect(await totalOf('32.75.09')).toBe(score.total);
      expect(score.total).not.toBe(before);
      const first = (await evaluator.request(BOARD_PAGE, { year: YEAR, basis: 'SELF_ASSESSED', first: 1 })).data
        .scoreboardConnection.edges[0].node;
      expect(first.total).toBeGreaterThanOrEqual(score.total);

      const withClusters = await statementsOf(
        evaluator,
        `{ scoreboardConnection(year: ${YEAR}, cityCode: "32.75", basis: SELF_ASSESSED, first: 12) { edges { node { kecamatan { code } total clusters { cluster { code } score maxPoints } } } } }`,
      );
      const jatiasih = withClusters.data.scoreboardConnection.edges.find(
        (e: any) => e.node.kecamatan.code === '32.75.09',
      ).node;
      expect(jatiasih.clusters).toEqual(score.clusters);
      const withoutClusters = await statementsOf(
        evaluator,
        `{ scoreboardConnection(year: ${YEAR}, cityCode: "32.75", basis: SELF_ASSESSED, first: 12) { edges { node { total } } } }`,
      );
      expect(withClusters.count).toBeLessThanOrEqual(withoutClusters.count + 2); // the clusters of the page (+ the year's period)
    });

    it('refuses bad cursors, foreign cursors and page sizes by name, an unknown year, and operators', async () => {
      const page = (await evaluator.request(BOARD_PAGE, { year: YEAR, first: 2 })).data.scoreboardConnection;
      const refused = async (variables: Record<string, unknown>, field: string) => {
        const result = await evaluator.request(BOARD_PAGE, { year: YEAR, ...variables });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      };
      await refused({ after: 'garbage' }, 'after');
      await refused({ after: page.pageInfo.endCursor, basis: 'SELF_ASSESSED' }, 'after');
      await refused({ after: page.pageInfo.endCursor, orderBy: 'TOTAL_ASC' }, 'after');
      await refused({ first: 501 }, 'first');
      expect((await evaluator.request(BOARD_PAGE, { year: 1990 })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const operator = await signedIn(server, 'op-3275-01');
      expect((await operator.request(BOARD_PAGE, { year: YEAR })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('caches the catalog of a frozen set only: right values across years, an unused set re-read after an edit', async () => {
      // Another published set without cluster K5 (and so other maxima), used by a closed earlier year with one answer.
      const [{ id: altSetId }] = await server.dataSource.query(
        `INSERT INTO indicator_set (id, code, name, source, status) VALUES (gen_random_uuid(), 'KLA-ALT', 'Alt', '', 'PUBLISHED') RETURNING id`,
      );
      const copyIndicators = (setId: string, exceptCluster: string) =>
        server.dataSource.query(
          `INSERT INTO indicator (id, "indicatorSetId", "clusterCode", number, code, "shortName", name, "nameEn", "measureType", direction, guidance, "numeratorLabel", "denominatorLabel", unit, "maxPoints", "scoringRule")
           SELECT gen_random_uuid(), $1, "clusterCode", number, code, "shortName", name, "nameEn", "measureType", direction, guidance, "numeratorLabel", "denominatorLabel", unit, "maxPoints", "scoringRule"
           FROM indicator WHERE "indicatorSetId" = $2 AND "clusterCode" <> $3`,
          [setId, period.indicatorSetId, exceptCluster],
        );
      await copyIndicators(altSetId, 'K5');
      const [{ id: oldPeriodId }] = await server.dataSource.query(
        `INSERT INTO period (id, year, status, deadline, "indicatorSetId") VALUES (gen_random_uuid(), $1, 'CLOSED', now(), $2) RETURNING id`,
        [YEAR - 1, altSetId],
      );
      const yesNo: { id: string; yes: number } = (
        await server.dataSource.query(
          `SELECT id, ("scoringRule"->>'yes')::float AS yes FROM indicator WHERE "indicatorSetId" = $1 AND "measureType" = 'YES_NO' ORDER BY number LIMIT 1`,
          [altSetId],
        )
      )[0];
      await server.dataSource.query(
        `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", yes, status, version) VALUES (gen_random_uuid(), $1, '32.75.09', $2, true, 'DRAFT', 1)`,
        [oldPeriodId, yesNo.id],
      );
      await server.dataSource.transaction((manager) =>
        refreshScores(manager, [{ periodId: oldPeriodId, kecamatanCode: '32.75.09' }]),
      );
      const altMax: number = (
        await server.dataSource.query(`SELECT sum("maxPoints")::int AS s FROM indicator WHERE "indicatorSetId" = $1`, [
          altSetId,
        ])
      )[0].s;
      expect(altMax).toBeLessThan(1000);

      const read = (year: number) => statementsOf(evaluator, SCORE, { year, k: '32.75.09' });
      const current = (await read(YEAR)).data.kecamatanScore;
      for (let round = 0; round < 2; round += 1) {
        const old = await read(YEAR - 1);
        expect(old.data.kecamatanScore.maxTotal).toBe(altMax);
        expect(old.data.kecamatanScore.total).toBe(yesNo.yes);
        expect(old.data.kecamatanScore.clusters.map((c: any) => c.cluster.code)).not.toContain('K5');
        const now = await read(YEAR);
        expect(now.data.kecamatanScore).toEqual(current);
        expect(now.data.kecamatanScore.maxTotal).toBe(1000);
        expect(now.data.kecamatanScore.clusters.map((c: any) => c.cluster.code)).toContain('K5');
        // Both sets are frozen (a period with answers uses them): the period with the kecamatan + score rows (the session is cached).
        if (round === 1) expect([old.count, now.count]).toEqual([1, 1]);
      }

      // An unused published set (an open year without answers) is read every time: an edit shows at once.
      const [{ id: freshSetId }] = await server.dataSource.query(
        `INSERT INTO indicator_set (id, code, name, source, status) VALUES (gen_random_uuid(), 'KLA-NEW', 'New', '', 'PUBLISHED') RETURNING id`,
      );
      await copyIndicators(freshSetId, 'NONE');
      await server.dataSource.query(
        `INSERT INTO period (id, year, status, deadline, "indicatorSetId") VALUES (gen_random_uuid(), $1, 'CLOSED', now(), $2)`,
        [YEAR + 1, freshSetId],
      );
      const fresh = async () => (await read(YEAR + 1)).data.kecamatanScore.maxTotal;
      expect(await fresh()).toBe(1000);
      expect(await fresh()).toBe(1000);
      // As updateIndicator does to a published set no answered period uses: the set returns to DRAFT, with a new maximum.
      await server.dataSource.query(
        `UPDATE indicator SET "maxPoints" = "maxPoints" - 10 WHERE "indicatorSetId" = $1 AND number = 1`,
        [freshSetId],
      );
      await server.dataSource.query(`UPDATE indicator_set SET status = 'DRAFT' WHERE id = $1`, [freshSetId]);
      expect(await fresh()).toBe(990);
      // Republished under the same id with yet another maximum: still not cached, still right.
      await server.dataSource.query(
        `UPDATE indicator SET "maxPoints" = "maxPoints" + 5 WHERE "indicatorSetId" = $1 AND number = 1`,
        [freshSetId],
      );
      await server.dataSource.query(`UPDATE indicator_set SET status = 'PUBLISHED' WHERE id = $1`, [freshSetId]);
      expect(await fresh()).toBe(995);
      expect((await read(YEAR + 1)).count).toBeGreaterThan(3);
    });
  });
}

describe('CatalogCache', () => {
  const catalog = { clusters: [], indicators: [], indicatorsByCode: new Map(), requirementsByIndicatorId: new Map() };
  it('keeps only what it is told is frozen, and at most its capacity', () => {
    const cache = new CatalogCache(2);
    cache.offer('draft', false, catalog);
    expect(cache.get('draft')).toBeUndefined();
    cache.offer('a', true, catalog);
    cache.offer('b', true, catalog);
    cache.offer('c', true, catalog);
    expect([cache.get('a'), cache.get('b') === catalog, cache.get('c') === catalog, cache.size]).toEqual([
      undefined,
      true,
      true,
      2,
    ]);
  });
});
