import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerNearPoints, seedOf, seededRandom } from '@kecala/domain';
import { IndicatorEntity } from '../src/modules/indicator/indicator.entity.js';
import { Period } from '../src/modules/period/period.entity.js';
import { Kecamatan } from '../src/modules/region/kecamatan.entity.js';
import { ClusterEntity } from '../src/modules/indicator/cluster.entity.js';
import { scoreRowsOf, totalRowsOf } from '../src/modules/scoring/score-table.js';
import { SubmissionEntity } from '../src/modules/submission/submission.entity.js';
import { GqlClient, signedIn, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { periodWithIndicators } from './support/catalog.js';
import { SAVE_MUTATION, TEST_NOW, YEAR } from './support/fixtures.js';

/**
 * The maintained score table (kecamatan_score) against a full recompute from the answers with the
 * pure scoring module, after a seeded random sequence of saves, submits, verifications (single and
 * bulk), returns and reopens on several kecamatan; on both backends.
 */
const SUBMIT = `mutation ($input: SubmitSubmissionsInput!) { submitSubmissions(input: $input) { __typename } }`;
const VERIFY = `mutation ($input: VerifySubmissionInput!) { verifySubmission(input: $input) { __typename } }`;
const VERIFY_MANY = `mutation ($input: VerifySubmissionsInput!) { verifySubmissions(input: $input) { __typename } }`;
const RETURN = `mutation ($input: ReviewSubmissionInput!) { returnSubmission(input: $input) { __typename } }`;
const REOPEN = `mutation ($input: ReviewSubmissionInput!) { reopenSubmission(input: $input) { __typename } }`;
const BOARD = `query ($year: Int!) { scoreboard(year: $year) { kecamatan { code } total category verifiedTotal verifiedCategory verifiedCount
  clusters { cluster { code } score maxPoints answered indicatorCount verifiedScore verified } } }`;
const KECAMATAN = ['32.75.01', '32.75.02', '32.75.05', '32.75.09'];
const STEPS = 70;

const postgres = await serverPostgresAvailable();

for (const backend of ['postgres', 'embedded'] as Backend[]) {
  describe.skipIf(backend === 'postgres' && !postgres)(`maintained score table (${backend})`, () => {
    let server: TestServer;
    let evaluator: GqlClient;
    const operators = new Map<string, GqlClient>();
    let indicators: IndicatorEntity[];
    let period: Period;

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      evaluator = await signedIn(server, 'evaluator');
      for (const code of KECAMATAN)
        operators.set(code, await signedIn(server, `op-${code.slice(0, 5).replace('.', '')}-${code.slice(6)}`));
      // Evidence has its own tests: here every answer may be submitted without files.
      await server.dataSource.query('UPDATE evidence_requirement SET required = false');
      ({ period, indicators } = await periodWithIndicators(server.dataSource));
    }, 60_000);
    afterAll(async () => {
      await server?.close();
    });

    async function boardStatements(): Promise<number> {
      server.queries.reset();
      const result = await evaluator.request(BOARD, { year: YEAR });
      expect(result.errors).toBeUndefined();
      return server.queries.count;
    }

    /** Every kecamatan's rows recomputed from the answers with the pure module. */
    async function recomputed() {
      const [kecamatan, answers] = await Promise.all([
        server.dataSource.getRepository(Kecamatan).find(),
        server.dataSource.getRepository(SubmissionEntity).find({ where: { periodId: period.id } }),
      ]);
      return kecamatan
        .filter((k) => answers.some((a) => a.kecamatanCode === k.code))
        .flatMap((k) =>
          scoreRowsOf(
            { periodId: period.id, kecamatanCode: k.code },
            indicators,
            answers.filter((a) => a.kecamatanCode === k.code),
          ),
        );
    }

    async function table() {
      return (
        await server.dataSource.query(
          `SELECT "periodId", "kecamatanCode", "clusterCode", basis, score, answered, verified FROM kecamatan_score WHERE "periodId" = $1`,
          [period.id],
        )
      ).map((r: any) => ({ ...r, score: Number(r.score) }));
    }

    const sortRows = (rows: any[]) =>
      [...rows].sort((a, b) =>
        `${a.kecamatanCode}|${a.clusterCode}|${a.basis}`.localeCompare(
          `${b.kecamatanCode}|${b.clusterCode}|${b.basis}`,
        ),
      );

    /** The maintained totals (kecamatan_total) of every kecamatan of the period. */
    async function totalsTable() {
      return (
        await server.dataSource.query(
          `SELECT "periodId", "kecamatanCode", basis, total, answered, verified FROM kecamatan_total WHERE "periodId" = $1`,
          [period.id],
        )
      ).map((r: any) => ({ ...r, total: Number(r.total) }));
    }

    /** Totals recomputed from the answers: every kecamatan, zeros where nothing is answered. */
    async function recomputedTotals() {
      const computed = totalRowsOf(await recomputed());
      const kecamatan = await server.dataSource.getRepository(Kecamatan).find();
      return kecamatan.flatMap((k) =>
        (['SELF', 'VERIFIED'] as const).map(
          (basis) =>
            computed.find((t) => t.kecamatanCode === k.code && t.basis === basis) ?? {
              periodId: period.id,
              kecamatanCode: k.code,
              basis,
              total: 0,
              answered: 0,
              verified: 0,
            },
        ),
      );
    }

    it('equals a full recompute from the answers after a random sequence of changes, and scoreboard statements stay constant', async () => {
      // Before any answer the year's indicator set is not frozen (its catalog is read every time); after it, cached.
      const statementsUncached = await boardStatements();
      let statementsBefore = 0;
      const random = seededRandom(seedOf(`score-table|${backend}`));
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
      const kinds = new Map<string, number>();
      for (let step = 0; step < STEPS; step += 1) {
        const rows = await server.dataSource.getRepository(SubmissionEntity).find({ where: { periodId: period.id } });
        const inState = (...states: string[]) =>
          rows.filter((r) => states.includes(r.status) && KECAMATAN.includes(r.kecamatanCode));
        const roll = random();
        let kind = 'save';
        let result: any;
        if (roll < 0.15 && inState('DRAFT', 'RETURNED').length > 0) {
          kind = 'submit';
          const row = pick(inState('DRAFT', 'RETURNED'));
          const code = indicators.find((i) => i.id === row.indicatorId)!.code;
          result = await operators
            .get(row.kecamatanCode)!
            .request(SUBMIT, { input: { year: YEAR, kecamatanCode: row.kecamatanCode, indicatorCodes: [code] } });
        } else if (roll < 0.25 && inState('SUBMITTED').length > 0) {
          kind = 'verify';
          const row = pick(inState('SUBMITTED'));
          const indicator = indicators.find((i) => i.id === row.indicatorId)!;
          const corrected = random() < 0.5 ? answerNearPoints(indicator, random() * indicator.maxPoints) : null;
          result = await evaluator.request(VERIFY, {
            input: {
              submissionId: row.id,
              expectedVersion: row.version,
              correctedAnswer: corrected,
              note: corrected ? 'Dikoreksi' : null,
            },
          });
        } else if (roll < 0.32 && inState('SUBMITTED').length > 0) {
          kind = 'verifyMany';
          result = await evaluator.request(VERIFY_MANY, {
            input: {
              submissionIds: inState('SUBMITTED')
                .slice(0, 6)
                .map((r) => r.id),
            },
          });
        } else if (roll < 0.38 && inState('SUBMITTED').length > 0) {
          kind = 'return';
          const row = pick(inState('SUBMITTED'));
          result = await evaluator.request(RETURN, {
            input: { submissionId: row.id, expectedVersion: row.version, reason: 'Perbaiki' },
          });
        } else if (roll < 0.44 && inState('VERIFIED').length > 0) {
          kind = 'reopen';
          const row = pick(inState('VERIFIED'));
          result = await evaluator.request(REOPEN, {
            input: { submissionId: row.id, expectedVersion: row.version, reason: 'Dibuka lagi' },
          });
        } else {
          const kecamatanCode = pick(KECAMATAN);
          const editable = inState('DRAFT', 'RETURNED').filter((r) => r.kecamatanCode === kecamatanCode);
          const row = random() < 0.3 && editable.length > 0 ? pick(editable) : null;
          const indicator = row ? indicators.find((i) => i.id === row.indicatorId)! : pick(indicators);
          const existing = rows.find((r) => r.kecamatanCode === kecamatanCode && r.indicatorId === indicator.id);
          if (existing && !['DRAFT', 'RETURNED'].includes(existing.status)) continue;
          const answer = random() < 0.1 ? null : answerNearPoints(indicator, random() * indicator.maxPoints);
          result = await operators.get(kecamatanCode)!.request(SAVE_MUTATION, {
            input: {
              year: YEAR,
              kecamatanCode,
              indicatorCode: indicator.code,
              answer,
              expectedVersion: existing?.version ?? 0,
            },
          });
        }
        expect(result.errors, `${kind}: ${JSON.stringify(result.errors)}`).toBeUndefined();
        const typename = (Object.values(result.data)[0] as any).__typename;
        expect(['Submission', 'SubmitSuccess', 'VerifySubmissionsSuccess'], `${kind} gave ${typename}`).toContain(
          typename,
        );
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (statementsBefore === 0) {
          await boardStatements(); // the first read after the first answer fills the cache
          statementsBefore = await boardStatements();
        }
      }
      expect(statementsBefore).toBeLessThan(statementsUncached);
      expect([...kinds.keys()].sort()).toEqual(['reopen', 'return', 'save', 'submit', 'verify', 'verifyMany']);

      expect(sortRows(await table())).toEqual(sortRows(await recomputed()));
      expect(sortRows(await totalsTable())).toEqual(sortRows(await recomputedTotals()));
      expect((await totalsTable()).some((t: any) => t.total > 0 && t.basis === 'VERIFIED')).toBe(true);

      // The API's scoreboard is the one the old compute-on-read path gives from the answers.
      const { toKecamatanScore } = await import('../src/modules/scoring/scoring.service.js');
      const clusters = (
        await server.dataSource.getRepository(ClusterEntity).find({ order: { sortOrder: 'ASC' } })
      ).filter((c) => indicators.some((i) => i.clusterCode === c.code));
      const answers = await server.dataSource.getRepository(SubmissionEntity).find({ where: { periodId: period.id } });
      const catalog = { period, indicators, clusters: clusters.map((c) => ({ code: c.code })) } as any;
      const board = (await evaluator.request(BOARD, { year: YEAR })).data.scoreboard;
      for (const entry of board) {
        const expected = toKecamatanScore(
          catalog,
          { code: entry.kecamatan.code } as Kecamatan,
          YEAR,
          answers.filter((a) => a.kecamatanCode === entry.kecamatan.code),
        );
        expect({
          total: entry.total,
          verifiedTotal: entry.verifiedTotal,
          category: entry.category,
          verifiedCategory: entry.verifiedCategory,
          verifiedCount: entry.verifiedCount,
        }).toEqual({
          total: expected.total,
          verifiedTotal: expected.verifiedTotal,
          category: expected.category,
          verifiedCategory: expected.verifiedCategory,
          verifiedCount: expected.verifiedCount,
        });
        expect(
          entry.clusters.map((c: any) => [c.cluster.code, c.score, c.answered, c.verifiedScore, c.verified]),
        ).toEqual(expected.clusters.map((c) => [c.cluster.code, c.score, c.answered, c.verifiedScore, c.verified]));
      }
      expect(board.some((entry: any) => entry.total > 0 && entry.verifiedCount > 0)).toBe(true);

      expect(await boardStatements()).toBe(statementsBefore);
    }, 120_000);

    it('counts carried-forward answers only once confirmed: the table equals a recompute with pending rows and after confirming', async () => {
      const answered = async () =>
        (await table()).filter((r: any) => r.basis === 'SELF').reduce((sum: number, r: any) => sum + r.answered, 0);
      const rows = await server.dataSource.getRepository(SubmissionEntity).find({ where: { periodId: period.id } });
      // A pending carried-forward row per kecamatan, on an indicator it has not answered (as carryForwardSubmissions writes it).
      const pending: Array<{ id: string; kecamatanCode: string }> = [];
      for (const kecamatanCode of KECAMATAN) {
        const indicator = indicators.find(
          (i) => !rows.some((r) => r.kecamatanCode === kecamatanCode && r.indicatorId === i.id),
        );
        if (!indicator) continue;
        const id = crypto.randomUUID();
        const carried = {
          numerator: null,
          denominator: null,
          count: null,
          yes: null,
          option: null,
          ...answerNearPoints(indicator, indicator.maxPoints),
        };
        await server.dataSource.query(
          `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", status, version, "carriedForwardFromYear", "carriedForwardAnswer", "carriedForwardPending")
           VALUES ($1, $2, $3, $4, 'DRAFT', 1, $5, $6, true)`,
          [id, period.id, kecamatanCode, indicator.id, YEAR - 1, JSON.stringify(carried)],
        );
        pending.push({ id, kecamatanCode });
      }
      expect(pending.length).toBeGreaterThan(0);
      const answeredBefore = await answered();
      expect(sortRows(await table())).toEqual(sortRows(await recomputed()));

      for (const { id, kecamatanCode } of pending) {
        const result = await operators
          .get(kecamatanCode)!
          .request(
            `mutation ($input: ConfirmCarriedForwardInput!) { confirmCarriedForward(input: $input) { __typename } }`,
            { input: { items: [{ submissionId: id, expectedVersion: 1 }] } },
          );
        expect(result.data.confirmCarriedForward.__typename).toBe('ConfirmCarriedForwardSuccess');
      }
      expect(await answered()).toBe(answeredBefore + pending.length);
      expect(sortRows(await table())).toEqual(sortRows(await recomputed()));
    });

    it('backfills rows for answers written without them (a database from before the table), idempotently', async () => {
      const { backfillScores } = await import('../src/modules/scoring/score-table.js');
      const expected = sortRows(await table());
      const expectedTotals = sortRows(await totalsTable());
      await server.dataSource.query(`DELETE FROM kecamatan_score WHERE "kecamatanCode" = $1`, [KECAMATAN[0]]);
      await server.dataSource.query(
        `UPDATE kecamatan_total SET total = 0, answered = 0, verified = 0 WHERE "kecamatanCode" = $1`,
        [KECAMATAN[0]],
      );
      expect(await server.dataSource.transaction((manager) => backfillScores(manager))).toBe(1);
      expect(await server.dataSource.transaction((manager) => backfillScores(manager))).toBe(0);
      expect(sortRows(await table())).toEqual(expected);
      expect(sortRows(await totalsTable())).toEqual(expectedTotals);
    });

    it('stays equal to a recompute under simultaneous saves of one kecamatan beside a bulk verification, and rewrites missing rows', async () => {
      const kecamatanCode = KECAMATAN[1];
      const operator = operators.get(kecamatanCode)!;
      const byId = new Map(indicators.map((i) => [i.id, i]));
      const save = (indicator: IndicatorEntity, version: number, fraction: number) =>
        operator.request(SAVE_MUTATION, {
          input: {
            year: YEAR,
            kecamatanCode,
            indicatorCode: indicator.code,
            answer: answerNearPoints(indicator, fraction * indicator.maxPoints),
            expectedVersion: version,
          },
        });
      // Every indicator answered once (saves of rows that exist take the delta path).
      let rows = await server.dataSource
        .getRepository(SubmissionEntity)
        .find({ where: { periodId: period.id, kecamatanCode } });
      for (const indicator of indicators) {
        const row = rows.find((r) => r.indicatorId === indicator.id);
        if (!row) expect((await save(indicator, 0, 0.5)).data.saveSubmission.__typename).toBe('Submission');
      }
      const submit = await operator.request(SUBMIT, {
        input: { year: YEAR, kecamatanCode, indicatorCodes: indicators.slice(0, 4).map((i) => i.code) },
      });
      expect(submit.errors).toBeUndefined();
      for (const fraction of [0.1, 0.9, 0.4]) {
        rows = await server.dataSource
          .getRepository(SubmissionEntity)
          .find({ where: { periodId: period.id, kecamatanCode } });
        const editable = rows.filter((r) => ['DRAFT', 'RETURNED'].includes(r.status));
        const submitted = rows.filter((r) => r.status === 'SUBMITTED');
        expect(editable.length).toBeGreaterThan(10);
        // Several operators of the kecamatan at once, and an evaluator verifying (a full rewrite) meanwhile.
        const results = await Promise.all([
          ...editable.map((r) => save(byId.get(r.indicatorId)!, r.version, fraction)),
          ...(submitted.length > 0 && fraction === 0.9
            ? [evaluator.request(VERIFY_MANY, { input: { submissionIds: submitted.map((r) => r.id) } })]
            : []),
        ]);
        for (const result of results) {
          expect(result.errors).toBeUndefined();
          expect(['Submission', 'VerifySubmissionsSuccess']).toContain(
            (Object.values(result.data)[0] as any).__typename,
          );
        }
      }
      expect(sortRows(await table())).toEqual(sortRows(await recomputed()));
      expect(sortRows(await totalsTable())).toEqual(sortRows(await recomputedTotals()));

      // A kecamatan whose score rows are missing: the save rewrites them from the answers.
      await server.dataSource.query(`DELETE FROM kecamatan_score WHERE "kecamatanCode" = $1`, [kecamatanCode]);
      const row = (
        await server.dataSource.getRepository(SubmissionEntity).find({ where: { periodId: period.id, kecamatanCode } })
      ).find((r) => ['DRAFT', 'RETURNED'].includes(r.status))!;
      expect((await save(byId.get(row.indicatorId)!, row.version, 0.7)).data.saveSubmission.__typename).toBe(
        'Submission',
      );
      expect(sortRows(await table())).toEqual(sortRows(await recomputed()));
      expect(sortRows(await totalsTable())).toEqual(sortRows(await recomputedTotals()));
    });
  });
}
