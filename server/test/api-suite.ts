import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, signedIn, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import {
  BEKASI_BARAT,
  JATIASIH,
  SAVE_MUTATION,
  SCOREBOARD_QUERY,
  SCORE_QUERY,
  SUBMISSIONS_QUERY,
  TEST_NOW,
  YEAR,
  saveInput,
} from './support/fixtures.js';
import { insertDraftAnswers } from './support/direct-rows.js';

/**
 * The API contract, run once against the server PostgreSQL and once against the embedded one.
 * Tests in a file share one seeded database and run in order.
 */
export async function defineApiSuite(backend: Backend) {
  const available = backend === 'embedded' || (await serverPostgresAvailable());

  describe.skipIf(!available)(`GraphQL API on ${backend} PostgreSQL`, () => {
    let server: TestServer;
    let anonymous: GqlClient;
    let operator: GqlClient;
    let evaluator: GqlClient;

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      anonymous = new GqlClient(server);
      operator = await signedIn(server, 'op-3275-09');
      evaluator = await signedIn(server, 'evaluator');
    });
    afterAll(async () => {
      await server?.close();
    });

    const save = (client: GqlClient, vars: ReturnType<typeof saveInput>) => client.request(SAVE_MUTATION, vars);
    const submissionsOf = async (client: GqlClient, k = JATIASIH) =>
      (await client.request(SUBMISSIONS_QUERY, { year: YEAR, k })).data!.submissions as Array<Record<string, any>>;
    const savedAnswer = async (code: string) => (await submissionsOf(evaluator)).find((s) => s.indicatorCode === code);

    describe('seed', () => {
      it('loads Kota Bekasi: 12 kecamatan, 56 kelurahan, 6 clusters, 24 indicators worth 1000 points', async () => {
        const { data } = await anonymous.request(
          `{ kecamatans { code name kelurahan { code } } periods { year status indicatorSet { code } } }`,
        );
        expect(data.kecamatans).toHaveLength(12);
        expect(data.kecamatans.flatMap((k: any) => k.kelurahan)).toHaveLength(56);
        expect(data.kecamatans.find((k: any) => k.code === JATIASIH)).toMatchObject({ name: 'Jatiasih' });
        expect(data.kecamatans.find((k: any) => k.code === JATIASIH).kelurahan).toHaveLength(6);
        expect(data.periods).toEqual([{ year: YEAR, status: 'OPEN', indicatorSet: { code: 'KLA-24' } }]);

        const clusters = (
          await anonymous.request(`{ clusters(year: ${YEAR}) { code maxPoints indicators { code maxPoints } } }`)
        ).data.clusters;
        expect(clusters.map((c: any) => [c.code, c.indicators.length])).toEqual([
          ['KEL', 3],
          ['K1', 3],
          ['K2', 5],
          ['K3', 6],
          ['K4', 3],
          ['K5', 4],
        ]);
        const indicators = clusters.flatMap((c: any) => c.indicators);
        expect(indicators).toHaveLength(24);
        expect(indicators.reduce((sum: number, i: any) => sum + i.maxPoints, 0)).toBe(1000);
        expect(clusters.reduce((sum: number, c: any) => sum + c.maxPoints, 0)).toBe(1000);
      });

      it('answers a year without a period with NOT_FOUND naming the argument', async () => {
        const result = await anonymous.request(`{ clusters(year: 1999) { code } }`);
        expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(result.errors?.[0].message).toContain('year');
      });
    });

    describe('sign-in', () => {
      it('refuses a wrong password with a typed error and no token', async () => {
        const result = await anonymous.request(
          `mutation { login(username: "evaluator", password: "wrong") { __typename ... on ErrorResult { code } } }`,
        );
        expect(result.data.login).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
      });

      it('reports who is signed in, and logout ends the session', async () => {
        const client = await signedIn(server, 'op-3275-02');
        expect((await client.request(`{ me { username role kecamatan { code } } }`)).data.me).toEqual({
          username: 'op-3275-02',
          role: 'OPERATOR',
          kecamatan: { code: BEKASI_BARAT },
        });
        expect((await client.request(`mutation { logout }`)).data.logout).toBe(true);
        expect((await client.request(`{ me { username } }`)).data.me).toBeNull();
      });
    });

    describe('saving answers', () => {
      it('saves each measure type, returns its points, and reads it back', async () => {
        const cases: Array<[string, Record<string, unknown>, number]> = [
          ['K1-04', { numerator: 90, denominator: 100 }, 40],
          ['K2-08', { yes: true }, 40],
          ['KEL-03', { count: 5 }, 30],
          ['KEL-01', { option: 'ADA_DILAKSANAKAN_ANGGARAN' }, 60],
          ['K2-07', { numerator: 2, denominator: 100 }, 10],
          // No reported victims: 0 / 0 is a valid answer for "served / reported" indicators.
          ['K5-21', { numerator: 0, denominator: 0 }, 40],
        ];
        for (const [code, answer, points] of cases) {
          const result = await save(operator, saveInput(code, answer, 0, { note: `catatan ${code}` }));
          expect(result.data.saveSubmission).toMatchObject({
            __typename: 'Submission',
            version: 1,
            points,
            updatedBy: { username: 'op-3275-09' },
          });
        }
        const saved = await submissionsOf(operator);
        expect(saved.map((s) => s.indicatorCode)).toEqual(['KEL-01', 'KEL-03', 'K1-04', 'K2-07', 'K2-08', 'K5-21']);
        expect(saved.find((s) => s.indicatorCode === 'K1-04')).toMatchObject({
          version: 1,
          points: 40,
          note: 'catatan K1-04',
          answer: { numerator: 90, denominator: 100, percentage: 90, count: null, yes: null, option: null },
        });
      });

      it('scores the kecamatan per cluster and in the scoreboard', async () => {
        const score = (await operator.request(SCORE_QUERY, { year: YEAR, k: JATIASIH })).data.kecamatanScore;
        expect(score.total).toBe(220);
        expect(score.maxTotal).toBe(1000);
        expect(score.category).toBe('NONE');
        expect(score.clusters.map((c: any) => [c.cluster.code, c.score, c.maxPoints, c.answered])).toEqual([
          ['KEL', 90, 170, 2],
          ['K1', 40, 130, 1],
          ['K2', 50, 180, 2],
          ['K3', 0, 220, 0],
          ['K4', 0, 150, 0],
          ['K5', 40, 150, 1],
        ]);
        const board = (await evaluator.request(SCOREBOARD_QUERY, { year: YEAR })).data.scoreboard;
        expect(board).toHaveLength(12);
        expect(board[0]).toMatchObject({ kecamatan: { code: JATIASIH }, total: 220 });
        expect(board.slice(1).every((row: any) => row.total === 0)).toBe(true);
      });

      it('raises the version on every save and clears an answer with null', async () => {
        const updated = await save(operator, saveInput('K1-04', { numerator: 99, denominator: 100 }, 1));
        expect(updated.data.saveSubmission).toMatchObject({ __typename: 'Submission', version: 2, points: 50 });
        const cleared = await save(operator, saveInput('K1-04', null, 2));
        expect(cleared.data.saveSubmission).toMatchObject({
          __typename: 'Submission',
          version: 3,
          points: 0,
          answer: null,
        });
        const restored = await save(
          operator,
          saveInput('K1-04', { numerator: 90, denominator: 100 }, 3, { note: 'catatan K1-04' }),
        );
        expect(restored.data.saveSubmission).toMatchObject({ version: 4, points: 40 });
      });

      it('writes an audit entry with before and after in the same transaction', async () => {
        const rows = await server.dataSource.query(
          `SELECT action, username, role, "before", "after" FROM audit_entry WHERE "entityType" = 'Submission' ORDER BY id`,
        );
        expect(rows.length).toBe(9);
        const last = rows[rows.length - 1];
        expect(last).toMatchObject({ action: 'SUBMISSION_UPDATED', username: 'op-3275-09', role: 'OPERATOR' });
        expect(last.before).toMatchObject({ numerator: null, version: 3 });
        expect(last.after).toMatchObject({ numerator: 90, denominator: 100, version: 4, indicatorCode: 'K1-04' });
      });
    });

    describe('authorization', () => {
      it('refuses anonymous writes and private reads', async () => {
        const write = await save(anonymous, saveInput('K1-05', { count: 3 }, 0));
        expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        for (const [query, vars] of [
          [SUBMISSIONS_QUERY, { year: YEAR, k: JATIASIH }],
          [SCORE_QUERY, { year: YEAR, k: JATIASIH }],
          [SCOREBOARD_QUERY, { year: YEAR }],
        ] as const) {
          const result = await anonymous.request(query, vars);
          expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
          expect(result.data).toBeNull();
        }
        expect(await savedAnswer('K1-05')).toBeUndefined();
      });

      it('refuses an operator writing or reading another kecamatan', async () => {
        const write = await save(operator, {
          input: { ...saveInput('K1-05', { count: 3 }, 0).input, kecamatanCode: BEKASI_BARAT },
        });
        expect(write.data.saveSubmission).toMatchObject({ __typename: 'NotAllowedError', code: 'NOT_ALLOWED' });
        expect(await submissionsOf(evaluator, BEKASI_BARAT)).toEqual([]);
        const read = await operator.request(SUBMISSIONS_QUERY, { year: YEAR, k: BEKASI_BARAT });
        expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect((await operator.request(SCOREBOARD_QUERY, { year: YEAR })).errors?.[0].extensions?.code).toBe(
          'FORBIDDEN',
        );
      });

      it('lets the evaluator read every kecamatan but write no answer', async () => {
        const write = await save(evaluator, saveInput('K1-05', { count: 3 }, 0));
        expect(write.data.saveSubmission).toMatchObject({ __typename: 'NotAllowedError' });
        expect((await submissionsOf(evaluator)).length).toBe(6);
      });
    });

    describe('bad input is refused with the field named and nothing changes', () => {
      const refusals: Array<[string, string, Record<string, unknown>, string, string]> = [
        [
          'numerator above denominator',
          'K1-04',
          { numerator: 101, denominator: 100 },
          'answer.numerator',
          'NUMERATOR_EXCEEDS_DENOMINATOR',
        ],
        ['zero denominator', 'K1-04', { numerator: 0, denominator: 0 }, 'answer.denominator', 'DENOMINATOR_ZERO'],
        ['negative numerator', 'K1-04', { numerator: -1, denominator: 100 }, 'answer.numerator', 'NEGATIVE'],
        ['half a percentage answer', 'K1-04', { numerator: 5 }, 'answer.denominator', 'REQUIRED'],
        [
          'a count for a percentage',
          'K1-04',
          { numerator: 5, denominator: 10, count: 3 },
          'answer.count',
          'NOT_APPLICABLE',
        ],
        ['an oversized count', 'KEL-03', { count: 10_000_001 }, 'answer.count', 'TOO_LARGE'],
        ['an unknown option', 'KEL-01', { option: "X' OR '1'='1" }, 'answer.option', 'UNKNOWN_OPTION'],
      ];
      it.each(refusals)('%s', async (_label, code, answer, field, errorCode) => {
        const before = await savedAnswer(code);
        const result = await save(operator, saveInput(code, answer, before?.version ?? 0));
        expect(result.data.saveSubmission.__typename).toBe('ValidationError');
        expect(result.data.saveSubmission.fieldErrors).toContainEqual(
          expect.objectContaining({ field, code: errorCode }),
        );
        expect(await savedAnswer(code)).toEqual(before);
      });

      it('refuses an unknown indicator, a year without period and a bad note', async () => {
        const before = await submissionsOf(evaluator);
        const unknown = await save(operator, saveInput('K9-99', { count: 1 }, 0));
        expect(unknown.data.saveSubmission.fieldErrors[0]).toMatchObject({ field: 'indicatorCode' });
        const noYear = await save(operator, { input: { ...saveInput('K1-05', { count: 1 }, 0).input, year: 2019 } });
        expect(noYear.data.saveSubmission.fieldErrors[0]).toMatchObject({ field: 'year' });
        const longNote = await save(operator, saveInput('K1-05', { count: 1 }, 0, { note: 'x'.repeat(2001) }));
        expect(longNote.data.saveSubmission.fieldErrors[0]).toMatchObject({ field: 'note', code: 'TOO_LONG' });
        const controlNote = await save(operator, saveInput('K1-05', { count: 1 }, 0, { note: 'a\u0000b' }));
        expect(controlNote.data.saveSubmission.fieldErrors[0]).toMatchObject({
          field: 'note',
          code: 'INVALID_CHARACTERS',
        });
        expect(await submissionsOf(evaluator)).toEqual(before);
      });

      it('refuses values GraphQL cannot carry (beyond 32 bits, fractions) naming the variable', async () => {
        for (const count of [2 ** 31, 1.5, '7']) {
          const result = await save(operator, saveInput('KEL-03', { count }, 1));
          expect(result.status).toBe(400);
          expect(result.errors?.[0].message).toMatch(/\$input.*count/);
          expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        }
        expect((await savedAnswer('KEL-03'))?.answer.count).toBe(5);
      });

      it('stores hostile text verbatim, as data, and the tables survive', async () => {
        const hostile = `<script>alert(1)</script>'; DROP TABLE submission; --`;
        const result = await save(operator, saveInput('K1-05', { count: 2 }, 0, { note: hostile }));
        expect(result.data.saveSubmission).toMatchObject({ __typename: 'Submission', note: hostile });
        const scoped = await save(operator, {
          input: { ...saveInput('K1-05', { count: 2 }, 1).input, kecamatanCode: `${JATIASIH}' OR 1=1 --` },
        });
        expect(scoped.data.saveSubmission.__typename).toBe('NotAllowedError');
        expect((await submissionsOf(evaluator)).length).toBe(7);
      });
    });

    describe('two people editing the same answer', () => {
      it('refuses a save based on a stale version and returns what is saved now', async () => {
        const colleague = await signedIn(server, 'op-3275-09');
        const current = await savedAnswer('K2-08');
        expect(current?.version).toBe(1);
        const first = await save(operator, saveInput('K2-08', { yes: false }, 1, { note: 'diperbarui' }));
        expect(first.data.saveSubmission).toMatchObject({ __typename: 'Submission', version: 2 });
        const second = await save(colleague, saveInput('K2-08', { yes: true }, 1, { note: 'versi lama' }));
        expect(second.data.saveSubmission).toMatchObject({
          __typename: 'StaleVersionError',
          code: 'STALE_VERSION',
          current: { version: 2, note: 'diperbarui', answer: { yes: false } },
        });
        expect(await savedAnswer('K2-08')).toMatchObject({ version: 2, note: 'diperbarui', answer: { yes: false } });
        // The colleague reviews and saves again on top of the current version.
        const retry = await save(colleague, saveInput('K2-08', { yes: true }, 2));
        expect(retry.data.saveSubmission).toMatchObject({ __typename: 'Submission', version: 3 });
      });

      it('lets exactly one of two simultaneous saves win', async () => {
        const results = await Promise.all([
          save(operator, saveInput('K1-06', { numerator: 3, denominator: 6 }, 0)),
          save(operator, saveInput('K1-06', { numerator: 6, denominator: 6 }, 0)),
        ]);
        const kinds = results.map((r) => r.data.saveSubmission.__typename).sort();
        expect(kinds).toEqual(['StaleVersionError', 'Submission']);
        const winner = results.find((r) => r.data.saveSubmission.__typename === 'Submission')!.data.saveSubmission;
        expect(await savedAnswer('K1-06')).toMatchObject({
          version: 1,
          answer: { numerator: winner.answer.numerator },
        });
      });
    });

    describe('closed period', () => {
      it('refuses saves with PeriodClosedError and keeps the answer', async () => {
        await server.dataSource.query(`UPDATE period SET status = 'CLOSED' WHERE year = $1`, [YEAR]);
        try {
          const before = await savedAnswer('K1-04');
          const result = await save(operator, saveInput('K1-04', { numerator: 10, denominator: 100 }, before!.version));
          expect(result.data.saveSubmission).toMatchObject({
            __typename: 'PeriodClosedError',
            code: 'PERIOD_CLOSED',
            year: YEAR,
          });
          expect(await savedAnswer('K1-04')).toEqual(before);
        } finally {
          await server.dataSource.query(`UPDATE period SET status = 'OPEN' WHERE year = $1`, [YEAR]);
        }
      });
    });

    describe('SQL statements per request stay constant as lists grow', () => {
      async function statementsFor(client: GqlClient, query: string, variables?: Record<string, unknown>) {
        server.queries.reset();
        const result = await client.request(query, variables);
        expect(result.errors).toBeUndefined();
        return server.queries.count;
      }

      it('for kecamatans, submissions, kecamatanScore and scoreboard', async () => {
        const reads: Array<[GqlClient, string, Record<string, unknown>]> = [
          [evaluator, SCOREBOARD_QUERY, { year: YEAR }],
          [evaluator, SUBMISSIONS_QUERY, { year: YEAR, k: BEKASI_BARAT }],
          [evaluator, SCORE_QUERY, { year: YEAR, k: BEKASI_BARAT }],
          [anonymous, `{ kecamatans { code kelurahan { code name } } }`, {}],
          [
            anonymous,
            `{ clusters(year: ${YEAR}) { code indicators { code options { value } scoring { bands { min } } } } }`,
            {},
          ],
        ];
        const before = [];
        for (const [client, query, vars] of reads) before.push(await statementsFor(client, query, vars));
        const saveBefore = await saveStatements(0.3);

        // Every kecamatan answers every indicator.
        await insertDraftAnswers(server.dataSource, YEAR, null);
        const after = [];
        for (const [client, query, vars] of reads) after.push(await statementsFor(client, query, vars));
        expect(after).toEqual(before);
        expect((await submissionsOf(evaluator, BEKASI_BARAT)).length).toBe(24);
        expect(Math.max(...after)).toBeLessThanOrEqual(8);
        // The evaluators' board, the operator's form and one kecamatan's scores: the period with the
        // rows it needs in one statement (the board's kelurahan through one batched loader), the
        // session from the cache.
        expect(after.slice(0, 3)).toEqual([2, 1, 1]);
        expect(await saveStatements(0.8)).toEqual(saveBefore);
      });

      /**
       * A save of an answer that exists: the period, then BEGIN, the row lock (with the shared
       * score lock), one statement for the update, the audit entry and the move of the score rows,
       * and COMMIT; no read of the kecamatan's answers and no rewrite of its score rows.
       */
      async function saveStatements(fraction: number) {
        const { IndicatorEntity } = await import('../src/modules/indicator/indicator.entity.js');
        const { answerNearPoints } = await import('@kecala/domain');
        const rows: Array<{ id: string; status: string; version: number; indicatorCode: string }> =
          await server.dataSource.query(
            `SELECT s.id, s.status, s.version, i.code AS "indicatorCode" FROM submission s JOIN indicator i ON i.id = s."indicatorId"
             WHERE s."kecamatanCode" = $1 AND s.status IN ('DRAFT', 'RETURNED', 'SUBMITTED') ORDER BY s.status, i.code`,
            [JATIASIH],
          );
        const row = rows[0];
        // Earlier tests may have submitted the kecamatan's answers: one back to DRAFT (the SELF scores do not change).
        if (row.status === 'SUBMITTED')
          await server.dataSource.query(`UPDATE submission SET status = 'DRAFT' WHERE id = $1`, [row.id]);
        const indicator = await server.dataSource
          .getRepository(IndicatorEntity)
          .findOneByOrFail({ code: row.indicatorCode });
        const answer = answerNearPoints(indicator, fraction * indicator.maxPoints);
        server.queries.reset();
        const result = await save(operator, saveInput(row.indicatorCode, answer as any, row.version));
        expect(result.data.saveSubmission.__typename).toBe('Submission');
        const statements = [...server.queries.statements];
        expect(statements.join('\n')).not.toMatch(/JOIN unnest\(\$1::uuid\[\], \$2::varchar\[\]\)/);
        expect(statements.join('\n')).not.toMatch(/INSERT INTO "kecamatan_score"/);
        expect(statements).toHaveLength(5);
        return statements.length;
      }
    });

    describe('restart', () => {
      it('keeps entered data and does not duplicate the seed', async () => {
        const count = async () =>
          (
            await server.dataSource.query(`SELECT
              (SELECT count(*) FROM kecamatan)::int AS kecamatan, (SELECT count(*) FROM kelurahan)::int AS kelurahan,
              (SELECT count(*) FROM cluster)::int AS clusters, (SELECT count(*) FROM indicator)::int AS indicators,
              (SELECT count(*) FROM indicator_set)::int AS sets, (SELECT count(*) FROM period)::int AS periods,
              (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM submission)::int AS submissions`)
          )[0];
        const before = await count();
        const answers = await submissionsOf(evaluator);
        await server.restart();
        expect(await count()).toEqual(before);
        expect(before).toMatchObject({
          kecamatan: 12,
          kelurahan: 56,
          clusters: 6,
          indicators: 24,
          sets: 1,
          periods: 1,
          users: 14,
        });
        const again = await signedIn(server, 'evaluator');
        expect((await again.request(SUBMISSIONS_QUERY, { year: YEAR, k: JATIASIH })).data.submissions).toEqual(answers);
      });
    });
  });
}
