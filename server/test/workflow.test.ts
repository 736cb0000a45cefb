import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, signedIn, startTestServer, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { BEKASI_BARAT, JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';
import { attachRequiredEvidence, insertDraftAnswers } from './support/direct-rows.js';

const SUBMISSION_FIELDS = `id indicatorCode status version statusReason points verifiedPoints verificationNote
  answer { numerator denominator count yes option } verifiedAnswer { numerator denominator count yes option }
  returnedVersion { answer { numerator denominator } note evidenceFileIds }`;
const RESULT_FIELDS = `__typename
  ... on Submission { ${SUBMISSION_FIELDS} }
  ... on ErrorResult { code message }
  ... on ValidationError { fieldErrors { field code } }
  ... on InvalidTransitionError { indicatorCode currentStatus }
  ... on StaleVersionError { current { version status } }`;
const SUBMIT = `mutation ($input: SubmitSubmissionsInput!) { submitSubmissions(input: $input) {
  __typename
  ... on SubmitSuccess { submitted { ${SUBMISSION_FIELDS} } }
  ... on IncompleteSubmissionError { code items { indicatorCode answerMissing missingEvidence } }
  ... on ErrorResult { code message }
  ... on InvalidTransitionError { indicatorCode currentStatus }
} }`;
const RETURN = `mutation ($input: ReviewSubmissionInput!) { returnSubmission(input: $input) { ${RESULT_FIELDS} } }`;
const REOPEN = `mutation ($input: ReviewSubmissionInput!) { reopenSubmission(input: $input) { ${RESULT_FIELDS} } }`;
const VERIFY = `mutation ($input: VerifySubmissionInput!) { verifySubmission(input: $input) { ${RESULT_FIELDS} } }`;
const VERIFY_MANY = `mutation ($input: VerifySubmissionsInput!) { verifySubmissions(input: $input) {
  __typename
  ... on VerifySubmissionsSuccess { verified { id indicatorCode status } }
  ... on ErrorResult { code message }
  ... on InvalidTransitionError { indicatorCode currentStatus }
} }`;
const QUEUE = `query ($filter: SubmissionQueueFilter!) { submissionQueue(filter: $filter) { kecamatanCode indicatorCode status } }`;
const HISTORY = `query ($id: ID!) { submissionHistory(submissionId: $id) { action username role before after } }`;
const SCORE = `query ($k: String!) { kecamatanScore(year: ${YEAR}, kecamatanCode: $k) {
  total verifiedTotal verifiedCategory verifiedCount clusters { cluster { code } score verifiedScore verified } } }`;

const K1_ANSWERS: Array<[string, Record<string, unknown>]> = [
  ['K1-04', { numerator: 95, denominator: 100 }], // 50 points
  ['K1-05', { count: 3 }], // 30 points
  ['K1-06', { numerator: 6, denominator: 6 }], // 40 points
];

const available = await serverPostgresAvailable();

describe.skipIf(!available)('verification workflow', () => {
  let server: TestServer;
  let operator: GqlClient;
  let otherOperator: GqlClient;
  let evaluator: GqlClient;
  const ids = new Map<string, string>();
  const versions = new Map<string, number>();

  beforeAll(async () => {
    server = await startTestServer('postgres', { now: TEST_NOW });
    operator = await signedIn(server, 'op-3275-09');
    otherOperator = await signedIn(server, 'op-3275-02');
    evaluator = await signedIn(server, 'evaluator');
  });
  afterAll(async () => {
    await server?.close();
  });

  const submit = (client: GqlClient, input: Record<string, unknown>) =>
    client
      .request(SUBMIT, { input: { year: YEAR, kecamatanCode: JATIASIH, ...input } })
      .then((r) => r.data?.submitSubmissions ?? r);
  const review = (client: GqlClient, mutation: string, code: string, extra: Record<string, unknown> = {}) =>
    client
      .request(mutation, { input: { submissionId: ids.get(code), expectedVersion: versions.get(code), ...extra } })
      .then((r) => (r.data ? Object.values(r.data)[0] : r) as any);
  const remember = (s: { indicatorCode: string; id: string; version: number }) => {
    ids.set(s.indicatorCode, s.id);
    versions.set(s.indicatorCode, s.version);
  };
  const statuses = async () =>
    Object.fromEntries(
      (
        await server.dataSource.query(
          `SELECT i.code, s.status FROM submission s JOIN indicator i ON i.id = s."indicatorId" WHERE s."kecamatanCode" = $1 ORDER BY i.number`,
          [JATIASIH],
        )
      ).map((r: any) => [r.code, r.status]),
    );
  it('refuses to submit an incomplete cluster, listing what each indicator lacks, and changes nothing', async () => {
    const save = await operator.request(SAVE_MUTATION, saveInput('K1-04', { numerator: 95, denominator: 100 }, 0));
    remember(save.data.saveSubmission);
    const result = await submit(operator, { clusterCode: 'K1' });
    expect(result.__typename).toBe('IncompleteSubmissionError');
    const items = Object.fromEntries(result.items.map((i: any) => [i.indicatorCode, i]));
    expect(Object.keys(items)).toEqual(['K1-04', 'K1-05', 'K1-06']);
    expect(items['K1-04'].answerMissing).toBe(false);
    expect(items['K1-05'].answerMissing).toBe(true);
    const required = await server.dataSource.query(
      `SELECT r.code FROM evidence_requirement r JOIN indicator i ON i.id = r."indicatorId" WHERE i.code = 'K1-04' AND r.required ORDER BY r."sortOrder"`,
    );
    expect(required.length).toBeGreaterThan(0);
    expect(items['K1-04'].missingEvidence).toEqual(required.map((r: any) => r.code));
    expect(await statuses()).toEqual({ 'K1-04': 'DRAFT' });
  });

  it('submits a complete cluster: every indicator SUBMITTED, versions raised, audited', async () => {
    for (const [code, answer] of K1_ANSWERS.slice(1))
      remember((await operator.request(SAVE_MUTATION, saveInput(code, answer, 0))).data.saveSubmission);
    for (const [code] of K1_ANSWERS) await attachRequiredEvidence(server.dataSource, JATIASIH, code);
    const result = await submit(operator, { clusterCode: 'K1' });
    expect(result.__typename).toBe('SubmitSuccess');
    expect(result.submitted.map((s: any) => [s.indicatorCode, s.status, s.version])).toEqual([
      ['K1-04', 'SUBMITTED', 2],
      ['K1-05', 'SUBMITTED', 2],
      ['K1-06', 'SUBMITTED', 2],
    ]);
    result.submitted.forEach(remember);
    const audits = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'SUBMISSION_SUBMITTED'`,
    );
    expect(audits[0].n).toBe(3);
  });

  it('locks a submitted answer against the operator, naming its state', async () => {
    const edit = await operator.request(
      SAVE_MUTATION,
      saveInput('K1-04', { numerator: 10, denominator: 100 }, versions.get('K1-04')!),
    );
    expect(edit.data.saveSubmission).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'INVALID_TRANSITION',
      currentStatus: 'SUBMITTED',
    });
    const again = await submit(operator, { indicatorCodes: ['K1-04'] });
    expect(again).toMatchObject({
      __typename: 'InvalidTransitionError',
      indicatorCode: 'K1-04',
      currentStatus: 'SUBMITTED',
    });
    expect(await submit(operator, { clusterCode: 'K1' })).toEqual({ __typename: 'SubmitSuccess', submitted: [] });
  });

  it('lets only evaluators review', async () => {
    const byOperator = await operator.request(RETURN, {
      input: { submissionId: ids.get('K1-04'), expectedVersion: 2, reason: 'x' },
    });
    expect(byOperator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const submitForOther = await otherOperator.request(SUBMIT, { input: { year: YEAR, kecamatanCode: JATIASIH } });
    expect(submitForOther.data.submitSubmissions.__typename).toBe('NotAllowedError');
    const submitByEvaluator = await evaluator.request(SUBMIT, { input: { year: YEAR, kecamatanCode: JATIASIH } });
    expect(submitByEvaluator.data.submitSubmissions.__typename).toBe('NotAllowedError');
  });

  it('returns an answer only with a reason, and shows the operator why', async () => {
    expect(await review(evaluator, RETURN, 'K1-04', { reason: '   ' })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'reason', code: 'REQUIRED' }],
    });
    const returned = await review(evaluator, RETURN, 'K1-04', { reason: 'Data Dukcapil tahun lalu; pakai data 2026.' });
    expect(returned).toMatchObject({
      __typename: 'Submission',
      status: 'RETURNED',
      version: 3,
      statusReason: 'Data Dukcapil tahun lalu; pakai data 2026.',
      returnedVersion: { answer: { numerator: 95, denominator: 100 } },
    });
    expect(returned.returnedVersion.evidenceFileIds.length).toBeGreaterThan(0);
    remember(returned);
    const seen = await operator.request(
      `{ submissions(year: ${YEAR}, kecamatanCode: "${JATIASIH}") { indicatorCode status statusReason } }`,
    );
    expect(seen.data.submissions.find((s: any) => s.indicatorCode === 'K1-04')).toEqual({
      indicatorCode: 'K1-04',
      status: 'RETURNED',
      statusReason: 'Data Dukcapil tahun lalu; pakai data 2026.',
    });
  });

  it('refuses to verify a returned answer, naming its state', async () => {
    expect(await review(evaluator, VERIFY, 'K1-04')).toMatchObject({
      __typename: 'InvalidTransitionError',
      currentStatus: 'RETURNED',
    });
  });

  it('lets the operator fix and resubmit; the evaluator sees what changed since the return', async () => {
    const fixed = await operator.request(
      SAVE_MUTATION,
      saveInput('K1-04', { numerator: 91, denominator: 100 }, 3, { note: 'Data Dukcapil 2026' }),
    );
    expect(fixed.data.saveSubmission).toMatchObject({ __typename: 'Submission', version: 4 });
    expect((await statuses())['K1-04']).toBe('RETURNED');
    const resubmitted = await submit(operator, { indicatorCodes: ['K1-04'] });
    expect(resubmitted.submitted[0]).toMatchObject({
      status: 'SUBMITTED',
      version: 5,
      answer: { numerator: 91, denominator: 100 },
      returnedVersion: { answer: { numerator: 95, denominator: 100 }, note: null },
    });
    remember(resubmitted.submitted[0]);
  });

  it('verifies as entered, or corrected with a note, and refuses a stale version', async () => {
    expect(await review(evaluator, VERIFY, 'K1-04', { expectedVersion: 4 })).toMatchObject({
      __typename: 'StaleVersionError',
      current: { version: 5, status: 'SUBMITTED' },
    });
    const noNote = await review(evaluator, VERIFY, 'K1-04', { correctedAnswer: { numerator: 85, denominator: 100 } });
    expect(noNote).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'note', code: 'REQUIRED' }] });
    const badValue = await review(evaluator, VERIFY, 'K1-04', {
      correctedAnswer: { numerator: 120, denominator: 100 },
      note: 'x',
    });
    expect(badValue.fieldErrors).toContainEqual({
      field: 'correctedAnswer.numerator',
      code: 'NUMERATOR_EXCEEDS_DENOMINATOR',
    });
    const corrected = await review(evaluator, VERIFY, 'K1-04', {
      correctedAnswer: { numerator: 85, denominator: 100 },
      note: 'Sesuai data Dukcapil per Desember',
    });
    expect(corrected).toMatchObject({
      __typename: 'Submission',
      status: 'VERIFIED',
      version: 6,
      answer: { numerator: 91 },
      points: 40,
      verifiedAnswer: { numerator: 85, denominator: 100 },
      verifiedPoints: 25,
      verificationNote: 'Sesuai data Dukcapil per Desember',
    });
    remember(corrected);
  });

  it('bulk-verifies all or none', async () => {
    const mixed = await evaluator.request(VERIFY_MANY, {
      input: { submissionIds: [ids.get('K1-05'), ids.get('K1-04')] },
    });
    expect(mixed.data.verifySubmissions).toMatchObject({
      __typename: 'InvalidTransitionError',
      indicatorCode: 'K1-04',
      currentStatus: 'VERIFIED',
    });
    expect((await statuses())['K1-05']).toBe('SUBMITTED');
    const bogus = await evaluator.request(VERIFY_MANY, { input: { submissionIds: [randomUUID()] } });
    expect(bogus.data.verifySubmissions.__typename).toBe('ValidationError');
    const ok = await evaluator.request(VERIFY_MANY, { input: { submissionIds: [ids.get('K1-05'), ids.get('K1-06')] } });
    expect(ok.data.verifySubmissions.verified.map((s: any) => [s.indicatorCode, s.status])).toEqual([
      ['K1-05', 'VERIFIED'],
      ['K1-06', 'VERIFIED'],
    ]);
  });

  it('scores self-assessed and verified side by side', async () => {
    const score = (await evaluator.request(SCORE, { k: JATIASIH })).data.kecamatanScore;
    const k1 = score.clusters.find((c: any) => c.cluster.code === 'K1');
    expect(k1).toMatchObject({ score: 40 + 30 + 40, verifiedScore: 25 + 30 + 40, verified: 3 });
    expect(score).toMatchObject({ total: 110, verifiedTotal: 95, verifiedCount: 3, verifiedCategory: 'NONE' });
  });

  it('reopens a verified answer only with a reason, clearing its verified value', async () => {
    expect(await review(evaluator, REOPEN, 'K1-04', { reason: '' })).toMatchObject({ __typename: 'ValidationError' });
    const reopened = await review(evaluator, REOPEN, 'K1-04', { reason: 'Perlu dicek ulang dengan Disdukcapil' });
    expect(reopened).toMatchObject({
      __typename: 'Submission',
      status: 'SUBMITTED',
      verifiedAnswer: null,
      verifiedPoints: null,
      version: 7,
    });
    remember(reopened);
    expect((await evaluator.request(SCORE, { k: JATIASIH })).data.kecamatanScore.verifiedTotal).toBe(70);
  });

  it('lists the queue by kecamatan, cluster and state, for evaluators only', async () => {
    const queue = async (filter: Record<string, unknown>) =>
      (await evaluator.request(QUEUE, { filter: { year: YEAR, ...filter } })).data.submissionQueue;
    expect(await queue({})).toEqual([{ kecamatanCode: JATIASIH, indicatorCode: 'K1-04', status: 'SUBMITTED' }]);
    expect((await queue({ statuses: ['VERIFIED'], clusterCode: 'K1' })).map((s: any) => s.indicatorCode)).toEqual([
      'K1-05',
      'K1-06',
    ]);
    expect(
      await queue({ kecamatanCode: BEKASI_BARAT, statuses: ['SUBMITTED', 'VERIFIED', 'RETURNED', 'DRAFT'] }),
    ).toEqual([]);
    expect(await queue({ clusterCode: 'K2' })).toEqual([]);
    const byOperator = await operator.request(QUEUE, { filter: { year: YEAR } });
    expect(byOperator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps a submission history that readers in scope can see and no one can change', async () => {
    const response = await evaluator.request(HISTORY, { id: ids.get('K1-04') });
    expect(response.errors).toBeUndefined();
    const history = response.data.submissionHistory;
    expect(history.map((h: any) => h.action)).toEqual([
      'SUBMISSION_CREATED',
      'SUBMISSION_SUBMITTED',
      'SUBMISSION_RETURNED',
      'SUBMISSION_UPDATED',
      'SUBMISSION_SUBMITTED',
      'SUBMISSION_VERIFIED',
      'SUBMISSION_REOPENED',
    ]);
    expect(history[2]).toMatchObject({
      username: 'evaluator',
      role: 'EVALUATOR',
      before: { status: 'SUBMITTED' },
      after: { status: 'RETURNED' },
    });
    expect((await operator.request(HISTORY, { id: ids.get('K1-04') })).data.submissionHistory).toHaveLength(7);
    expect((await otherOperator.request(HISTORY, { id: ids.get('K1-04') })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    await expect(server.dataSource.query(`UPDATE audit_entry SET action = 'FORGED'`)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(server.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/cannot be changed/);
  });

  it('submits and bulk-verifies with the same number of statements for 3 or 21 answers', async () => {
    // Bekasi Barat answers everything (directly in SQL), with every required evidence item.
    await insertDraftAnswers(server.dataSource, YEAR, BEKASI_BARAT);
    await attachRequiredEvidence(server.dataSource, BEKASI_BARAT);
    const counted = async (client: GqlClient, query: string, variables: Record<string, unknown>) => {
      server.queries.reset();
      const result = await client.request(query, variables);
      return { count: server.queries.count, data: result.data };
    };
    const small = await counted(otherOperator, SUBMIT, {
      input: { year: YEAR, kecamatanCode: BEKASI_BARAT, clusterCode: 'K1' },
    });
    const large = await counted(otherOperator, SUBMIT, { input: { year: YEAR, kecamatanCode: BEKASI_BARAT } });
    expect(small.data.submitSubmissions.submitted).toHaveLength(3);
    expect(large.data.submitSubmissions.submitted).toHaveLength(21);
    expect(large.count).toBe(small.count);

    const queue = (await evaluator.request(QUEUE, { filter: { year: YEAR, kecamatanCode: BEKASI_BARAT } })).data
      .submissionQueue;
    const idsOf = async (codes: string[]) =>
      (
        await server.dataSource.query(
          `SELECT s.id FROM submission s JOIN indicator i ON i.id = s."indicatorId" WHERE s."kecamatanCode" = $1 AND i.code = ANY($2)`,
          [BEKASI_BARAT, codes],
        )
      ).map((r: any) => r.id);
    const codes = queue.map((s: any) => s.indicatorCode);
    const verifyFew = await counted(evaluator, VERIFY_MANY, {
      input: { submissionIds: await idsOf(codes.slice(0, 2)) },
    });
    const verifyMany = await counted(evaluator, VERIFY_MANY, { input: { submissionIds: await idsOf(codes.slice(2)) } });
    expect(verifyFew.data.verifySubmissions.verified).toHaveLength(2);
    expect(verifyMany.data.verifySubmissions.verified).toHaveLength(22);
    expect(verifyMany.count).toBe(verifyFew.count);
  });

  it('locks operators out of a closed period while evaluators still verify', async () => {
    await server.dataSource.query(`UPDATE period SET status = 'CLOSED' WHERE year = $1`, [YEAR]);
    try {
      expect((await submit(operator, {})).__typename).toBe('PeriodClosedError');
      const verified = await review(evaluator, VERIFY, 'K1-04');
      expect(verified).toMatchObject({
        __typename: 'Submission',
        status: 'VERIFIED',
        verifiedAnswer: { numerator: 91 },
      });
    } finally {
      await server.dataSource.query(`UPDATE period SET status = 'OPEN' WHERE year = $1`, [YEAR]);
    }
  });

  it('tells how far the kecamatan is from the next band and which indicators could close the gap', async () => {
    const GAP = `query ($k: String!, $basis: ScoreBasis) { kecamatanGap(year: ${YEAR}, kecamatanCode: $k, basis: $basis) {
      basis total category nextCategory threshold inclusive pointsNeeded reachable indicators { indicator { code } pointsAvailable missing } } }`;
    const verified = (await evaluator.request(GAP, { k: JATIASIH })).data.kecamatanGap;
    expect(verified).toMatchObject({
      basis: 'VERIFIED',
      total: 110,
      category: 'NONE',
      nextCategory: 'PRATAMA',
      threshold: 500,
      inclusive: true,
      pointsNeeded: 390,
      reachable: true,
    });
    expect(verified.indicators[0]).toEqual({
      indicator: { code: 'KEL-02' },
      pointsAvailable: 70,
      missing: ['ANSWER', 'EVIDENCE', 'VERIFICATION'],
    });
    expect(verified.indicators.find((i: any) => i.indicator.code === 'K1-04')).toEqual({
      indicator: { code: 'K1-04' },
      pointsAvailable: 10,
      missing: [],
    });
    expect(verified.indicators.some((i: any) => i.indicator.code === 'K1-06')).toBe(false);
    expect(verified.indicators).toHaveLength(23);

    const self = (await operator.request(GAP, { k: JATIASIH, basis: 'SELF_ASSESSED' })).data.kecamatanGap;
    expect(self).toMatchObject({ basis: 'SELF_ASSESSED', total: 110, pointsNeeded: 390 });
    expect((await otherOperator.request(GAP, { k: JATIASIH })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
