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

const ACCOUNT_FIELDS = `__typename
  ... on UserAccount { id username displayName role kecamatan { code } active mustChangePassword lastLoginAt }
  ... on ValidationError { code fieldErrors { field code message } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${ACCOUNT_FIELDS} } }`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { ${ACCOUNT_FIELDS} } }`;
const SET_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { ${ACCOUNT_FIELDS} } }`;
const RESET_PASSWORD = `mutation ($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) { ${ACCOUNT_FIELDS} } }`;
const CHANGE_PASSWORD = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) {
  __typename ... on User { username mustChangePassword } ... on ValidationError { fieldErrors { field code } } } }`;
const USERS = `{ users { id username role kecamatan { code } active mustChangePassword lastLoginAt } }`;
const ME = `{ me { username mustChangePassword } }`;

const STRONG = 'Jatiasih-Ramah-Anak-7';
const STRONGER = 'Sepeda-Biru-Kalimalang-42';

async function defineAccountSuite(backend: Backend) {
  await describeOn(backend, 'user accounts', () => {
    let server: TestServer;
    let admin: GqlClient;
    let counter = 0;

    const uniqueName = (prefix: string) => `${prefix}-${++counter}`;
    async function createOperator(username: string, password = STRONG): Promise<string> {
      const result = await admin.request(CREATE_USER, {
        input: { username, displayName: `Operator ${username}`, role: 'OPERATOR', kecamatanCode: JATIASIH, password },
      });
      expect(result.data.createUser.__typename, JSON.stringify(result)).toBe('UserAccount');
      return result.data.createUser.id;
    }
    async function auditActions(entityId: string): Promise<string[]> {
      const rows = await server.dataSource.query(
        `SELECT action FROM audit_entry WHERE "entityType" = 'User' AND "entityId" = $1 ORDER BY id`,
        [entityId],
      );
      return rows.map((r: { action: string }) => r.action);
    }
    const sessionCount = async (userId: string) =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM session WHERE "userId" = $1`, [userId]))[0]
        .n as number;

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      admin = await signedIn(server, 'admin');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('lets only admins list and manage accounts: operator, evaluator, anonymous and API token are refused', async () => {
      const targetId = await createOperator(uniqueName('target'));
      const integrator = await integratorClient(server, admin, 'accounts test');
      const callers: Array<[string, GqlClient]> = [
        ['operator', await signedIn(server, 'op-3275-09')],
        ['evaluator', await signedIn(server, 'evaluator')],
        ['anonymous', new GqlClient(server)],
        ['integrator', integrator],
      ];
      const calls: Array<[string, Record<string, unknown>]> = [
        [USERS, {}],
        [CREATE_USER, { input: { username: 'escalate', displayName: 'x', role: 'ADMIN', password: STRONG } }],
        [UPDATE_USER, { input: { id: targetId, displayName: 'x', role: 'ADMIN' } }],
        [SET_ACTIVE, { id: targetId, active: false }],
        [RESET_PASSWORD, { id: targetId, p: STRONGER }],
      ];
      for (const [who, client] of callers) {
        for (const [query, variables] of calls) {
          const result = await client.request(query, variables);
          expect(result.errors?.[0].extensions?.code, `${who}: ${query}`).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
          expect(result.data?.users ?? result.data?.createUser ?? result.data?.updateUser ?? null).toBeNull();
        }
      }
      for (const query of [CHANGE_PASSWORD, 'mutation { logoutEverywhere }']) {
        const anonymous = await new GqlClient(server).request(query, { c: 'x', n: STRONGER });
        expect(anonymous.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
        expect((await integrator.request(query, { c: 'x', n: STRONGER })).errors?.[0].extensions?.code).toBe(
          'FORBIDDEN',
        );
      }
      const [row] = await server.dataSource.query(
        `SELECT role, active, "mustChangePassword" FROM app_user WHERE id = $1`,
        [targetId],
      );
      expect(row).toEqual({ role: 'OPERATOR', active: true, mustChangePassword: true });
      expect(await server.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'escalate'`)).toEqual([]);
    });

    it('names the refused fields: weak password, operator without kecamatan, kecamatan for another role, duplicate username', async () => {
      const weak = await admin.request(CREATE_USER, {
        input: { username: 'Bekasi123', displayName: ' ', role: 'OPERATOR', password: 'bekasi123' },
      });
      expect(weak.data.createUser.__typename).toBe('ValidationError');
      expect(
        weak.data.createUser.fieldErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort(),
      ).toEqual(
        [
          'displayName:REQUIRED',
          'kecamatanCode:REQUIRED',
          'password:SAME_AS_USERNAME',
          'password:TOO_COMMON',
          'password:TOO_SHORT',
        ].sort(),
      );
      const evaluatorWithKecamatan = await admin.request(CREATE_USER, {
        input: { username: 'eval-x', displayName: 'E', role: 'EVALUATOR', kecamatanCode: JATIASIH, password: STRONG },
      });
      expect(evaluatorWithKecamatan.data.createUser.fieldErrors).toEqual([
        expect.objectContaining({ field: 'kecamatanCode', code: 'NOT_ALLOWED' }),
      ]);
      const unknownKecamatan = await admin.request(CREATE_USER, {
        input: { username: 'op-x', displayName: 'O', role: 'OPERATOR', kecamatanCode: '32.75.99', password: STRONG },
      });
      expect(unknownKecamatan.data.createUser.fieldErrors).toEqual([
        expect.objectContaining({ field: 'kecamatanCode', code: 'NOT_FOUND' }),
      ]);
      const duplicate = await admin.request(CREATE_USER, {
        input: {
          username: 'OP-3275-09',
          displayName: 'O',
          role: 'OPERATOR',
          kecamatanCode: JATIASIH,
          password: STRONG,
        },
      });
      expect(duplicate.data.createUser.fieldErrors).toEqual([
        expect.objectContaining({ field: 'username', code: 'TAKEN' }),
      ]);
      // An integrator account (another system) has neither a password nor a kecamatan.
      const integratorRole = await admin.request(CREATE_USER, {
        input: { username: 'sys-x', displayName: 'S', role: 'INTEGRATOR', kecamatanCode: JATIASIH, password: STRONG },
      });
      expect(
        integratorRole.data.createUser.fieldErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`),
      ).toEqual(['kecamatanCode:NOT_ALLOWED', 'password:NOT_ALLOWED']);
      const adminId =
        (await admin.request(ME.replace('username', 'username'))).data &&
        (await server.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`))[0].id;
      const selfDeactivate = await admin.request(SET_ACTIVE, { id: adminId, active: false });
      expect(selfDeactivate.data.setUserActive.fieldErrors).toEqual([
        expect.objectContaining({ field: 'id', code: 'SELF' }),
      ]);
      const weakReset = await admin.request(RESET_PASSWORD, { id: adminId, p: 'short' });
      expect(weakReset.data.resetPassword.fieldErrors).toEqual([
        expect.objectContaining({ field: 'newPassword', code: 'TOO_SHORT' }),
      ]);
      const nulReset = await admin.request(RESET_PASSWORD, { id: adminId, p: 'Kali-Bekasi\u0000Bersih' });
      expect(nulReset.data.resetPassword.fieldErrors).toEqual([
        expect.objectContaining({ field: 'newPassword', code: 'CONTROL_CHARACTER' }),
      ]);
      const nulCreate = await admin.request(CREATE_USER, {
        input: {
          username: 'op-nul',
          displayName: 'O',
          role: 'OPERATOR',
          kecamatanCode: JATIASIH,
          password: 'Jatiasih\u0000Ramah-Anak',
        },
      });
      expect(nulCreate.data.createUser.fieldErrors).toEqual([
        expect.objectContaining({
          field: 'password',
          code: 'CONTROL_CHARACTER',
          message: expect.stringMatching(/control characters/),
        }),
      ]);
      expect(await server.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'op-nul'`)).toEqual([]);
      // At sign-in a control character never matches (refused like a wrong password, before any hashing).
      const ctl = uniqueName('op-ctl');
      await createOperator(ctl);
      await expect(new GqlClient(server).login(ctl, `${STRONG}\u0000`)).rejects.toThrow(/InvalidCredentialsError/);
      await new GqlClient(server).login(ctl, STRONG);
    });

    it('creates an operator who must change the password first: other mutations are refused until then, and the change ends other sessions', async () => {
      const username = uniqueName('op-jatiasih');
      const id = await createOperator(username);
      const listed = (await admin.request(USERS)).data.users.find((u: { username: string }) => u.username === username);
      expect(listed).toMatchObject({
        role: 'OPERATOR',
        kecamatan: { code: JATIASIH },
        active: true,
        mustChangePassword: true,
        lastLoginAt: null,
      });

      const phone = await new GqlClient(server).login(username, STRONG);
      const laptop = await new GqlClient(server).login(username, STRONG);
      expect((await phone.request(ME)).data.me).toEqual({ username, mustChangePassword: true });
      expect(
        (await admin.request(USERS)).data.users.find((u: { username: string }) => u.username === username).lastLoginAt,
      ).not.toBeNull();

      const save = await phone.request(SAVE_MUTATION, {
        input: {
          year: YEAR,
          kecamatanCode: JATIASIH,
          indicatorCode: 'K1-05',
          answer: { count: 3 },
          expectedVersion: 0,
        },
      });
      expect(save.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
      expect(save.errors?.[0].message).toMatch(/change it/);
      // Evidence uploads (outside GraphQL) are refused the same way, before a byte is stored.
      const metadata = Object.entries({
        year: String(YEAR),
        kecamatanCode: JATIASIH,
        indicatorCode: 'K1-05',
        requirementCode: 'X',
        filename: 'a.pdf',
      })
        .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
        .join(',');
      const upload = await fetch(`${server.url}/uploads`, {
        method: 'POST',
        headers: {
          'Tus-Resumable': '1.0.0',
          'Upload-Length': '10',
          'Upload-Metadata': metadata,
          authorization: `Bearer ${phone.token}`,
        },
      });
      expect(upload.status).toBe(403);
      expect(((await upload.json()) as { message: string }).message).toMatch(/change it/);

      const wrong = await phone.request(CHANGE_PASSWORD, { c: 'not-it-at-all', n: STRONGER });
      expect(wrong.data.changePassword.fieldErrors).toEqual([{ field: 'currentPassword', code: 'WRONG_PASSWORD' }]);
      const weak = await phone.request(CHANGE_PASSWORD, { c: STRONG, n: username });
      expect(weak.data.changePassword.fieldErrors).toEqual([{ field: 'newPassword', code: 'SAME_AS_USERNAME' }]);
      // Control characters (the audit's NUL byte; tab, line breaks, DEL… in the domain spec) are refused by name.
      const nul = await phone.request(CHANGE_PASSWORD, { c: STRONG, n: 'abc\u0000defghijklmn' });
      expect(nul.data.changePassword.fieldErrors).toEqual([{ field: 'newPassword', code: 'CONTROL_CHARACTER' }]);

      expect(await sessionCount(id)).toBe(2);
      const changed = await phone.request(CHANGE_PASSWORD, { c: STRONG, n: STRONGER });
      expect(changed.data.changePassword).toEqual({ __typename: 'User', username, mustChangePassword: false });
      expect(await sessionCount(id)).toBe(1);
      expect((await phone.request(ME)).data.me).toEqual({ username, mustChangePassword: false });
      expect((await laptop.request(ME)).data.me).toBeNull();

      const saved = await phone.request(SAVE_MUTATION, {
        input: {
          year: YEAR,
          kecamatanCode: JATIASIH,
          indicatorCode: 'K1-05',
          answer: { count: 3 },
          expectedVersion: 0,
        },
      });
      expect(saved.errors).toBeUndefined();
      await expect(new GqlClient(server).login(username, STRONG)).rejects.toThrow();
      await new GqlClient(server).login(username, STRONGER);
      expect(await auditActions(id)).toEqual(['USER_CREATED', 'LOGIN', 'LOGIN', 'PASSWORD_CHANGED', 'LOGIN']);
    });

    it('deactivation ends the sessions at once; reactivation allows sign-in again', async () => {
      const username = uniqueName('op-deact');
      const id = await createOperator(username);
      const operator = await new GqlClient(server).login(username, STRONG);
      expect((await operator.request(ME)).data.me.username).toBe(username);

      const deactivated = await admin.request(SET_ACTIVE, { id, active: false });
      expect(deactivated.data.setUserActive).toMatchObject({ active: false });
      expect(await sessionCount(id)).toBe(0);
      expect((await operator.request(ME)).data.me).toBeNull();
      await expect(new GqlClient(server).login(username, STRONG)).rejects.toThrow();

      expect((await admin.request(SET_ACTIVE, { id, active: true })).data.setUserActive).toMatchObject({
        active: true,
      });
      await new GqlClient(server).login(username, STRONG);
      const [entry] = await server.dataSource.query(
        `SELECT username, role, before, after FROM audit_entry WHERE action = 'USER_DEACTIVATED' AND "entityId" = $1`,
        [id],
      );
      expect(entry).toEqual({ username: 'admin', role: 'ADMIN', before: { active: true }, after: { active: false } });
      expect(await auditActions(id)).toEqual(['USER_CREATED', 'LOGIN', 'USER_DEACTIVATED', 'USER_ACTIVATED', 'LOGIN']);
    });

    it('updates name, role and kecamatan with the same rules, and a reset password must be changed again', async () => {
      const username = uniqueName('op-upd');
      const id = await createOperator(username);
      const noKecamatan = await admin.request(UPDATE_USER, {
        input: { id, displayName: 'Evaluator Baru', role: 'OPERATOR', kecamatanCode: null },
      });
      expect(noKecamatan.data.updateUser.fieldErrors).toEqual([
        expect.objectContaining({ field: 'kecamatanCode', code: 'REQUIRED' }),
      ]);
      const updated = await admin.request(UPDATE_USER, {
        input: { id, displayName: 'Evaluator Baru', role: 'EVALUATOR' },
      });
      expect(updated.data.updateUser).toMatchObject({
        displayName: 'Evaluator Baru',
        role: 'EVALUATOR',
        kecamatan: null,
      });

      const user = await new GqlClient(server).login(username, STRONG);
      await user.request(CHANGE_PASSWORD, { c: STRONG, n: STRONGER });
      const reset = await admin.request(RESET_PASSWORD, { id, p: 'Kali-Bekasi-Bersih-2026' });
      expect(reset.data.resetPassword).toMatchObject({ mustChangePassword: true });
      expect((await user.request(ME)).data.me).toBeNull();
      await expect(new GqlClient(server).login(username, STRONGER)).rejects.toThrow();
      const again = await new GqlClient(server).login(username, 'Kali-Bekasi-Bersih-2026');
      expect((await again.request(ME)).data.me.mustChangePassword).toBe(true);
      const actions = await auditActions(id);
      expect(actions).toEqual(expect.arrayContaining(['USER_UPDATED', 'PASSWORD_CHANGED', 'PASSWORD_RESET']));
      const [entry] = await server.dataSource.query(
        `SELECT before, after FROM audit_entry WHERE action = 'USER_UPDATED' AND "entityId" = $1`,
        [id],
      );
      expect(entry.before).toMatchObject({ role: 'OPERATOR', kecamatanCode: JATIASIH });
      expect(entry.after).toMatchObject({ role: 'EVALUATOR', kecamatanCode: null });
      expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash/);
    });

    it('slows down guessing the current password like failed sign-ins', async () => {
      const client = await signedIn(server, 'op-3275-11');
      for (let i = 0; i < 3; i++) {
        const wrong = await client.request(CHANGE_PASSWORD, { c: `salah-${i}`, n: STRONGER });
        expect(wrong.data.changePassword.fieldErrors).toEqual([{ field: 'currentPassword', code: 'WRONG_PASSWORD' }]);
      }
      const blocked = await client.request(CHANGE_PASSWORD, { c: 'kecala2026', n: STRONGER });
      expect(blocked.data.changePassword.fieldErrors).toEqual([
        { field: 'currentPassword', code: 'TOO_MANY_ATTEMPTS' },
      ]);
      const [row] = await server.dataSource.query(`SELECT failures FROM login_throttle WHERE key = 'user:op-3275-11'`);
      expect(row.failures).toBe(3);
      await server.dataSource.query(`DELETE FROM login_throttle WHERE key = 'user:op-3275-11'`);
    });

    it('logoutEverywhere ends every session of the caller, this one included, and nobody else', async () => {
      const username = uniqueName('op-everywhere');
      const id = await createOperator(username);
      const first = await new GqlClient(server).login(username, STRONG);
      const second = await new GqlClient(server).login(username, STRONG);
      const result = await first.request('mutation { logoutEverywhere }');
      expect(result.data.logoutEverywhere).toBe(true);
      expect((await first.request(ME)).data.me).toBeNull();
      expect((await second.request(ME)).data.me).toBeNull();
      expect(await sessionCount(id)).toBe(0);
      expect((await admin.request(ME)).data.me.username).toBe('admin');
      expect(await auditActions(id)).toContain('LOGOUT_EVERYWHERE');
    });
  });
}

await defineAccountSuite('postgres');
await defineAccountSuite('embedded');
