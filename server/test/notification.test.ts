import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, signInDemoUsers, signedIn, startTestServer, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { BEKASI_BARAT, JATIASIH, TEST_NOW, YEAR } from './support/fixtures.js';
import { RETURN_MUTATION, ReviewWorkflow, VERIFY_MUTATION } from './support/review-workflow.js';
import { attachRequiredEvidence } from './support/direct-rows.js';
import { notify } from '../src/modules/notification/notify.js';
import { NotificationKind } from '../src/modules/notification/notification-kinds.js';
import { Role } from '../src/modules/auth/user.entity.js';

const INBOX = `query ($first: Int, $unreadOnly: Boolean) { notifications(first: $first, unreadOnly: $unreadOnly) {
  unreadCount items { id kind year kecamatanCode kecamatanName indicatorCode indicatorName indicatorNameEn reason count username link readAt } } }`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation ($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) {
  __typename ... on NotificationsMarked { marked unreadCount } ... on ValidationError { fieldErrors { field code } } } }`;
const PREFERENCE = `mutation ($kind: NotificationKind!, $email: Boolean!) { setNotificationPreference(kind: $kind, email: $email) {
  __typename ... on NotificationPreference { kind email } } }`;

const available = await serverPostgresAvailable();

describe.skipIf(!available)('notifications: triggers, recipients, inbox', () => {
  let server: TestServer;
  let operator: GqlClient;
  let otherOperator: GqlClient;
  let evaluator: GqlClient;
  let admin: GqlClient;
  let workflow: ReviewWorkflow;

  beforeAll(async () => {
    server = await startTestServer('postgres', { now: TEST_NOW });
    ({ operator, otherOperator, evaluator, admin } = await signInDemoUsers(server));
    workflow = new ReviewWorkflow(operator, evaluator);
  });
  afterAll(async () => {
    await server?.close();
  });

  const inbox = async (client: GqlClient) => (await client.request(INBOX, { first: 100 })).data.notifications;
  const kinds = async (client: GqlClient) => (await inbox(client)).items.map((n: any) => n.kind);

  it('tells evaluators of new submissions, linked to the queue; no operator hears of it', async () => {
    await workflow.save('K1-04', { numerator: 95, denominator: 100 });
    await workflow.save('K1-05', { count: 3 });
    await attachRequiredEvidence(server.dataSource, JATIASIH);
    await workflow.submit(['K1-04', 'K1-05']);
    const box = await inbox(evaluator);
    expect(box.unreadCount).toBe(1);
    expect(box.items[0]).toMatchObject({
      kind: 'SUBMISSIONS_WAITING',
      kecamatanCode: JATIASIH,
      kecamatanName: 'Jatiasih',
      count: 2,
      link: `/verifikasi?tahun=${YEAR}&kecamatan=${JATIASIH}`,
    });
    expect(await kinds(operator)).toEqual([]);
    expect(await kinds(otherOperator)).toEqual([]);
  });

  it("tells the kecamatan's operator an answer was returned, with the reason and a link to the card; never another kecamatan's", async () => {
    await workflow.review(RETURN_MUTATION, 'K1-04', { reason: 'Penyebut tidak sesuai data Dukcapil' });
    const box = await inbox(operator);
    expect(box.unreadCount).toBe(1);
    expect(box.items[0]).toMatchObject({
      kind: 'ANSWER_RETURNED',
      indicatorCode: 'K1-04',
      indicatorName: 'Akta Kelahiran',
      indicatorNameEn: 'Birth certificates',
      reason: 'Penyebut tidak sesuai data Dukcapil',
      link: `/isian?tahun=${YEAR}#indicator-card-K1-04`,
      readAt: null,
    });
    expect((await operator.request(COUNT)).data.unreadNotificationCount).toBe(1);
    expect(await kinds(otherOperator)).toEqual([]);
  });

  it('tells evaluators of a resubmission, linked to the answer in the queue', async () => {
    await workflow.save('K1-04', { numerator: 95, denominator: 101 });
    await workflow.submit(['K1-04']);
    const [latest] = (await inbox(evaluator)).items;
    expect(latest).toMatchObject({
      kind: 'RESUBMITTED',
      indicatorCode: 'K1-04',
      indicatorName: 'Akta Kelahiran',
      indicatorNameEn: 'Birth certificates',
      count: 1,
      link: `/verifikasi?tahun=${YEAR}&kecamatan=${JATIASIH}&buka=${workflow.idOf('K1-04')}`,
    });
  });

  it('tells the operator of a verification and of a correction (with the note); e-mail as the user chose', async () => {
    expect(
      (await operator.request(PREFERENCE, { kind: 'ANSWER_CORRECTED', email: true })).data.setNotificationPreference,
    ).toEqual({
      __typename: 'NotificationPreference',
      kind: 'ANSWER_CORRECTED',
      email: true,
    });
    await workflow.review(VERIFY_MUTATION, 'K1-05');
    await workflow.review(VERIFY_MUTATION, 'K1-04', {
      correctedAnswer: { numerator: 90, denominator: 101 },
      note: 'Sesuai register',
    });
    const items = (await inbox(operator)).items;
    expect(items.slice(0, 2).map((n: any) => [n.kind, n.indicatorCode, n.reason])).toEqual([
      ['ANSWER_CORRECTED', 'K1-04', 'Sesuai register'],
      ['ANSWER_VERIFIED', 'K1-05', null],
    ]);
    const pending = await server.dataSource.query(
      `SELECT kind, "emailPending" FROM notification n JOIN app_user u ON u.id = n."userId" WHERE u.username = 'op-3275-09' ORDER BY n."createdAt"`,
    );
    expect(pending.map((p: any) => [p.kind, p.emailPending])).toEqual([
      ['ANSWER_RETURNED', false],
      ['ANSWER_VERIFIED', false],
      ['ANSWER_CORRECTED', true],
    ]);
  });

  it("marks read only what is the user's own; refuses malformed input naming the field", async () => {
    const own = (await inbox(operator)).items[0].id;
    const evaluatorsOwn = (await inbox(evaluator)).items[0].id;
    expect((await operator.request(MARK, { ids: [evaluatorsOwn] })).data.markNotificationsRead).toMatchObject({
      marked: 0,
    });
    expect((await inbox(evaluator)).items[0].readAt).toBeNull();
    expect((await operator.request(MARK, { ids: [own, own] })).data.markNotificationsRead).toEqual({
      __typename: 'NotificationsMarked',
      marked: 1,
      unreadCount: 2,
    });
    expect((await operator.request(MARK, { ids: ['not-a-uuid'] })).data.markNotificationsRead).toMatchObject({
      fieldErrors: [{ field: 'ids', code: 'REQUIRED' }],
    });
    expect((await operator.request(MARK, {})).data.markNotificationsRead).toMatchObject({
      fieldErrors: [{ field: 'ids', code: 'REQUIRED' }],
    });
    const many = Array.from({ length: 501 }, () => own);
    expect(
      (
        await operator.request(MARK, {
          ids: many.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
        })
      ).data.markNotificationsRead,
    ).toMatchObject({
      fieldErrors: [{ field: 'ids', code: 'TOO_LARGE' }],
    });
    expect((await operator.request(INBOX, { first: 100, unreadOnly: true })).data.notifications.items).toHaveLength(2);
    expect((await operator.request(INBOX, { first: 100000 })).data.notifications.items.length).toBeLessThanOrEqual(100);
    expect((await operator.request(MARK, { all: true })).data.markNotificationsRead).toMatchObject({
      marked: 2,
      unreadCount: 0,
    });
  });

  it('tells every operator when a year is closed and reopened, with the reason', async () => {
    const close = await admin.request(`mutation { closePeriod(year: ${YEAR}, reason: "Rekap akhir") { __typename } }`);
    expect(close.data.closePeriod.__typename).toBe('Period');
    const reopen = await admin.request(
      `mutation { reopenPeriod(year: ${YEAR}, reason: "Perbaikan data") { __typename } }`,
    );
    expect(reopen.data.reopenPeriod.__typename).toBe('Period');
    for (const client of [operator, otherOperator]) {
      const items = (await inbox(client)).items;
      expect(items.slice(0, 2).map((n: any) => [n.kind, n.reason])).toEqual([
        ['PERIOD_REOPENED', 'Perbaikan data'],
        ['PERIOD_CLOSED', 'Rekap akhir'],
      ]);
    }
    expect(await kinds(evaluator)).not.toContain('PERIOD_CLOSED');
  });

  it('tells a user whose password was reset, and the admins when an account locks', async () => {
    const [{ id }] = await server.dataSource.query(`SELECT id FROM app_user WHERE username = 'op-3275-02'`);
    const reset = await admin.request(
      `mutation ($id: ID!) { resetPassword(id: $id, newPassword: "Bekasi-Baru-2026!") { __typename } }`,
      { id },
    );
    expect(reset.data.resetPassword.__typename).toBe('UserAccount');
    const reSignedIn = await signedIn(server, 'op-3275-02').catch(() => null);
    expect(reSignedIn).toBeNull(); // the old password no longer works
    const rows = await server.dataSource.query(
      `SELECT kind, link FROM notification WHERE "userId" = $1 AND kind = 'PASSWORD_RESET'`,
      [id],
    );
    expect(rows).toEqual([{ kind: 'PASSWORD_RESET', link: '/kata-sandi' }]);

    // Nine failures a while ago (past the longest wait), then the tenth locks the account.
    await server.dataSource.query(
      `INSERT INTO login_throttle (key, failures, "lastFailureAt", "lockedUntil") VALUES ('user:op-3275-03', 9, now() - interval '2 minutes', NULL)`,
    );
    await new GqlClient(server).login('op-3275-03', 'salah-sekali').catch(() => null);
    const [locked] = (await inbox(admin)).items;
    expect(locked).toMatchObject({ kind: 'ACCOUNT_LOCKED', username: 'op-3275-03', link: '/admin/pengguna' });
    expect(await kinds(evaluator)).not.toContain('ACCOUNT_LOCKED');
  });

  it("notify() writes inside the caller's transaction: rolled back with it; a dedupe key makes it once", async () => {
    const item = {
      kind: NotificationKind.DEADLINE_NEAR,
      to: { role: Role.OPERATOR, kecamatanCode: BEKASI_BARAT },
      params: { year: YEAR, days: 3 },
      link: `/isian?tahun=${YEAR}`,
      dedupeKey: `deadline:${YEAR}:3`,
    };
    await server.dataSource
      .transaction(async (manager) => {
        await notify(manager, item);
        throw new Error('the caller fails');
      })
      .catch(() => undefined);
    const count = async () =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'DEADLINE_NEAR'`))[0].n;
    expect(await count()).toBe(0);
    await server.dataSource.transaction((manager) => notify(manager, item));
    await server.dataSource.transaction((manager) => notify(manager, item));
    expect(await count()).toBe(1);
    const [row] = await server.dataSource.query(
      `SELECT u."kecamatanCode" FROM notification n JOIN app_user u ON u.id = n."userId" WHERE kind = 'DEADLINE_NEAR'`,
    );
    expect(row.kecamatanCode).toBe(BEKASI_BARAT);
  });

  it("an operator never receives another kecamatan's notice, even if a caller names the wrong one", async () => {
    await server.dataSource.transaction((manager) =>
      notify(manager, {
        kind: NotificationKind.ANSWER_RETURNED,
        to: { role: Role.OPERATOR },
        params: { year: YEAR, kecamatanCode: JATIASIH, indicatorCode: 'K1-06' },
        link: `/isian?tahun=${YEAR}`,
      }),
    );
    const holders = await server.dataSource.query(
      `SELECT DISTINCT u."kecamatanCode" FROM notification n JOIN app_user u ON u.id = n."userId"
       WHERE n.kind = 'ANSWER_RETURNED' AND n.params->>'indicatorCode' = 'K1-06'`,
    );
    expect(holders).toEqual([{ kecamatanCode: JATIASIH }]);
  });
});
