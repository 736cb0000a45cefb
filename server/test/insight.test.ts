import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, signedIn, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { describeOn } from './support/backends.js';
import { eventually } from './support/wait.js';
import { maxPointsColumns } from './support/direct-rows.js';
import { BEKASI_BARAT, JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';
import { DemoHistoryRefused, seedDemoHistory } from '../src/database/seed/demo-history.js';
import { IndicatorEntity } from '../src/modules/indicator/indicator.entity.js';
import { refreshScores } from '../src/modules/scoring/score-table.js';
import { SubmissionEntity, SubmissionStatus } from '../src/modules/submission/submission.entity.js';
import { EvidenceRequirementEntity } from '../src/modules/evidence/evidence-requirement.entity.js';
import { EvidenceFileEntity, EvidenceVerdict } from '../src/modules/evidence/evidence-file.entity.js';

const SUBSCRIPTION = `subscription ($year: Int!) { scoresChanged(year: $year) { year kecamatanCode reason at } }`;
const ROLLUP = `query ($year: Int!, $basis: ScoreBasis) { cityRollup(year: $year, basis: $basis) {
  year basis kecamatanCount categoryCounts { category count } minimumCategory layakAnakCount layakAnakShare averageTotal } }`;
const CITY_TREND = `query ($basis: ScoreBasis) { cityTrend(basis: $basis) { basis points {
  year demo inProgress kecamatanCount total category clusters { cluster { code } score } categoryCounts { category count } } } }`;
const KECAMATAN_TREND = `query ($k: String!, $basis: ScoreBasis) { kecamatanTrend(kecamatanCode: $k, basis: $basis) {
  kecamatan { code } basis points { year demo inProgress total category clusters { cluster { code } score } } } }`;
const SCORE = `query ($year: Int!, $k: String!) { kecamatanScore(year: $year, kecamatanCode: $k) {
  total verifiedTotal category verifiedCategory clusters { cluster { code } score verifiedScore } } }`;

// Kecamatan whose answers the roll-up tests craft (the live-update tests use Jatiasih and Bekasi Barat).
const ALL_MAX = '32.75.01';
const EXACTLY_500 = '32.75.03';
const EXACTLY_600 = '32.75.04';
const JUST_BELOW = '32.75.05';
const SELF_ONLY = '32.75.06';
const LATE_MAX = '32.75.07';

/** Codes of indicators whose maxPoints add up to exactly `target` (subset sum). */
function subsetSumming(indicators: IndicatorEntity[], target: number): IndicatorEntity[] {
  const reach = new Map<number, IndicatorEntity[]>([[0, []]]);
  for (const indicator of indicators) {
    for (const [sum, chosen] of [...reach.entries()]) {
      const next = sum + indicator.maxPoints;
      if (next <= target && !reach.has(next)) reach.set(next, [...chosen, indicator]);
    }
  }
  const found = reach.get(target);
  if (!found) throw new Error(`no subset of maxPoints sums to ${target}`);
  return found;
}

interface Subscription {
  events: any[];
  errors: unknown[];
  dispose(): void;
}

/** What a probe event carries as its time: no real change is announced at the epoch. */
const PROBE_AT = new Date(0).toISOString();

async function defineInsightSuite(backend: Backend) {
  await describeOn(backend, "evaluators' insight", () => {
    let server: TestServer;
    let evaluator: GqlClient;
    let operator: GqlClient;
    let otherOperator: GqlClient;
    let indicators: IndicatorEntity[];
    let periodId: string;
    const clients: Client[] = [];

    /**
     * Subscribes to scoresChanged and resolves once the server holds the subscription: probe events
     * (of Jatiasih, which every subscriber here may see) are published until one arrives, so every
     * event published afterwards reaches it. Probes are not recorded. A refused connection resolves
     * with its error instead.
     */
    async function subscribe(token: string | null, year = YEAR): Promise<Subscription> {
      const client = createClient({
        url: server.url.replace(/^http/, 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      const subscription: Subscription = { events: [], errors: [], dispose: () => void client.dispose() };
      let probed = false;
      client.subscribe(
        { query: SUBSCRIPTION, variables: { year } },
        {
          next: (value) => {
            const event = value.data?.scoresChanged as { at: string } | undefined;
            if (event?.at === PROBE_AT) probed = true;
            else subscription.events.push(event ?? value);
          },
          error: (error) => subscription.errors.push(error),
          complete: () => undefined,
        },
      );
      await eventually(
        () => {
          const settled = probed || subscription.errors.length > 0;
          if (!settled)
            server.scoreEvents.publish({ year, kecamatanCode: JATIASIH, reason: 'SAVED', at: new Date(PROBE_AT) });
          expect(settled, 'a probe event reached the subscription').toBe(true);
        },
        { intervalMs: 50 },
      );
      return subscription;
    }

    /** Verified (or only submitted) answers earning each indicator's maximum, written directly. */
    async function craft(kecamatanCode: string, chosen: IndicatorEntity[], status = SubmissionStatus.VERIFIED) {
      const verified = status === SubmissionStatus.VERIFIED;
      const rows = chosen.map((indicator) => ({
        id: randomUUID(),
        periodId,
        kecamatanCode,
        indicatorId: indicator.id,
        ...maxPointsColumns(indicator, verified),
        status,
        version: 2,
        verifiedAt: verified ? new Date() : null,
      }));
      await server.dataSource.getRepository(SubmissionEntity).insert(rows);
      // Written around the services, so the maintained score rows are refreshed as a bulk import would.
      await server.dataSource.transaction((manager) => refreshScores(manager, [{ periodId, kecamatanCode }]));
    }

    async function download(path: string, token: string | null) {
      const response = await fetch(`${server.url}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      return { response, bytes };
    }

    async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return workbook;
    }

    function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    }

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      evaluator = await signedIn(server, 'evaluator');
      operator = await signedIn(server, 'op-3275-09');
      otherOperator = await signedIn(server, 'op-3275-02');
      indicators = await server.dataSource.getRepository(IndicatorEntity).find({ order: { number: 'ASC' } });
      [{ id: periodId }] = await server.dataSource.query(`SELECT id FROM period WHERE year = $1`, [YEAR]);
    });
    afterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await server?.close();
    });

    describe('live updates (scoresChanged over graphql-ws)', () => {
      it('tells an evaluator that a verification changed a kecamatan', async () => {
        const saved = (await operator.request(SAVE_MUTATION, saveInput('K1-05', { count: 9 }, 0))).data.saveSubmission;
        expect(saved.__typename).toBe('Submission');
        await server.dataSource.query(
          `UPDATE submission SET status = 'SUBMITTED', version = version + 1 WHERE id = $1`,
          [saved.id],
        );
        const live = await subscribe(evaluator.token);
        const verified = await evaluator.request(
          `mutation ($input: VerifySubmissionInput!) { verifySubmission(input: $input) { __typename } }`,
          { input: { submissionId: saved.id, expectedVersion: saved.version + 1 } },
        );
        expect(verified.data.verifySubmission.__typename).toBe('Submission');
        await eventually(() => expect(live.events).not.toEqual([]));
        expect(live.events).toEqual([
          { year: YEAR, kecamatanCode: JATIASIH, reason: 'VERIFIED', at: expect.any(String) },
        ]);
        expect(live.errors).toEqual([]);
        live.dispose();
      });

      it('refuses an anonymous connection (4403) and sends it nothing', async () => {
        const live = await subscribe(null);
        await eventually(() => expect(live.errors).not.toEqual([]));
        expect((live.errors[0] as { code?: number }).code).toBe(4403);
        expect(live.events).toEqual([]);
      });

      it('refuses queries over the websocket: only subscriptions', async () => {
        const client = createClient({
          url: server.url.replace(/^http/, 'ws') + '/graphql',
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${evaluator.token}` },
          retryAttempts: 0,
        });
        clients.push(client);
        const errors: unknown[] = [];
        await new Promise<void>((resolve) =>
          client.subscribe(
            { query: '{ periods { year } }' },
            { next: () => undefined, error: (e) => (errors.push(e), resolve()), complete: resolve },
          ),
        );
        expect(JSON.stringify(errors)).toMatch(/Only subscriptions/);
      });

      it("gives an operator only their own kecamatan's events, an evaluator every kecamatan's", async () => {
        const own = await subscribe(operator.token);
        const all = await subscribe(evaluator.token);
        const other = await otherOperator.request(
          SAVE_MUTATION,
          saveInput('K1-05', { count: 4 }, 0, { kecamatanCode: BEKASI_BARAT }),
        );
        expect(other.data.saveSubmission.__typename).toBe('Submission');
        await eventually(() => expect(all.events).toHaveLength(1));
        const mine = await operator.request(SAVE_MUTATION, saveInput('KEL-03', { count: 2 }, 0));
        expect(mine.data.saveSubmission.__typename).toBe('Submission');
        // Events reach a connection in order: had the operator been sent the other kecamatan's
        // event, it would have come before their own.
        await eventually(() => {
          expect(own.events).not.toEqual([]);
          expect(all.events).toHaveLength(2);
        });
        expect(own.events.map((e) => [e.kecamatanCode, e.reason])).toEqual([[JATIASIH, 'SAVED']]);
        expect(all.events.map((e) => [e.kecamatanCode, e.reason])).toEqual([
          [BEKASI_BARAT, 'SAVED'],
          [JATIASIH, 'SAVED'],
        ]);
        own.dispose();
        all.dispose();
      });

      it('publishes nothing for a refused change (after commit only)', async () => {
        const all = await subscribe(evaluator.token);
        const stale = await operator.request(SAVE_MUTATION, saveInput('KEL-03', { count: 3 }, 0));
        expect(stale.data.saveSubmission.__typename).toBe('StaleVersionError');
        // A change that commits afterwards is announced; events arrive in order, so one from the
        // refused change would have come first.
        const other = await otherOperator.request(
          SAVE_MUTATION,
          saveInput('KEL-03', { count: 3 }, 0, { kecamatanCode: BEKASI_BARAT }),
        );
        expect(other.data.saveSubmission.__typename).toBe('Submission');
        await eventually(() => expect(all.events).not.toEqual([]));
        expect(all.events.map((e) => [e.kecamatanCode, e.reason])).toEqual([[BEKASI_BARAT, 'SAVED']]);
        all.dispose();
      });
    });

    describe('city roll-up', () => {
      it('counts every category (zeros included) and the layak-anak share at the configurable minimum, band edges included', async () => {
        await craft(ALL_MAX, indicators);
        await craft(EXACTLY_500, subsetSumming(indicators, 500));
        await craft(EXACTLY_600, subsetSumming(indicators, 600));
        await craft(JUST_BELOW, subsetSumming(indicators, 495));
        await craft(SELF_ONLY, indicators, SubmissionStatus.SUBMITTED);

        const score = async (k: string) => (await evaluator.request(SCORE, { year: YEAR, k })).data.kecamatanScore;
        expect((await score(EXACTLY_500)).verifiedTotal).toBe(500);
        expect((await score(EXACTLY_600)).verifiedCategory).toBe('PRATAMA');
        expect((await score(JUST_BELOW)).verifiedCategory).toBe('NONE');
        expect(await score(SELF_ONLY)).toMatchObject({ total: 1000, verifiedTotal: 0 });

        const verified = (await evaluator.request(ROLLUP, { year: YEAR })).data.cityRollup;
        expect(verified).toMatchObject({
          year: YEAR,
          basis: 'VERIFIED',
          kecamatanCount: 12,
          minimumCategory: 'PRATAMA',
          layakAnakCount: 3,
          layakAnakShare: 0.25,
        });
        expect(verified.categoryCounts).toEqual([
          { category: 'NONE', count: 9 },
          { category: 'PRATAMA', count: 2 },
          { category: 'MADYA', count: 0 },
          { category: 'NINDYA', count: 0 },
          { category: 'UTAMA', count: 0 },
          { category: 'KLA', count: 1 },
        ]);
        const self = (await evaluator.request(ROLLUP, { year: YEAR, basis: 'SELF_ASSESSED' })).data.cityRollup;
        expect(self).toMatchObject({ basis: 'SELF_ASSESSED', layakAnakCount: 4, layakAnakShare: 0.3333 });
        expect(self.categoryCounts.find((c: any) => c.category === 'KLA').count).toBe(2);

        // The minimum is data: raised to MADYA, the two Pratama kecamatan (500 and 600 exactly) no longer count.
        await server.dataSource.query(
          `UPDATE setting SET value = '"MADYA"' WHERE key = 'rollup.layakAnakMinimumCategory'`,
        );
        expect((await evaluator.request(ROLLUP, { year: YEAR })).data.cityRollup).toMatchObject({
          minimumCategory: 'MADYA',
          layakAnakCount: 1,
          layakAnakShare: 0.0833,
        });
        await server.dataSource.query(
          `UPDATE setting SET value = '"PRATAMA"' WHERE key = 'rollup.layakAnakMinimumCategory'`,
        );
      });

      it('is for evaluators, admins and API tokens only', async () => {
        expect((await operator.request(ROLLUP, { year: YEAR })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect((await new GqlClient(server).request(ROLLUP, { year: YEAR })).errors?.[0].extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      });

      it('spends the same statements however many answers there are', async () => {
        const count = async () => {
          server.queries.reset();
          const result = await evaluator.request(ROLLUP, { year: YEAR });
          expect(result.errors).toBeUndefined();
          return { statements: server.queries.count, layakAnak: result.data.cityRollup.layakAnakCount };
        };
        const before = await count();
        await craft(LATE_MAX, indicators);
        const after = await count();
        expect(after.layakAnak).toBe(before.layakAnak + 1);
        expect(after.statements).toBe(before.statements);
      });
    });

    describe('demo history and trends', () => {
      it('refuses to seed demo history over a real period, changing nothing', async () => {
        const setId = (await server.dataSource.query(`SELECT "indicatorSetId" FROM period WHERE year = $1`, [YEAR]))[0]
          .indicatorSetId;
        await server.dataSource.query(
          `INSERT INTO period (id, year, status, "indicatorSetId") VALUES ($1, 2025, 'CLOSED', $2)`,
          [randomUUID(), setId],
        );
        await expect(seedDemoHistory(server.dataSource, { now: TEST_NOW })).rejects.toBeInstanceOf(DemoHistoryRefused);
        expect(
          (await server.dataSource.query(`SELECT year FROM period ORDER BY year`)).map((r: any) => r.year),
        ).toEqual([2025, YEAR]);
        await server.dataSource.query(`DELETE FROM period WHERE year = 2025`);
      });

      let statementsWithOneYear: { city: number; kecamatan: number };
      it('measures the trend statements with a single year', async () => {
        server.queries.reset();
        const city = await evaluator.request(CITY_TREND, {});
        const cityCount = server.queries.count;
        server.queries.reset();
        await evaluator.request(KECAMATAN_TREND, { k: JATIASIH });
        statementsWithOneYear = { city: cityCount, kecamatan: server.queries.count };
        expect(city.data.cityTrend.points.map((p: any) => p.year)).toEqual([YEAR]);
      });

      it('adds three closed demo years, deterministic and idempotent', async () => {
        const first = await seedDemoHistory(server.dataSource, { now: TEST_NOW });
        expect(first).toEqual({ years: [2023, 2024, 2025], created: [2023, 2024, 2025], submissions: 3 * 12 * 24 });
        const again = await seedDemoHistory(server.dataSource, { now: TEST_NOW });
        expect(again).toEqual({ years: [2023, 2024, 2025], created: [], submissions: 0 });
        const periods = (await evaluator.request(`{ periods { year status demo } }`)).data.periods;
        expect(periods).toEqual([
          { year: YEAR, status: 'OPEN', demo: false },
          { year: 2025, status: 'CLOSED', demo: true },
          { year: 2024, status: 'CLOSED', demo: true },
          { year: 2023, status: 'CLOSED', demo: true },
        ]);
      });

      it('gives the city trend per year, oldest first, with the same values on every run and backend', async () => {
        const trend = (await evaluator.request(CITY_TREND, {})).data.cityTrend;
        // Only the open year is still in progress: its average is not final yet.
        expect(trend.points.map((p: any) => [p.year, p.demo, p.inProgress, p.kecamatanCount])).toEqual([
          [2023, true, false, 12],
          [2024, true, false, 12],
          [2025, true, false, 12],
          [YEAR, false, true, 12],
        ]);
        // Seeded PRNG: these figures are the same everywhere; a change in the generator shows here.
        expect(trend.points.slice(0, 3).map((p: any) => p.total)).toEqual(DEMO_CITY_AVERAGES);
        for (const point of trend.points) {
          expect(point.categoryCounts.map((c: any) => c.category)).toEqual([
            'NONE',
            'PRATAMA',
            'MADYA',
            'NINDYA',
            'UTAMA',
            'KLA',
          ]);
          expect(point.categoryCounts.reduce((n: number, c: any) => n + c.count, 0)).toBe(12);
          expect(point.clusters.map((c: any) => c.cluster.code)).toEqual(['KEL', 'K1', 'K2', 'K3', 'K4', 'K5']);
        }
        const board = (await evaluator.request(`{ scoreboard(year: 2024) { verifiedTotal } }`)).data.scoreboard;
        const average = Math.round((board.reduce((n: number, s: any) => n + s.verifiedTotal, 0) / 12) * 100) / 100;
        expect(trend.points[1].total).toBe(average);
      });

      it("gives a kecamatan's trend equal to its score of each year, on both bases", async () => {
        for (const basis of ['VERIFIED', 'SELF_ASSESSED'] as const) {
          const trend = (await operator.request(KECAMATAN_TREND, { k: JATIASIH, basis })).data.kecamatanTrend;
          expect(trend.points.map((p: any) => p.year)).toEqual([2023, 2024, 2025, YEAR]);
          expect(trend.points.map((p: any) => p.inProgress)).toEqual([false, false, false, true]);
          for (const point of trend.points) {
            const score = (await evaluator.request(SCORE, { year: point.year, k: JATIASIH })).data.kecamatanScore;
            expect(point.total).toBe(basis === 'VERIFIED' ? score.verifiedTotal : score.total);
            expect(point.category).toBe(basis === 'VERIFIED' ? score.verifiedCategory : score.category);
            expect(point.clusters.map((c: any) => c.score)).toEqual(
              score.clusters.map((c: any) => (basis === 'VERIFIED' ? c.verifiedScore : c.score)),
            );
          }
        }
        expect((await operator.request(KECAMATAN_TREND, { k: BEKASI_BARAT })).errors?.[0].extensions?.code).toBe(
          'FORBIDDEN',
        );
        expect((await operator.request(CITY_TREND, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      });

      it('spends the same statements with four years as with one', async () => {
        server.queries.reset();
        await evaluator.request(CITY_TREND, {});
        const city = server.queries.count;
        server.queries.reset();
        await evaluator.request(KECAMATAN_TREND, { k: JATIASIH });
        expect({ city, kecamatan: server.queries.count }).toEqual(statementsWithOneYear);
      });
    });

    describe('Excel exports', () => {
      it('exports the scoreboard: 12 rows sorted by total, self and verified, with every cluster', async () => {
        const { response, bytes } = await download(
          `/exports/scoreboard.xlsx?year=${YEAR}&basis=VERIFIED`,
          evaluator.token,
        );
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="skor-kla-${YEAR}-terverifikasi.xlsx"`,
        );
        expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
        const workbook = await readWorkbook(bytes);
        expect(workbook.worksheets.map((s) => s.name)).toEqual([`Skor ${YEAR}`, 'Waktu tanggap']);
        const rows = rowsOf(workbook.worksheets[0]);
        expect(rows[0]).toEqual([
          'Kode',
          'Kecamatan',
          'Nilai mandiri',
          'Nilai terverifikasi',
          'Kategori mandiri',
          'Kategori terverifikasi',
          'KEL mandiri',
          'KEL terverifikasi',
          'K1 mandiri',
          'K1 terverifikasi',
          'K2 mandiri',
          'K2 terverifikasi',
          'K3 mandiri',
          'K3 terverifikasi',
          'K4 mandiri',
          'K4 terverifikasi',
          'K5 mandiri',
          'K5 terverifikasi',
        ]);
        expect(rows).toHaveLength(13);
        const verifiedTotals = rows.slice(1).map((r) => r[3] as number);
        expect(verifiedTotals).toEqual([...verifiedTotals].sort((a, b) => b - a));
        expect(rows[1].slice(0, 6)).toEqual([ALL_MAX, 'Bekasi Timur', 1000, 1000, 'KLA', 'KLA']);
        const score = (await evaluator.request(SCORE, { year: YEAR, k: EXACTLY_600 })).data.kecamatanScore;
        const row = rows.find((r) => r[0] === EXACTLY_600)!;
        expect(row.slice(2, 6)).toEqual([600, 600, 'Pratama', 'Pratama']);
        expect(row.slice(6)).toEqual(score.clusters.flatMap((c: any) => [c.score, c.verifiedScore]));

        const self = await download(`/exports/scoreboard.xlsx?year=${YEAR}&basis=SELF_ASSESSED`, evaluator.token);
        const selfRows = rowsOf((await readWorkbook(self.bytes)).worksheets[0]);
        expect(selfRows.slice(1, 4).map((r) => r[2])).toEqual([1000, 1000, 1000]);
      });

      it('exports one kecamatan: a summary and a sheet per cluster with answers, points, status and evidence', async () => {
        const [submission] = await server.dataSource.query(
          `SELECT s.id FROM submission s JOIN indicator i ON i.id = s."indicatorId" WHERE s."periodId" = $1 AND s."kecamatanCode" = $2 AND i.code = 'K1-05'`,
          [periodId, JATIASIH],
        );
        const requirement = await server.dataSource
          .getRepository(EvidenceRequirementEntity)
          .findOneOrFail({ where: { indicator: { code: 'K1-05', indicatorSetId: indicators[0].indicatorSetId } } });
        await server.dataSource.getRepository(EvidenceFileEntity).insert({
          id: randomUUID(),
          submissionId: submission.id,
          requirementId: requirement.id,
          storageKey: randomUUID(),
          originalName: 'daftar-forum-anak.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 1234,
          sha256: 'a'.repeat(64),
          verdict: EvidenceVerdict.PENDING,
        });
        const { response, bytes } = await download(`/exports/kecamatan/${JATIASIH}.xlsx?year=${YEAR}`, operator.token);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="kla-${YEAR}-32.75.09-Jatiasih.xlsx"`,
        );
        expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
        const workbook = await readWorkbook(bytes);
        expect(workbook.worksheets.map((s) => s.name)).toEqual([
          'Ringkasan',
          'KEL',
          'K1',
          'K2',
          'K3',
          'K4',
          'K5',
          'Waktu tanggap',
        ]);
        const k1 = rowsOf(workbook.getWorksheet('K1')!);
        expect(k1[0]).toEqual([
          'No',
          'Kode',
          'Indikator',
          'Jawaban',
          'Nilai',
          'Jawaban terverifikasi',
          'Nilai terverifikasi',
          'Status',
          'Jumlah bukti',
          'Berkas bukti',
          'Kewajaran',
        ]);
        const scored = (
          await operator.request(
            `query ($y: Int!, $k: String!) { submissions(year: $y, kecamatanCode: $k) { indicatorCode points verifiedPoints } }`,
            { y: YEAR, k: JATIASIH },
          )
        ).data.submissions;
        const k105 = scored.find((s: any) => s.indicatorCode === 'K1-05');
        const row = k1.find((r) => r[1] === 'K1-05')!;
        expect([row[0], row[3], row[4], row[5], row[6], row[7], row[8], row[9]]).toEqual([
          5,
          '9',
          k105.points,
          '9',
          k105.verifiedPoints,
          'Terverifikasi',
          1,
          'daftar-forum-anak.pdf',
        ]);
        const unanswered = k1.find((r) => r[1] === 'K1-04')!;
        expect([unanswered[4], unanswered[7], unanswered[8]]).toEqual([0, 'Belum diisi', 0]);
        const summary = rowsOf(workbook.getWorksheet('Ringkasan')!);
        const score = (await operator.request(SCORE, { year: YEAR, k: JATIASIH })).data.kecamatanScore;
        expect(summary.find((r) => r[0] === 'Total')!.slice(2, 5)).toEqual([score.total, score.verifiedTotal, 1000]);
        expect(summary.slice(1, 7).map((r) => r[0])).toEqual(['KEL', 'K1', 'K2', 'K3', 'K4', 'K5']);
      });

      it('puts every export taken on the audit trail, and no refused one', async () => {
        const count = async () =>
          (
            await server.dataSource.query(
              `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'EXPORT_DOWNLOADED'`,
            )
          )[0].n as number;
        const before = await count();
        expect(
          (await download(`/exports/kecamatan/${JATIASIH}.xlsx?year=${YEAR}`, operator.token)).response.status,
        ).toBe(200);
        expect(
          (await download(`/exports/kecamatan/${BEKASI_BARAT}.xlsx?year=${YEAR}`, operator.token)).response.status,
        ).toBe(403);
        expect(await count()).toBe(before + 1);
        const [entry] = await server.dataSource.query(
          `SELECT username, after FROM audit_entry WHERE action = 'EXPORT_DOWNLOADED' ORDER BY id DESC LIMIT 1`,
        );
        expect(entry).toMatchObject({
          username: 'op-3275-09',
          after: { path: `/exports/kecamatan/${JATIASIH}.xlsx`, query: { year: String(YEAR) } },
        });
      });

      it('refuses with JSON: 401 anonymous, 403 out of scope, 404 unknown, 400 bad year', async () => {
        const cases: Array<[string, string | null, number, string]> = [
          [`/exports/scoreboard.xlsx?year=${YEAR}`, null, 401, 'UNAUTHENTICATED'],
          [`/exports/kecamatan/${JATIASIH}.xlsx?year=${YEAR}`, null, 401, 'UNAUTHENTICATED'],
          [`/exports/scoreboard.xlsx?year=${YEAR}`, operator.token, 403, 'NOT_ALLOWED'],
          [`/exports/kecamatan/${BEKASI_BARAT}.xlsx?year=${YEAR}`, operator.token, 403, 'NOT_ALLOWED'],
          [`/exports/kecamatan/32.75.99.xlsx?year=${YEAR}`, evaluator.token, 404, 'NOT_FOUND'],
          [`/exports/scoreboard.xlsx?year=1990`, evaluator.token, 404, 'NOT_FOUND'],
          [`/exports/scoreboard.xlsx?year=abc`, evaluator.token, 400, 'VALIDATION_FAILED'],
        ];
        for (const [path, token, status, code] of cases) {
          const { response, bytes } = await download(path, token);
          expect([path, response.status]).toEqual([path, status]);
          expect(response.headers.get('content-type')).toMatch(/^application\/json/);
          expect(JSON.parse(bytes.toString('utf8')).code).toBe(code);
        }
      });
    });
  });
}

/** City verified averages of the demo years 2023–2025 (seeded PRNG). */
const DEMO_CITY_AVERAGES = [587.08, 644.58, 700.42];

await defineInsightSuite('postgres');
await defineInsightSuite('embedded');
