import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput, wib } from './support/fixtures.js';
import { NotificationScheduler } from '../src/modules/notification/notification-scheduler.js';
import { deadlineNoticeDays } from '../src/modules/notification/time-based-notices.js';

const available = await serverPostgresAvailable();

describe('deadline notice steps', () => {
  it('the smallest of 7, 3 and 1 days the deadline is within; none past it or further', () => {
    const deadline = wib('2026-03-20T23:59:59');
    expect(deadlineNoticeDays(deadline, wib('2026-03-10T00:00:00'))).toBeNull();
    expect(deadlineNoticeDays(deadline, wib('2026-03-14T00:00:00'))).toBe(7);
    expect(deadlineNoticeDays(deadline, wib('2026-03-18T00:00:00'))).toBe(3);
    expect(deadlineNoticeDays(deadline, wib('2026-03-20T08:00:00'))).toBe(1);
    expect(deadlineNoticeDays(deadline, wib('2026-03-21T00:00:00'))).toBeNull();
  });
});

describe.skipIf(!available)('notification scheduler (time-based notices)', () => {
  let server: TestServer;
  let scheduler: NotificationScheduler;

  beforeAll(async () => {
    server = await startTestServer('postgres', { now: TEST_NOW });
    scheduler = new NotificationScheduler(server.dataSource);
    await server.dataSource.query(`UPDATE period SET deadline = $1 WHERE year = $2`, [
      wib('2026-03-27T23:59:59'),
      YEAR,
    ]);
  });
  afterAll(async () => {
    await server?.close();
  });

  const count = async (kind: string) =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = $1`, [kind]))[0].n;

  it('tells every operator once per step before the deadline, however often it ticks', async () => {
    const operators = (
      await server.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'OPERATOR'`)
    )[0].n;
    expect(await scheduler.tick(wib('2026-03-16T09:00:00'))).toBe(true);
    expect(await count('DEADLINE_NEAR')).toBe(0);
    await scheduler.tick(wib('2026-03-21T09:00:00'));
    await scheduler.tick(wib('2026-03-21T10:00:00'));
    expect(await count('DEADLINE_NEAR')).toBe(operators);
    await scheduler.tick(wib('2026-03-25T09:00:00'));
    await scheduler.tick(wib('2026-03-27T09:00:00'));
    const steps = await server.dataSource.query(
      `SELECT params->>'days' AS days, count(*)::int AS n FROM notification WHERE kind = 'DEADLINE_NEAR' GROUP BY 1 ORDER BY 1`,
    );
    expect(steps).toEqual([
      { days: '1', n: operators },
      { days: '3', n: operators },
      { days: '7', n: operators },
    ]);
  });

  it('tells evaluators of answers waiting over one working day (weekend not counted), once a day, one worker at a time', async () => {
    const operator = await signedIn(server, 'op-3275-09');
    const saved = await operator.request(SAVE_MUTATION, saveInput('K1-05', { count: 3 }, 0));
    await server.dataSource.query(
      `INSERT INTO evidence_file (id, "submissionId", "requirementId", "storageKey", "originalName", "mimeType", "sizeBytes", sha256)
       SELECT gen_random_uuid(), $1, r.id, gen_random_uuid()::text, 'bukti.pdf', 'application/pdf', 1024, repeat('0', 64)
       FROM evidence_requirement r JOIN submission s ON s."indicatorId" = r."indicatorId" WHERE s.id = $1 AND r.required`,
      [saved.data.saveSubmission.id],
    );
    const submitted = await operator.request(
      `mutation ($input: SubmitSubmissionsInput!) { submitSubmissions(input: $input) { __typename } }`,
      { input: { year: YEAR, kecamatanCode: JATIASIH, indicatorCodes: ['K1-05'] } },
    );
    expect(submitted.data.submitSubmissions.__typename).toBe('SubmitSuccess');
    // Submitted on Friday 16:00 WIB.
    await server.dataSource.query(`UPDATE submission SET "statusChangedAt" = $1 WHERE id = $2`, [
      wib('2026-03-13T16:00:00'),
      saved.data.saveSubmission.id,
    ]);
    await scheduler.tick(wib('2026-03-16T10:00:00')); // 8 h + 10 h: not yet
    expect(await count('WAITING_OVERDUE')).toBe(0);
    const other = new NotificationScheduler(server.dataSource);
    const turns = await Promise.all([
      scheduler.tick(wib('2026-03-17T12:00:00')),
      other.tick(wib('2026-03-17T12:00:00')),
    ]);
    expect(turns).toContain(true);
    await scheduler.tick(wib('2026-03-17T15:00:00'));
    const rows = await server.dataSource.query(
      `SELECT u.username, n.params->>'kecamatanCode' AS k, n.params->>'count' AS c, n.link FROM notification n
       JOIN app_user u ON u.id = n."userId" WHERE n.kind = 'WAITING_OVERDUE'`,
    );
    expect(rows).toEqual([
      { username: 'evaluator', k: JATIASIH, c: '1', link: `/verifikasi?tahun=${YEAR}&kecamatan=${JATIASIH}` },
    ]);
    await scheduler.tick(wib('2026-03-18T12:00:00')); // the next day: told again
    expect(await count('WAITING_OVERDUE')).toBe(2);
  });
});
