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
import { JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR } from './support/fixtures.js';

const RESULT = `__typename ... on Period { year status deadline statusReason indicatorSet { code } } ... on ValidationError { fieldErrors { field code } }`;
const OPEN = `mutation ($year: Int!, $set: String!, $deadline: DateTimeISO!) { openPeriod(year: $year, indicatorSetCode: $set, deadline: $deadline) { ${RESULT} } }`;
const DEADLINE = `mutation ($year: Int!, $deadline: DateTimeISO) { setPeriodDeadline(year: $year, deadline: $deadline) { ${RESULT} } }`;
const CLOSE = `mutation ($year: Int!, $reason: String) { closePeriod(year: $year, reason: $reason) { ${RESULT} } }`;
const REOPEN = `mutation ($year: Int!, $reason: String!) { reopenPeriod(year: $year, reason: $reason) { ${RESULT} } }`;
const FUTURE = '2031-06-30T16:59:59.000Z';

async function definePeriodSuite(backend: Backend) {
  await describeOn(backend, 'period administration', () => {
    let server: TestServer;
    let admin: GqlClient;
    let operator: GqlClient;
    let setCode: string;
    const save = (count: number, expectedVersion: number) =>
      operator.request(SAVE_MUTATION, {
        input: { year: YEAR, kecamatanCode: JATIASIH, indicatorCode: 'K1-05', answer: { count }, expectedVersion },
      });
    const auditOf = (action: string) =>
      server.dataSource.query(`SELECT username, before, after FROM audit_entry WHERE action = $1 ORDER BY id`, [
        action,
      ]);

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      admin = await signedIn(server, 'admin');
      operator = await signedIn(server, 'op-3275-09');
      [{ code: setCode }] = await server.dataSource.query(`SELECT code FROM indicator_set LIMIT 1`);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('refuses every period mutation to operators, evaluators, anonymous callers and API tokens', async () => {
      const integrator = await integratorClient(server, admin, 'periods test');
      const callers = [operator, await signedIn(server, 'evaluator'), new GqlClient(server), integrator];
      const calls: Array<[string, Record<string, unknown>]> = [
        [OPEN, { year: 2030, set: setCode, deadline: FUTURE }],
        [DEADLINE, { year: YEAR, deadline: FUTURE }],
        [CLOSE, { year: YEAR, reason: 'x' }],
        [REOPEN, { year: YEAR, reason: 'x' }],
      ];
      for (const client of callers) {
        for (const [query, variables] of calls) {
          const result = await client.request(query, variables);
          expect(result.errors?.[0].extensions?.code, query).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
        }
      }
      expect(await server.dataSource.query(`SELECT year, status FROM period ORDER BY year`)).toEqual([
        { year: YEAR, status: 'OPEN' },
      ]);
    });

    it('moves the deadline, closes with a reason (operators locked out), and reopens only with a reason; all audited', async () => {
      const moved = await admin.request(DEADLINE, { year: YEAR, deadline: FUTURE });
      expect(moved.data.setPeriodDeadline).toMatchObject({ year: YEAR, deadline: FUTURE });
      const past = await admin.request(DEADLINE, { year: YEAR, deadline: '2020-01-01T00:00:00.000Z' });
      expect(past.data.setPeriodDeadline.fieldErrors).toEqual([{ field: 'deadline', code: 'IN_THE_PAST' }]);
      expect((await admin.request(REOPEN, { year: YEAR, reason: 'x' })).data.reopenPeriod.fieldErrors).toEqual([
        { field: 'year', code: 'ALREADY_OPEN' },
      ]);

      const closed = await admin.request(CLOSE, { year: YEAR, reason: 'Batas waktu evaluasi telah lewat' });
      expect(closed.data.closePeriod).toMatchObject({
        status: 'CLOSED',
        statusReason: 'Batas waktu evaluasi telah lewat',
      });
      expect((await save(4, 0)).data.saveSubmission).toMatchObject({ __typename: 'PeriodClosedError', year: YEAR });
      expect((await admin.request(CLOSE, { year: YEAR })).data.closePeriod.fieldErrors).toEqual([
        { field: 'year', code: 'ALREADY_CLOSED' },
      ]);

      expect((await admin.request(REOPEN, { year: YEAR, reason: '  ' })).data.reopenPeriod.fieldErrors).toEqual([
        { field: 'reason', code: 'REQUIRED' },
      ]);
      const reopened = await admin.request(REOPEN, { year: YEAR, reason: 'Perpanjangan untuk Jatiasih' });
      expect(reopened.data.reopenPeriod).toMatchObject({ status: 'OPEN', statusReason: 'Perpanjangan untuk Jatiasih' });
      expect((await save(4, 0)).data.saveSubmission.__typename).toBe('Submission');

      expect(await auditOf('PERIOD_DEADLINE_SET')).toEqual([
        expect.objectContaining({ username: 'admin', after: expect.objectContaining({ deadline: FUTURE }) }),
      ]);
      expect(await auditOf('PERIOD_CLOSED')).toEqual([
        expect.objectContaining({
          before: expect.objectContaining({ status: 'OPEN' }),
          after: expect.objectContaining({ status: 'CLOSED', statusReason: 'Batas waktu evaluasi telah lewat' }),
        }),
      ]);
      expect(await auditOf('PERIOD_REOPENED')).toEqual([
        expect.objectContaining({
          before: expect.objectContaining({ status: 'CLOSED' }),
          after: expect.objectContaining({ status: 'OPEN', statusReason: 'Perpanjangan untuk Jatiasih' }),
        }),
      ]);
    });

    it('opens a new year only when no other year is open, with a known indicator set and a future deadline', async () => {
      expect(
        (await admin.request(OPEN, { year: YEAR, set: setCode, deadline: FUTURE })).data.openPeriod.fieldErrors,
      ).toEqual([{ field: 'year', code: 'TAKEN' }]);
      expect(
        (await admin.request(OPEN, { year: 2030, set: setCode, deadline: FUTURE })).data.openPeriod.fieldErrors,
      ).toEqual([{ field: 'year', code: 'ANOTHER_OPEN' }]);
      await admin.request(CLOSE, { year: YEAR });
      expect(
        (await admin.request(OPEN, { year: 2030, set: 'NOPE', deadline: FUTURE })).data.openPeriod.fieldErrors,
      ).toEqual([{ field: 'indicatorSetCode', code: 'NOT_FOUND' }]);
      const opened = await admin.request(OPEN, { year: 2030, set: setCode, deadline: FUTURE });
      expect(opened.data.openPeriod).toMatchObject({
        year: 2030,
        status: 'OPEN',
        deadline: FUTURE,
        statusReason: null,
        indicatorSet: { code: setCode },
      });
      expect((await admin.request(REOPEN, { year: YEAR, reason: 'x' })).data.reopenPeriod.fieldErrors).toEqual([
        { field: 'year', code: 'ANOTHER_OPEN' },
      ]);
      expect(await auditOf('PERIOD_OPENED')).toHaveLength(1);
    });
  });
}

await definePeriodSuite('postgres');
await definePeriodSuite('embedded');
