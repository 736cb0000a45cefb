import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, signInDemoUsers, startTestServer, type Backend, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { samplePdf } from './support/sample-files.js';
import { BEKASI_BARAT, JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';

const PREVIOUS = YEAR - 1;

const SUBMISSION_FIELDS = `id indicatorCode status version note points
  answer { numerator denominator count yes option }
  carriedForward { fromYear pending answer { numerator denominator count yes option } }
  evidence { id requirementCode originalName verdict }`;
const COUNTS = 'fromYear prefilled alreadyAnswered noVerifiedAnswer incompatible notInNewSet';
const CARRY = `mutation ($input: CarryForwardSubmissionsInput!) { carryForwardSubmissions(input: $input) {
  __typename
  ... on CarryForwardSuccess { counts { ${COUNTS} } prefilled { ${SUBMISSION_FIELDS} } }
  ... on ErrorResult { code message }
} }`;
const OFFER = `query ($year: Int!, $k: String!) { carryForwardOffer(year: $year, kecamatanCode: $k) { ${COUNTS} } }`;
const CONFIRM = `mutation ($input: ConfirmCarriedForwardInput!) { confirmCarriedForward(input: $input) {
  __typename
  ... on ConfirmCarriedForwardSuccess { confirmed { ${SUBMISSION_FIELDS} } }
  ... on StaleVersionError { current { version carriedForward { pending } } }
  ... on ValidationError { fieldErrors { field code } }
  ... on ErrorResult { code message }
} }`;
const LIST = `query ($year: Int!, $k: String!) { submissions(year: $year, kecamatanCode: $k) { ${SUBMISSION_FIELDS} } }`;
const SUBMIT = `mutation ($input: SubmitSubmissionsInput!) { submitSubmissions(input: $input) {
  __typename
  ... on IncompleteSubmissionError { code message items { indicatorCode answerMissing unconfirmed missingEvidence } }
  ... on SubmitSuccess { submitted { indicatorCode } }
  ... on ErrorResult { code message }
} }`;
const SCORE = `query ($year: Int!, $k: String!) { kecamatanScore(year: $year, kecamatanCode: $k) {
  total clusters { cluster { code } score answered } } }`;
const GAP = `query ($year: Int!, $k: String!) { kecamatanGap(year: $year, kecamatanCode: $k, basis: SELF_ASSESSED) {
  pointsNeeded indicators { indicator { code } missing pointsAvailable } } }`;
const HISTORY = `query ($id: ID!) { submissionHistory(submissionId: $id) { action username before after } }`;

const available = await serverPostgresAvailable();

for (const backend of ['postgres', 'embedded'] as Backend[]) {
  describe.skipIf(backend === 'postgres' && !available)(
    `carry-forward of last year's verified answers (${backend})`,
    () => {
      let server: TestServer;
      let operator: GqlClient;
      let otherOperator: GqlClient;
      let evaluator: GqlClient;
      let admin: GqlClient;
      const previousIds = new Map<string, string>();
      const pdf = samplePdf('Bukti 2025');
      let previousEvidenceId: string;
      let storageKey: string;
      const carried = new Map<string, { id: string; version: number }>();

      const auth = (who: { token: string | null }): Record<string, string> =>
        who.token ? { authorization: `Bearer ${who.token}` } : {};
      const carry = (client: GqlClient, kecamatanCode = JATIASIH) =>
        client
          .request(CARRY, { input: { year: YEAR, kecamatanCode } })
          .then((r) => r.data?.carryForwardSubmissions ?? r);
      const confirm = (client: GqlClient, items: Array<{ submissionId: string; expectedVersion: number }>) =>
        client.request(CONFIRM, { input: { items } }).then((r) => r.data?.confirmCarriedForward ?? r);
      const list = async () => (await operator.request(LIST, { year: YEAR, k: JATIASIH })).data.submissions as any[];
      const score = async () => (await operator.request(SCORE, { year: YEAR, k: JATIASIH })).data.kecamatanScore;

      /** A VERIFIED (or other state) submission of the earlier year, written as the workflow would leave it. */
      async function previousSubmission(
        setId: string,
        periodId: string,
        kecamatanCode: string,
        code: string,
        status: string,
        entered: Record<string, unknown>,
        verified: Record<string, unknown> | null,
        note: string | null = null,
      ) {
        const [indicator] = await server.dataSource.query(
          `SELECT id FROM indicator WHERE "indicatorSetId" = $1 AND code = $2`,
          [setId, code],
        );
        const id = randomUUID();
        const v = verified ?? {};
        await server.dataSource.query(
          `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", numerator, denominator, count, yes, option, note, status, version,
           "verifiedNumerator", "verifiedDenominator", "verifiedCount", "verifiedYes", "verifiedOption", "verifiedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 3, $12, $13, $14, $15, $16, $17)`,
          [
            id,
            periodId,
            kecamatanCode,
            indicator.id,
            entered.numerator ?? null,
            entered.denominator ?? null,
            entered.count ?? null,
            entered.yes ?? null,
            entered.option ?? null,
            note,
            status,
            v.numerator ?? null,
            v.denominator ?? null,
            v.count ?? null,
            v.yes ?? null,
            v.option ?? null,
            verified ? new Date('2025-10-01') : null,
          ],
        );
        if (kecamatanCode === JATIASIH) previousIds.set(code, id);
        return id;
      }

      beforeAll(async () => {
        server = await startTestServer(backend, { now: TEST_NOW });
        ({ operator, otherOperator, evaluator, admin } = await signInDemoUsers(server));
        const db = server.dataSource;

        // The new year uses a copy of KLA-24 where K1-06 became K1-06B (not in the new set) and K2-09
        // changed from COUNT to YES_NO (incompatible); the earlier year keeps KLA-24.
        const copied = await admin.request(
          `mutation { copyIndicatorSet(input: { sourceCode: "KLA-24", code: "KLA-26", name: "KLA 2026" }) { __typename } }`,
        );
        expect(copied.data.copyIndicatorSet.__typename).toBe('IndicatorSetOverview');
        const [{ id: oldSet }] = await db.query(`SELECT id FROM indicator_set WHERE code = 'KLA-24'`);
        const [{ id: newSet }] = await db.query(`SELECT id FROM indicator_set WHERE code = 'KLA-26'`);
        await db.query(`UPDATE indicator SET code = 'K1-06B' WHERE "indicatorSetId" = $1 AND code = 'K1-06'`, [newSet]);
        await db.query(
          `UPDATE indicator SET "measureType" = 'YES_NO', "scoringRule" = '{"type":"YES_NO","yes":30,"no":0}' WHERE "indicatorSetId" = $1 AND code = 'K2-09'`,
          [newSet],
        );
        await db.query(`UPDATE indicator_set SET status = 'PUBLISHED' WHERE id = $1`, [newSet]);
        await db.query(`UPDATE period SET "indicatorSetId" = $1 WHERE year = $2`, [newSet, YEAR]);
        const previousPeriod = randomUUID();
        await db.query(`INSERT INTO period (id, year, status, "indicatorSetId") VALUES ($1, $2, 'CLOSED', $3)`, [
          previousPeriod,
          PREVIOUS,
          oldSet,
        ]);

        // Earlier year, Jatiasih: verified answers (K1-05 corrected by the evaluator: 4 entered, 3 verified).
        await previousSubmission(
          oldSet,
          previousPeriod,
          JATIASIH,
          'K1-04',
          'VERIFIED',
          { numerator: 96, denominator: 100 },
          { numerator: 96, denominator: 100 },
          'Data Puskesmas 2025',
        );
        await previousSubmission(oldSet, previousPeriod, JATIASIH, 'K1-05', 'VERIFIED', { count: 4 }, { count: 3 });
        await previousSubmission(
          oldSet,
          previousPeriod,
          JATIASIH,
          'K1-06',
          'VERIFIED',
          { numerator: 5, denominator: 5 },
          { numerator: 5, denominator: 5 },
        );
        await previousSubmission(oldSet, previousPeriod, JATIASIH, 'K2-08', 'VERIFIED', { yes: true }, { yes: true });
        await previousSubmission(oldSet, previousPeriod, JATIASIH, 'K2-09', 'VERIFIED', { count: 2 }, { count: 2 });
        await previousSubmission(
          oldSet,
          previousPeriod,
          JATIASIH,
          'KEL-01',
          'VERIFIED',
          { option: 'OPSI_LAMA' },
          { option: 'OPSI_LAMA' },
        );
        await previousSubmission(oldSet, previousPeriod, JATIASIH, 'KEL-03', 'VERIFIED', { count: 9 }, { count: 9 });
        // Not verified: never carried.
        await previousSubmission(oldSet, previousPeriod, JATIASIH, 'K3-17', 'SUBMITTED', { yes: true }, null);
        await previousSubmission(oldSet, previousPeriod, JATIASIH, 'K4-20', 'RETURNED', { count: 4 }, null);
        // Another kecamatan's verified answers (twice as many): never carried into Jatiasih.
        for (const code of ['K3-12', 'K3-14', 'K3-16', 'K4-18', 'K4-19']) {
          await previousSubmission(
            oldSet,
            previousPeriod,
            BEKASI_BARAT,
            code,
            'VERIFIED',
            { numerator: 99, denominator: 100 },
            { numerator: 99, denominator: 100 },
          );
        }
        const bekasiBaratK104 = await previousSubmission(
          oldSet,
          previousPeriod,
          BEKASI_BARAT,
          'K1-04',
          'VERIFIED',
          { numerator: 97, denominator: 100 },
          { numerator: 97, denominator: 100 },
        );

        // Evidence of K1-04 in the earlier year: one accepted file, one judged insufficient, one removed.
        const [requirement] = await db.query(
          `SELECT r.id, r.code FROM evidence_requirement r JOIN indicator i ON i.id = r."indicatorId" WHERE i."indicatorSetId" = $1 AND i.code = 'K1-04' ORDER BY r."sortOrder" LIMIT 1`,
          [oldSet],
        );
        const insertFile = async (verdict: string, removed: boolean, submissionId = previousIds.get('K1-04')) => {
          const id = randomUUID();
          const key = randomUUID();
          fs.mkdirSync(server.evidenceDir, { recursive: true });
          fs.writeFileSync(path.join(server.evidenceDir, key), pdf);
          await db.query(
            `INSERT INTO evidence_file (id, "submissionId", "requirementId", "storageKey", "originalName", "mimeType", "sizeBytes", sha256, verdict, "removedAt")
           VALUES ($1, $2, $3, $4, $5, 'application/pdf', $6, $7, $8, $9)`,
            [
              id,
              submissionId,
              requirement.id,
              key,
              `bukti-${verdict.toLowerCase()}.pdf`,
              pdf.length,
              createHash('sha256').update(pdf).digest('hex'),
              verdict,
              removed ? new Date() : null,
            ],
          );
          return { id, key };
        };
        ({ id: previousEvidenceId, key: storageKey } = await insertFile('ACCEPTED', false));
        await insertFile('INSUFFICIENT', false);
        await insertFile('ACCEPTED', true);
        await insertFile('ACCEPTED', false, bekasiBaratK104);
      });
      afterAll(async () => {
        await server?.close();
      });

      it('refuses evaluators, admins, API-token-like read-only callers and other kecamatan, changing nothing', async () => {
        expect(await carry(evaluator)).toMatchObject({ __typename: 'NotAllowedError' });
        expect(await carry(admin)).toMatchObject({ __typename: 'NotAllowedError' });
        expect(await carry(otherOperator)).toMatchObject({ __typename: 'NotAllowedError' });
        expect(await carry(new GqlClient(server))).toMatchObject({
          errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })],
        });
        expect((await otherOperator.request(OFFER, { year: YEAR, k: JATIASIH })).errors?.[0].extensions?.code).toBe(
          'FORBIDDEN',
        );
        expect(await list()).toEqual([]);
      });

      it('never offers generated demo history as a source: a demo year before is skipped', async () => {
        await server.dataSource.query(`UPDATE period SET demo = true WHERE year = $1`, [PREVIOUS]);
        try {
          const offer = (await operator.request(OFFER, { year: YEAR, k: JATIASIH })).data.carryForwardOffer;
          expect(offer).toMatchObject({ fromYear: null, prefilled: 0 });
        } finally {
          await server.dataSource.query(`UPDATE period SET demo = false WHERE year = $1`, [PREVIOUS]);
        }
        const real = (await operator.request(OFFER, { year: YEAR, k: JATIASIH })).data.carryForwardOffer;
        expect(real.fromYear).toBe(PREVIOUS);
        expect(real.prefilled).toBeGreaterThan(0);
      });

      it('offers, then prefills only indicators without an answer from verified answers, with counts; audited', async () => {
        // An answer the operator already gave in the new year is never overwritten.
        const own = (await operator.request(SAVE_MUTATION, saveInput('K2-08', { yes: false }, 0))).data.saveSubmission;
        expect(own.__typename).toBe('Submission');
        const before = await score();

        const offer = (await operator.request(OFFER, { year: YEAR, k: JATIASIH })).data.carryForwardOffer;
        const expectedCounts = {
          fromYear: PREVIOUS,
          prefilled: 3,
          alreadyAnswered: 1,
          noVerifiedAnswer: 18,
          incompatible: 2,
          notInNewSet: 1,
        };
        expect(offer).toEqual(expectedCounts);

        server.queries.reset();
        const result = await carry(operator);
        const statements = server.queries.count;
        expect(result.__typename).toBe('CarryForwardSuccess');
        expect(result.counts).toEqual(expectedCounts);
        expect(statements).toBeLessThan(25);
        expect(
          result.prefilled.map((s: any) => [
            s.indicatorCode,
            s.status,
            s.version,
            s.answer,
            s.points,
            s.carriedForward,
          ]),
        ).toEqual([
          [
            'KEL-03',
            'DRAFT',
            1,
            null,
            0,
            {
              fromYear: PREVIOUS,
              pending: true,
              answer: { numerator: null, denominator: null, count: 9, yes: null, option: null },
            },
          ],
          [
            'K1-04',
            'DRAFT',
            1,
            null,
            0,
            {
              fromYear: PREVIOUS,
              pending: true,
              answer: { numerator: 96, denominator: 100, count: null, yes: null, option: null },
            },
          ],
          [
            'K1-05',
            'DRAFT',
            1,
            null,
            0,
            {
              fromYear: PREVIOUS,
              pending: true,
              answer: { numerator: null, denominator: null, count: 3, yes: null, option: null },
            },
          ],
        ]);
        const k104 = result.prefilled.find((s: any) => s.indicatorCode === 'K1-04');
        expect(k104.note).toBe('Data Puskesmas 2025');
        expect(k104.evidence).toEqual([
          {
            id: expect.any(String),
            requirementCode: expect.any(String),
            originalName: 'bukti-accepted.pdf',
            verdict: 'PENDING',
          },
        ]);
        expect(k104.evidence[0].id).not.toBe(previousEvidenceId);
        for (const s of result.prefilled) carried.set(s.indicatorCode, { id: s.id, version: s.version });

        // The operator's own answer is untouched, and nothing counted: the score is the same.
        const rows = await list();
        expect(rows.find((s) => s.indicatorCode === 'K2-08')).toMatchObject({
          answer: { yes: false },
          version: 1,
          carriedForward: null,
        });
        expect(await score()).toEqual(before);

        // Twice as many prefilled answers in another kecamatan: the same number of statements.
        server.queries.reset();
        const other = await carry(otherOperator, BEKASI_BARAT);
        expect(other.counts).toMatchObject({ prefilled: 6, alreadyAnswered: 0 });
        expect(other.prefilled.find((s: any) => s.indicatorCode === 'K1-04').evidence).toHaveLength(1);
        expect(server.queries.count).toBe(statements);

        const history = (await evaluator.request(HISTORY, { id: k104.id })).data.submissionHistory;
        expect(history).toEqual([
          expect.objectContaining({
            action: 'SUBMISSION_CARRIED_FORWARD',
            username: 'op-3275-09',
            before: null,
            after: expect.objectContaining({
              fromYear: PREVIOUS,
              fromSubmissionId: previousIds.get('K1-04'),
              carriedForwardPending: true,
              carriedAnswer: expect.objectContaining({ numerator: 96 }),
            }),
          }),
        ]);
      });

      it('is idempotent: running it again prefills nothing and changes nothing', async () => {
        const before = await list();
        const again = await carry(operator);
        expect(again.counts).toEqual({
          fromYear: PREVIOUS,
          prefilled: 0,
          alreadyAnswered: 4,
          noVerifiedAnswer: 18,
          incompatible: 2,
          notInNewSet: 1,
        });
        expect(again.prefilled).toEqual([]);
        expect(await list()).toEqual(before);
      });

      it('copies evidence references: downloadable, and the bytes survive removing the new reference', async () => {
        const [file] = (await list()).find((s) => s.indicatorCode === 'K1-04').evidence;
        const download = await fetch(`${server.url}/evidence/${file.id}`, { headers: auth(operator) });
        expect(download.status).toBe(200);
        expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

        const removed = await operator.request(
          `mutation ($id: ID!) { removeEvidence(evidenceId: $id) { __typename } }`,
          { id: file.id },
        );
        expect(removed.data.removeEvidence.__typename).toBe('EvidenceRemoved');
        expect(fs.existsSync(path.join(server.evidenceDir, storageKey))).toBe(true);
        const old = await fetch(`${server.url}/evidence/${previousEvidenceId}`, { headers: auth(evaluator) });
        expect(old.status).toBe(200);
        expect(Buffer.from(await old.arrayBuffer()).equals(pdf)).toBe(true);
      });

      it('counts pending answers as unanswered: score, table, and submit refuses them as unconfirmed', async () => {
        const current = await score();
        const k1 = current.clusters.find((c: any) => c.cluster.code === 'K1');
        expect(k1).toMatchObject({ score: 0, answered: 0 });
        const table = await server.dataSource.query(
          `SELECT sum(k.answered)::int AS answered FROM kecamatan_score k JOIN period p ON p.id = k."periodId" WHERE p.year = $1 AND k."kecamatanCode" = $2 AND k.basis = 'SELF'`,
          [YEAR, JATIASIH],
        );
        expect(table[0].answered).toBe(1); // only K2-08, the operator's own answer
        expect((await list()).filter((s) => s.carriedForward?.pending).length).toBe(3);
        await expectTableEqualsRecompute();

        const gapResult = await operator.request(GAP, { year: YEAR, k: JATIASIH });
        expect(gapResult.errors).toBeUndefined();
        const gap = gapResult.data.kecamatanGap;
        expect(gap.indicators.find((g: any) => g.indicator.code === 'K1-05')).toMatchObject({
          missing: expect.arrayContaining(['ANSWER']),
          pointsAvailable: 40,
        });

        const submitted = (
          await operator.request(SUBMIT, { input: { year: YEAR, kecamatanCode: JATIASIH, indicatorCodes: ['K1-05'] } })
        ).data.submitSubmissions;
        expect(submitted.__typename).toBe('IncompleteSubmissionError');
        expect(submitted.items).toEqual([
          { indicatorCode: 'K1-05', answerMissing: true, unconfirmed: true, missingEvidence: expect.any(Array) },
        ]);
        expect(submitted.message).toContain('not confirmed');
      });

      it('confirms: the carried value becomes the answer and counts; stale versions and repeats are refused; audited', async () => {
        const k105 = carried.get('K1-05')!;
        const kel03 = carried.get('KEL-03')!;
        expect(await confirm(otherOperator, [{ submissionId: k105.id, expectedVersion: k105.version }])).toMatchObject({
          __typename: 'NotAllowedError',
        });
        expect(await confirm(evaluator, [{ submissionId: k105.id, expectedVersion: k105.version }])).toMatchObject({
          __typename: 'NotAllowedError',
        });
        expect(await confirm(operator, [])).toMatchObject({
          __typename: 'ValidationError',
          fieldErrors: [{ field: 'items', code: 'REQUIRED' }],
        });

        const before = await score();
        const done = await confirm(operator, [
          { submissionId: k105.id, expectedVersion: k105.version },
          { submissionId: kel03.id, expectedVersion: kel03.version },
        ]);
        expect(done.__typename).toBe('ConfirmCarriedForwardSuccess');
        expect(
          done.confirmed.map((s: any) => [s.indicatorCode, s.version, s.points, s.carriedForward.pending]),
        ).toEqual([
          ['KEL-03', 2, 40, false],
          ['K1-05', 2, 30, false],
        ]);
        expect(done.confirmed[1].answer).toEqual({
          numerator: null,
          denominator: null,
          count: 3,
          yes: null,
          option: null,
        });
        const after = await score();
        expect(after.total).toBe(before.total + 70);
        expect(after.clusters.find((c: any) => c.cluster.code === 'K1')).toMatchObject({ score: 30, answered: 1 });

        // A second person confirming with the version they loaded: stale, nothing changes.
        const stale = await confirm(operator, [{ submissionId: k105.id, expectedVersion: 1 }]);
        expect(stale).toMatchObject({
          __typename: 'StaleVersionError',
          current: { version: 2, carriedForward: { pending: false } },
        });
        expect(await confirm(operator, [{ submissionId: k105.id, expectedVersion: 2 }])).toMatchObject({
          __typename: 'ValidationError',
          fieldErrors: [{ code: 'NOT_PENDING' }],
        });
        // All or none: one stale item refuses the whole batch.
        const k104 = carried.get('K1-04')!;
        const k104Now = (await list()).find((s) => s.indicatorCode === 'K1-04');
        expect(
          await confirm(operator, [
            { submissionId: k104.id, expectedVersion: k104Now.version },
            { submissionId: k105.id, expectedVersion: 1 },
          ]),
        ).toMatchObject({ __typename: 'StaleVersionError' });
        expect((await list()).find((s) => s.indicatorCode === 'K1-04').carriedForward.pending).toBe(true);

        const history = (await evaluator.request(HISTORY, { id: k105.id })).data.submissionHistory;
        expect(history.map((h: any) => h.action)).toEqual(['SUBMISSION_CARRIED_FORWARD', 'SUBMISSION_CONFIRMED']);
        expect(history[1]).toMatchObject({
          username: 'op-3275-09',
          before: { carriedForwardPending: true, version: 1 },
          after: { carriedForwardPending: false, version: 2, count: 3 },
        });
      });

      it('an edit through saveSubmission clears the marker, counts, and the audit shows it', async () => {
        const k104 = (await list()).find((s) => s.indicatorCode === 'K1-04');
        const saved = (
          await operator.request(SAVE_MUTATION, saveInput('K1-04', { numerator: 90, denominator: 100 }, k104.version))
        ).data.saveSubmission;
        expect(saved.__typename).toBe('Submission');
        const now = (await list()).find((s) => s.indicatorCode === 'K1-04');
        expect(now.carriedForward).toEqual({
          fromYear: PREVIOUS,
          pending: false,
          answer: expect.objectContaining({ numerator: 96 }),
        });
        expect(now.answer).toMatchObject({ numerator: 90, denominator: 100 });
        expect(now.points).toBe(40);
        const history = (await evaluator.request(HISTORY, { id: k104.id })).data.submissionHistory;
        expect(history.at(-1)).toMatchObject({
          action: 'SUBMISSION_UPDATED',
          before: { carriedForwardPending: true },
          after: { carriedForwardPending: false, numerator: 90 },
        });
        // Confirming it afterwards is refused: it is no longer pending.
        expect(await confirm(operator, [{ submissionId: k104.id, expectedVersion: now.version }])).toMatchObject({
          __typename: 'ValidationError',
        });
      });

      it('keeps the score table equal to a full recompute once confirmed and edited', async () => {
        await expectTableEqualsRecompute();
      });

      /** The maintained score rows of Jatiasih equal a recompute from its submissions with the pure module. */
      async function expectTableEqualsRecompute() {
        const { scoreRowsOf } = await import('../src/modules/scoring/score-table.js');
        const [period] = await server.dataSource.query(`SELECT id, "indicatorSetId" FROM period WHERE year = $1`, [
          YEAR,
        ]);
        const indicators = await server.dataSource.query(
          `SELECT id, code, "clusterCode", "measureType", "scoringRule", "maxPoints" FROM indicator WHERE "indicatorSetId" = $1 ORDER BY number`,
          [period.indicatorSetId],
        );
        const answers = await server.dataSource.query(
          `SELECT * FROM submission WHERE "periodId" = $1 AND "kecamatanCode" = $2`,
          [period.id, JATIASIH],
        );
        const expected = scoreRowsOf({ periodId: period.id, kecamatanCode: JATIASIH }, indicators, answers).map((r) => [
          r.clusterCode,
          r.basis,
          Number(r.score),
          r.answered,
        ]);
        const table = await server.dataSource.query(
          `SELECT "clusterCode", basis, score, answered FROM kecamatan_score WHERE "periodId" = $1 AND "kecamatanCode" = $2`,
          [period.id, JATIASIH],
        );
        expect(table.map((r: any) => [r.clusterCode, r.basis, Number(r.score), r.answered]).sort()).toEqual(
          expected.sort(),
        );
      }

      it('refuses in a closed period', async () => {
        await server.dataSource.query(`UPDATE period SET status = 'CLOSED' WHERE year = $1`, [YEAR]);
        try {
          expect(await carry(operator)).toMatchObject({ __typename: 'PeriodClosedError' });
          const k104 = carried.get('K1-04')!;
          const pending = (await list()).filter((s) => s.carriedForward?.pending);
          expect(pending.length).toBe(0);
          expect(await confirm(operator, [{ submissionId: k104.id, expectedVersion: 2 }])).toMatchObject({
            __typename: 'PeriodClosedError',
          });
        } finally {
          await server.dataSource.query(`UPDATE period SET status = 'OPEN' WHERE year = $1`, [YEAR]);
        }
      });
    },
  );
}
