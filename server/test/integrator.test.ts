import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GqlClient,
  integratorClient,
  signedIn,
  startTestServer,
  type Backend,
  type TestServer,
} from './support/test-server.js';
import { describeOn } from './support/backends.js';
import { BEKASI_BARAT, JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';
import { printAppSchema } from '../src/graphql/print-schema.js';
import { buildAppSchema } from '../src/graphql/schema.js';

const CREATE_TOKEN = `mutation ($name: String!, $integratorId: ID!) { createApiToken(input: { name: $name, integratorId: $integratorId }) {
  __typename
  ... on ApiTokenCreated { secret token { id name integrator { id username displayName active } createdBy { username } createdAt revokedAt lastUsedAt } }
  ... on ValidationError { code fieldErrors { field code } }
} }`;
const REVOKE_TOKEN = `mutation ($id: ID!) { revokeApiToken(id: $id) {
  __typename
  ... on ApiToken { id revokedAt }
  ... on ValidationError { code fieldErrors { field code } }
} }`;
const PAGE = `query ($first: Int, $after: String, $filter: SubmissionsFilter) {
  submissionsConnection(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id kecamatanCode indicatorCode year status version updatedAt updatedBy { username } evidence { id } } }
    pageInfo { hasNextPage endCursor }
  } }`;
const AUDIT_PAGE = `query ($first: Int, $after: String, $filter: AuditEntriesFilter) {
  auditEntries(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { id action entityType entityId username } } pageInfo { hasNextPage endCursor }
  } }`;

/**
 * Every mutation of the schema, called with an API token: each must be refused before it does
 * anything. A mutation added to the schema without a case here fails the completeness test.
 */
function mutationCases(ids: {
  submissionId: string;
  evidenceId: string;
  tokenId: string;
}): Record<string, [string, Record<string, unknown>?]> {
  const typed = (field: string, args: string) =>
    `mutation { ${field}(${args}) { __typename ... on ErrorResult { code message } } }`;
  return {
    login: [typed('login', 'username: "admin", password: "kecala2026"')],
    logout: ['mutation { logout }'],
    saveSubmission: [
      typed(
        'saveSubmission',
        '$input'.replace(
          '$input',
          `input: { year: ${YEAR}, kecamatanCode: "${JATIASIH}", indicatorCode: "K1-05", answer: { count: 9 }, expectedVersion: 0 }`,
        ),
      ),
    ],
    submitSubmissions: [typed('submitSubmissions', `input: { year: ${YEAR}, kecamatanCode: "${JATIASIH}" }`)],
    returnSubmission: [
      typed('returnSubmission', `input: { submissionId: "${ids.submissionId}", expectedVersion: 1, reason: "x" }`),
    ],
    verifySubmission: [typed('verifySubmission', `input: { submissionId: "${ids.submissionId}", expectedVersion: 1 }`)],
    verifySubmissions: [typed('verifySubmissions', `input: { submissionIds: ["${ids.submissionId}"] }`)],
    reopenSubmission: [
      typed('reopenSubmission', `input: { submissionId: "${ids.submissionId}", expectedVersion: 1, reason: "x" }`),
    ],
    setEvidenceVerdict: [typed('setEvidenceVerdict', `input: { evidenceId: "${ids.evidenceId}", verdict: ACCEPTED }`)],
    removeEvidence: [typed('removeEvidence', `evidenceId: "${ids.evidenceId}"`)],
    postSubmissionComment: [
      typed('postSubmissionComment', `input: { submissionId: "${ids.submissionId}", body: "escalated" }`),
    ],
    resolveSubmissionComment: [typed('resolveSubmissionComment', `commentId: "${ids.evidenceId}"`)],
    createApiToken: [typed('createApiToken', `input: { name: "escalated", integratorId: "${ids.tokenId}" }`)],
    revokeApiToken: [typed('revokeApiToken', `id: "${ids.tokenId}"`)],
    createUser: [
      typed(
        'createUser',
        'input: { username: "escalated", displayName: "x", role: ADMIN, password: "Escalated-Admin-2026" }',
      ),
    ],
    updateUser: [typed('updateUser', `input: { id: "${ids.tokenId}", displayName: "x", role: ADMIN }`)],
    setUserActive: [typed('setUserActive', `id: "${ids.tokenId}", active: false`)],
    resetPassword: [typed('resetPassword', `id: "${ids.tokenId}", newPassword: "Escalated-Admin-2026"`)],
    changePassword: [typed('changePassword', 'currentPassword: "kecala2026", newPassword: "Escalated-Admin-2026"')],
    logoutEverywhere: ['mutation { logoutEverywhere }'],
    openPeriod: [typed('openPeriod', 'year: 2031, indicatorSetCode: "KLA-24", deadline: "2031-12-31T16:59:59Z"')],
    setPeriodDeadline: [typed('setPeriodDeadline', `year: ${YEAR}, deadline: "2031-12-31T16:59:59Z"`)],
    closePeriod: [typed('closePeriod', `year: ${YEAR}, reason: "x"`)],
    reopenPeriod: [typed('reopenPeriod', `year: ${YEAR}, reason: "x"`)],
    copyIndicatorSet: [typed('copyIndicatorSet', 'input: { sourceCode: "KLA-24", code: "ESCALATED", name: "x" }')],
    updateIndicator: [
      typed(
        'updateIndicator',
        'input: { setCode: "KLA-24", indicatorCode: "K1-05", name: "x", shortName: "x", nameEn: "x", guidance: "", measureType: YES_NO, direction: HIGHER_IS_BETTER, clusterCode: "K1", maxPoints: 1, scoringRule: { type: "YES_NO", yes: 1, no: 0 } }',
      ),
    ],
    updateEvidenceRequirements: [
      typed(
        'updateEvidenceRequirements',
        'input: { setCode: "KLA-24", indicatorCode: "K1-05", items: [{ code: "X", label: "x", labelEn: "x", required: true }] }',
      ),
    ],
    publishIndicatorSet: [typed('publishIndicatorSet', 'code: "KLA-24"')],
    addIndicator: [
      typed(
        'addIndicator',
        'input: { setCode: "KLA-24", code: "K1-25", clusterCode: "K1", name: "x", shortName: "x", nameEn: "x", guidance: "", measureType: YES_NO, direction: HIGHER_IS_BETTER, maxPoints: 1, scoringRule: { type: "YES_NO", yes: 1, no: 0 } }',
      ),
    ],
    deleteIndicator: [typed('deleteIndicator', 'setCode: "KLA-24", indicatorCode: "K1-05"')],
    deleteIndicatorSet: [typed('deleteIndicatorSet', 'code: "KLA-24"')],
    carryForwardSubmissions: [
      typed('carryForwardSubmissions', `input: { year: ${YEAR}, kecamatanCode: "${JATIASIH}" }`),
    ],
    confirmCarriedForward: [
      typed('confirmCarriedForward', `input: { items: [{ submissionId: "${ids.submissionId}", expectedVersion: 1 }] }`),
    ],
    applySpreadsheetImport: [typed('applySpreadsheetImport', `batchId: "${ids.submissionId}"`)],
    setHoliday: [typed('setHoliday', 'input: { date: "2026-07-01", name: "x", kind: NATIONAL }')],
    deleteHoliday: [typed('deleteHoliday', 'date: "2026-01-01"')],
    markNotificationsRead: [typed('markNotificationsRead', 'all: true')],
    setNotificationPreference: [typed('setNotificationPreference', 'kind: ANSWER_RETURNED, email: true')],
    setNotificationEmail: [typed('setNotificationEmail', 'email: "x@example.org"')],
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function defineIntegratorSuite(backend: Backend) {
  await describeOn(backend, "integrators' API", () => {
    let server: TestServer;
    let admin: GqlClient;
    let evaluator: GqlClient;
    let operator: GqlClient;
    let integrator: GqlClient;
    let tokenId: string;
    let accountId: string;

    async function createToken(name: string, integratorId = accountId): Promise<{ id: string; secret: string }> {
      const result = await admin.request(CREATE_TOKEN, { name, integratorId });
      expect(result.data.createApiToken.__typename).toBe('ApiTokenCreated');
      return { id: result.data.createApiToken.token.id, secret: result.data.createApiToken.secret };
    }
    function clientWith(secret: string): GqlClient {
      const client = new GqlClient(server);
      client.token = secret;
      return client;
    }

    beforeAll(async () => {
      server = await startTestServer(backend, { now: TEST_NOW });
      admin = await signedIn(server, 'admin');
      evaluator = await signedIn(server, 'evaluator');
      operator = await signedIn(server, 'op-3275-09');
      const account = await admin.request(
        `mutation { createUser(input: { username: "satu-data", displayName: "Satu Data Kota Bekasi", role: INTEGRATOR }) { ... on UserAccount { id } } }`,
      );
      accountId = account.data.createUser.id;
      const token = await createToken('Satu Data Kota Bekasi');
      tokenId = token.id;
      integrator = clientWith(token.secret);
    });
    afterAll(async () => {
      await server?.close();
    });

    describe('API tokens', () => {
      it('shows the secret once, stores only its SHA-256, lists the token and audits its creation', async () => {
        const result = await admin.request(CREATE_TOKEN, { name: '  Provinsi Jawa Barat  ', integratorId: accountId });
        const created = result.data.createApiToken;
        expect(created.secret).toMatch(/^kct_[A-Za-z0-9_-]{43}$/);
        expect(created.token).toMatchObject({
          name: 'Provinsi Jawa Barat',
          integrator: { id: accountId, username: 'satu-data', displayName: 'Satu Data Kota Bekasi', active: true },
          createdBy: { username: 'admin' },
          revokedAt: null,
          lastUsedAt: null,
        });
        const [row] = await server.dataSource.query(`SELECT * FROM api_token WHERE id = $1`, [created.token.id]);
        expect(row.tokenHash).toBe(sha256(created.secret));
        expect(JSON.stringify(row)).not.toContain(created.secret.slice(4));

        const listed = (await admin.request(`{ apiTokens { id name revokedAt } }`)).data.apiTokens;
        expect(listed.map((t: any) => t.name)).toEqual(['Provinsi Jawa Barat', 'Satu Data Kota Bekasi']);
        expect(JSON.stringify(listed)).not.toContain('kct_');

        const audit = await server.dataSource.query(
          `SELECT action, username, "after" FROM audit_entry WHERE "entityType" = 'ApiToken' AND "entityId" = $1`,
          [created.token.id],
        );
        expect(audit).toEqual([
          {
            action: 'API_TOKEN_CREATED',
            username: 'admin',
            after: { name: 'Provinsi Jawa Barat', integrator: 'satu-data' },
          },
        ]);
      });

      it('authenticates the secret as a read-only INTEGRATOR and records lastUsedAt at most once a minute', async () => {
        const { id, secret } = await createToken('lastUsed probe');
        const client = clientWith(secret);
        const lastUsed = async () =>
          (await server.dataSource.query(`SELECT "lastUsedAt" FROM api_token WHERE id = $1`, [id]))[0]
            .lastUsedAt as Date | null;
        expect(await lastUsed()).toBeNull();
        expect((await client.request(`{ me { username displayName role kecamatan { code } } }`)).data.me).toEqual({
          username: 'satu-data',
          displayName: 'Satu Data Kota Bekasi',
          role: 'INTEGRATOR',
          kecamatan: null,
        });
        const first = await lastUsed();
        expect(first).toBeInstanceOf(Date);

        // Within the minute: no write at all.
        server.queries.reset();
        await client.request(`{ me { role } }`);
        expect(server.queries.statements.filter((s) => /UPDATE\s+api_token/i.test(s))).toEqual([]);
        expect(await lastUsed()).toEqual(first);

        // A minute later: written again.
        await server.dataSource.query(
          `UPDATE api_token SET "lastUsedAt" = now() - interval '2 minutes' WHERE id = $1`,
          [id],
        );
        const stale = await lastUsed();
        await client.request(`{ me { role } }`);
        expect((await lastUsed())!.getTime()).toBeGreaterThan(stale!.getTime());
        const listed = (await admin.request(`{ apiTokens { id lastUsedAt } }`)).data.apiTokens.find(
          (t: any) => t.id === id,
        );
        expect(listed.lastUsedAt).not.toBeNull();
      });

      it('refuses non-admins and bad names, and never accepts the secret as a cookie', async () => {
        for (const client of [evaluator, operator, integrator]) {
          const result = await client.request(CREATE_TOKEN, { name: 'mine', integratorId: accountId });
          expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
          expect((await client.request(`{ apiTokens { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        }
        expect((await new GqlClient(server).request(`{ apiTokens { id } }`)).errors?.[0].extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
        for (const [name, code] of [
          ['   ', 'REQUIRED'],
          ['x'.repeat(101), 'TOO_LONG'],
          ['a\nb', 'INVALID_CHARACTERS'],
        ]) {
          const result = await admin.request(CREATE_TOKEN, { name, integratorId: accountId });
          expect(result.data.createApiToken).toEqual({
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            fieldErrors: [{ field: 'name', code }],
          });
        }
        const { secret } = await createToken('cookie probe');
        const viaCookie = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `kecala_session=${secret}` },
          body: JSON.stringify({ query: '{ me { role } }' }),
        });
        expect(((await viaCookie.json()) as any).data.me).toBeNull();
      });

      it('stops a revoked token at once; revoking again changes nothing; an unknown id is a ValidationError', async () => {
        const { id, secret } = await createToken('to revoke');
        const client = clientWith(secret);
        expect((await client.request(`{ me { role } }`)).data.me.role).toBe('INTEGRATOR');
        const revoked = (await admin.request(REVOKE_TOKEN, { id })).data.revokeApiToken;
        expect(revoked).toMatchObject({ __typename: 'ApiToken', id });
        expect(revoked.revokedAt).not.toBeNull();
        expect((await client.request(`{ me { role } }`)).data.me).toBeNull();
        expect((await client.request(PAGE, { first: 1 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

        const again = (await admin.request(REVOKE_TOKEN, { id })).data.revokeApiToken;
        expect(again).toEqual(revoked);
        const audit = await server.dataSource.query(
          `SELECT action, "before", "after" FROM audit_entry WHERE "entityId" = $1 ORDER BY id`,
          [id],
        );
        expect(audit.map((a: any) => a.action)).toEqual(['API_TOKEN_CREATED', 'API_TOKEN_REVOKED']);
        expect(audit[1].before).toMatchObject({ revokedAt: null });

        for (const unknown of [randomUUID(), 'not-an-id']) {
          expect((await admin.request(REVOKE_TOKEN, { id: unknown })).data.revokeApiToken).toMatchObject({
            __typename: 'ValidationError',
            fieldErrors: [{ field: 'id', code: 'NOT_FOUND' }],
          });
        }
      });
    });

    describe('integrator accounts', () => {
      const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) {
        __typename ... on UserAccount { id username role kecamatan { code } mustChangePassword } ... on ValidationError { fieldErrors { field code } } } }`;
      const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on ErrorResult { code message } } }`;
      const SET_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { __typename ... on UserAccount { active } } }`;

      it('are created without password or kecamatan, and never sign in', async () => {
        const created = (
          await admin.request(CREATE_USER, {
            input: {
              username: 'provinsi-jabar',
              displayName: 'Provinsi Jawa Barat',
              role: 'INTEGRATOR',
              password: null,
            },
          })
        ).data.createUser;
        expect(created).toMatchObject({
          __typename: 'UserAccount',
          username: 'provinsi-jabar',
          role: 'INTEGRATOR',
          kecamatan: null,
          mustChangePassword: false,
        });
        const [{ passwordHash }] = await server.dataSource.query(`SELECT "passwordHash" FROM app_user WHERE id = $1`, [
          created.id,
        ]);
        expect(passwordHash).not.toMatch(/^\$argon2/);

        const bound = await admin.request(CREATE_USER, {
          input: { username: 'int-bound', displayName: 'x', role: 'INTEGRATOR', kecamatanCode: JATIASIH },
        });
        expect(bound.data.createUser.fieldErrors).toEqual([{ field: 'kecamatanCode', code: 'NOT_ALLOWED' }]);
        const withPassword = await admin.request(CREATE_USER, {
          input: { username: 'int-pw', displayName: 'x', role: 'INTEGRATOR', password: 'Sepeda-Biru-Kalimalang-42' },
        });
        expect(withPassword.data.createUser.fieldErrors).toEqual([{ field: 'password', code: 'NOT_ALLOWED' }]);
        const personWithout = await admin.request(CREATE_USER, {
          input: { username: 'eval-nopw', displayName: 'x', role: 'EVALUATOR' },
        });
        expect(personWithout.data.createUser.fieldErrors.map((e: any) => e.field)).toContain('password');

        for (const password of ['', '!', 'kecala2026']) {
          const login = (await new GqlClient(server).request(LOGIN, { u: 'provinsi-jabar', p: password })).data.login;
          expect(login).toMatchObject({
            __typename: 'InvalidCredentialsError',
            code: 'INTEGRATOR_NO_LOGIN',
            message: expect.stringMatching(/integrator account.*API token/),
          });
        }
        expect(
          await server.dataSource.query(`SELECT count(*)::int AS n FROM session WHERE "userId" = $1`, [created.id]),
        ).toEqual([{ n: 0 }]);

        const reset = await admin.request(
          `mutation ($id: ID!) { resetPassword(id: $id, newPassword: "Sepeda-Biru-Kalimalang-42") { __typename ... on ValidationError { fieldErrors { field code } } } }`,
          { id: created.id },
        );
        expect(reset.data.resetPassword.fieldErrors).toEqual([{ field: 'id', code: 'INTEGRATOR' }]);
        const promote = await admin.request(
          `mutation ($id: ID!) { updateUser(input: { id: $id, displayName: "x", role: ADMIN }) { __typename ... on ValidationError { fieldErrors { field code } } } }`,
          { id: created.id },
        );
        expect(promote.data.updateUser.fieldErrors).toEqual([{ field: 'role', code: 'INTEGRATOR_FIXED' }]);
        const [{ id: evaluatorId }] = await server.dataSource.query(
          `SELECT id FROM app_user WHERE username = 'evaluator'`,
        );
        const demote = await admin.request(
          `mutation ($id: ID!) { updateUser(input: { id: $id, displayName: "x", role: INTEGRATOR }) { __typename ... on ValidationError { fieldErrors { field code } } } }`,
          { id: evaluatorId },
        );
        expect(demote.data.updateUser.fieldErrors).toEqual([{ field: 'role', code: 'INTEGRATOR_FIXED' }]);
        expect(
          (
            await server.dataSource.query(`SELECT action FROM audit_entry WHERE "entityId" = $1 ORDER BY id`, [
              created.id,
            ])
          ).map((r: any) => r.action),
        ).toEqual(['USER_CREATED']);
      });

      it('own their tokens: a token acts as its account (me, lastLoginAt), and only integrator accounts get tokens', async () => {
        const client = await integratorClient(server, admin, 'Kemen PPPA');
        const me = (await client.request(`{ me { id username displayName role } }`)).data.me;
        expect(me).toMatchObject({ id: client.accountId, displayName: 'Kemen PPPA', role: 'INTEGRATOR' });
        expect(me.username).toMatch(/^int-kemen-pppa-/);
        const [account] = await server.dataSource.query(`SELECT "lastLoginAt" FROM app_user WHERE id = $1`, [
          client.accountId,
        ]);
        expect(account.lastLoginAt).toBeInstanceOf(Date);
        const listed = (await admin.request(`{ apiTokens { id integrator { id username } } }`)).data.apiTokens.find(
          (t: any) => t.id === client.tokenId,
        );
        expect(listed.integrator).toEqual({ id: client.accountId, username: me.username });

        const [{ id: evaluatorId }] = await server.dataSource.query(
          `SELECT id FROM app_user WHERE username = 'evaluator'`,
        );
        const refusals = [
          [evaluatorId, 'NOT_INTEGRATOR'],
          [randomUUID(), 'NOT_FOUND'],
          ['not-an-id', 'NOT_FOUND'],
        ];
        for (const [integratorId, code] of refusals) {
          expect((await admin.request(CREATE_TOKEN, { name: 'x', integratorId })).data.createApiToken).toEqual({
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            fieldErrors: [{ field: 'integratorId', code }],
          });
        }
      });

      it('deactivating the account stops its tokens at once; reactivating restores them; no token for an inactive account', async () => {
        const client = await integratorClient(server, admin, 'Deactivation probe');
        expect((await client.request(`{ me { role } }`)).data.me.role).toBe('INTEGRATOR');
        expect((await admin.request(SET_ACTIVE, { id: client.accountId, active: false })).data.setUserActive).toEqual({
          __typename: 'UserAccount',
          active: false,
        });
        expect((await client.request(`{ me { role } }`)).data.me).toBeNull();
        expect((await client.request(PAGE, { first: 1 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(
          (await admin.request(CREATE_TOKEN, { name: 'x', integratorId: client.accountId })).data.createApiToken
            .fieldErrors,
        ).toEqual([{ field: 'integratorId', code: 'INACTIVE' }]);
        const audit = await server.dataSource.query(
          `SELECT action, username FROM audit_entry WHERE "entityId" = $1 ORDER BY id`,
          [client.accountId],
        );
        expect(audit).toEqual([
          { action: 'USER_CREATED', username: 'admin' },
          { action: 'USER_DEACTIVATED', username: 'admin' },
        ]);
        await admin.request(SET_ACTIVE, { id: client.accountId, active: true });
        expect((await client.request(`{ me { role } }`)).data.me.role).toBe('INTEGRATOR');
      });
    });

    describe('read-only scope', () => {
      it('reads like an evaluator: every kecamatan, the queue, the scoreboard, the audit trail', async () => {
        expect(
          (await operator.request(SAVE_MUTATION, saveInput('K1-04', { numerator: 9, denominator: 10 }, 0))).data
            .saveSubmission.__typename,
        ).toBe('Submission');
        const reads = [
          `{ submissions(year: ${YEAR}, kecamatanCode: "${JATIASIH}") { indicatorCode } }`,
          `{ submissionQueue(filter: { year: ${YEAR}, statuses: [DRAFT] }) { indicatorCode } }`,
          `{ scoreboard(year: ${YEAR}) { total } }`,
          `{ kecamatanScore(year: ${YEAR}, kecamatanCode: "${BEKASI_BARAT}") { total } }`,
          `{ auditEntries(first: 5) { edges { node { action } } } }`,
        ];
        for (const query of reads) {
          const result = await integrator.request(query);
          expect(result.errors, query).toBeUndefined();
        }
        expect((await integrator.request(reads[0])).data.submissions).toEqual([{ indicatorCode: 'K1-04' }]);
      });

      it('refuses every mutation of the schema: NotAllowedError where the result is a union with it, FORBIDDEN otherwise, and nothing changes', async () => {
        // A SUBMITTED submission the integrator could otherwise act on.
        const [{ id: submissionId }] = await server.dataSource.query(
          `UPDATE submission SET status = 'SUBMITTED' WHERE "kecamatanCode" = $1 AND "indicatorId" = (SELECT id FROM indicator WHERE code = 'K1-04' LIMIT 1) RETURNING id`,
          [JATIASIH],
        );
        const cases = mutationCases({ submissionId, evidenceId: randomUUID(), tokenId });
        const schema = await buildAppSchema();
        const mutationFields = schema.getMutationType()!.getFields();
        expect(Object.keys(cases).sort()).toEqual(Object.keys(mutationFields).sort());

        const snapshot = () =>
          server.dataSource.query(
            `SELECT (SELECT count(*) FROM audit_entry)::int AS audit, (SELECT count(*) FROM session)::int AS sessions,
                    (SELECT count(*) FROM api_token WHERE "revokedAt" IS NULL)::int AS tokens,
                    (SELECT string_agg(id::text || status || version, ',' ORDER BY id) FROM submission) AS submissions`,
          );
        const before = await snapshot();
        for (const [name, [query, variables]] of Object.entries(cases)) {
          const result = await integrator.request(query, variables);
          const returnType = String(mutationFields[name].type).replace(/!$/, '');
          const union = schema.getType(returnType);
          const typed =
            union && 'getTypes' in union && (union as any).getTypes().some((t: any) => t.name === 'NotAllowedError');
          if (typed) {
            expect(result.data?.[name], name).toMatchObject({
              __typename: 'NotAllowedError',
              code: 'NOT_ALLOWED',
              message: expect.stringMatching(/read-only/),
            });
          } else {
            expect(result.errors?.[0].extensions?.code, name).toBe('FORBIDDEN');
            expect(result.errors?.[0].message, name).toMatch(/read-only/);
          }
        }
        expect(await snapshot()).toEqual(before);
        // The token still works: nothing (not even logout) ended it.
        expect((await integrator.request(`{ me { role } }`)).data.me.role).toBe('INTEGRATOR');
      });

      it('refuses uploads from a token (evidence is written by operators only)', async () => {
        const response = await fetch(`${server.url}/uploads`, {
          method: 'POST',
          headers: { authorization: `Bearer ${integrator.token}`, 'tus-resumable': '1.0.0', 'upload-length': '10' },
        });
        expect(response.status).toBe(403);
      });
    });

    describe('submissionsConnection', () => {
      const pageOf = async (client: GqlClient, variables: Record<string, unknown>) => {
        const result = await client.request(PAGE, variables);
        expect(result.errors).toBeUndefined();
        return result.data.submissionsConnection;
      };
      async function walk(client: GqlClient, first: number, filter?: Record<string, unknown>) {
        const ids: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const page: any = await pageOf(client, { first, after, filter });
          ids.push(...page.edges.map((e: any) => e.node.id));
          pages += 1;
          if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
          if (!page.pageInfo.hasNextPage)
            return { ids, pages, endCursor: page.pageInfo.endCursor as string | null, totalCount: page.totalCount };
          expect(page.edges).toHaveLength(first);
          after = page.pageInfo.endCursor;
        }
      }
      const expectedOrder = async (where = 'true', params: unknown[] = []) =>
        (
          await server.dataSource.query(`SELECT id FROM submission s WHERE ${where} ORDER BY "updatedAt", id`, params)
        ).map((r: any) => r.id as string);

      beforeAll(async () => {
        // Every kecamatan answers every indicator; many rows share one updatedAt, some differ by microseconds.
        await server.dataSource.query(
          `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", "count", version, status, "updatedAt")
           SELECT gen_random_uuid(), p.id, k.code, i.id, 1, 1, 'DRAFT',
                  timestamptz '2026-02-01 10:00:00+00' + (CASE WHEN i.number % 3 = 0 THEN interval '0' ELSE (i.number * interval '1 microsecond') END)
           FROM period p CROSS JOIN kecamatan k JOIN indicator i ON i."indicatorSetId" = p."indicatorSetId"
           WHERE p.year = $1
           ON CONFLICT DO NOTHING`,
          [YEAR],
        );
      });

      it('covers every row exactly once, in (updatedAt, id) order, whatever the page size', async () => {
        const all = await expectedOrder();
        expect(all.length).toBeGreaterThanOrEqual(288);
        for (const first of [7, 50, 500]) {
          const { ids, totalCount } = await walk(integrator, first);
          expect(ids).toEqual(all);
          expect(totalCount).toBe(all.length);
        }
        // Default page size is 100.
        expect((await pageOf(integrator, {})).edges).toHaveLength(100);
      });

      it('filters by updatedSince (inclusive), year, kecamatan, cluster and states', async () => {
        await server.dataSource.query(
          `UPDATE submission SET "updatedAt" = timestamptz '2026-02-20 08:00:00+00' WHERE "kecamatanCode" = $1`,
          [BEKASI_BARAT],
        );
        const since = await walk(integrator, 10, { updatedSince: '2026-02-20T08:00:00.000Z' });
        expect(since.ids.sort()).toEqual(
          (await expectedOrder(`"updatedAt" >= timestamptz '2026-02-20 08:00:00+00'`)).sort(),
        );
        expect(since.ids.length).toBeGreaterThanOrEqual(24);

        const filtered = await walk(integrator, 5, {
          year: YEAR,
          kecamatanCode: JATIASIH,
          clusterCode: 'K1',
          statuses: ['SUBMITTED'],
        });
        expect(filtered.ids).toEqual(
          await expectedOrder(
            `"kecamatanCode" = $1 AND status = 'SUBMITTED' AND "indicatorId" IN (SELECT id FROM indicator WHERE "clusterCode" = 'K1')`,
            [JATIASIH],
          ),
        );
        expect(filtered.ids.length).toBe(1);
        expect((await pageOf(integrator, { filter: { year: 1999 } })).edges).toEqual([]);
      });

      it('resumes after the last cursor with what changed since', async () => {
        const { endCursor } = await walk(integrator, 500);
        expect((await pageOf(integrator, { after: endCursor })).edges).toEqual([]);
        const saved = (await operator.request(SAVE_MUTATION, saveInput('K2-08', { yes: true }, 1))).data.saveSubmission;
        expect(saved.__typename).toBe('Submission');
        const next = await pageOf(integrator, { after: endCursor });
        expect(next.edges.map((e: any) => [e.node.indicatorCode, e.node.version, e.node.updatedBy.username])).toEqual([
          ['K2-08', 2, 'op-3275-09'],
        ]);
      });

      it('scopes operators to their own kecamatan and refuses anonymous callers', async () => {
        const own = await walk(operator, 500);
        expect(own.ids).toEqual(await expectedOrder(`"kecamatanCode" = $1`, [JATIASIH]));
        const other = await operator.request(PAGE, { filter: { kecamatanCode: BEKASI_BARAT } });
        expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect((await new GqlClient(server).request(PAGE, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        // The audit trail: an operator reads their own kecamatan's part only (comment-audit.test.ts).
        expect(
          (await operator.request(AUDIT_PAGE, { filter: { kecamatanCode: BEKASI_BARAT } })).errors?.[0].extensions
            ?.code,
        ).toBe('FORBIDDEN');
      });

      it('refuses a bad cursor or page size with BAD_USER_INPUT naming the argument', async () => {
        const auditCursor = (await integrator.request(AUDIT_PAGE, { first: 1 })).data.auditEntries.pageInfo.endCursor;
        const forged = Buffer.from(JSON.stringify(['submission', '2026-01-01', 'x'])).toString('base64url');
        for (const [variables, argument] of [
          [{ first: 0 }, 'first'],
          [{ first: 501 }, 'first'],
          [{ first: -3 }, 'first'],
          [{ after: 'not a cursor!' }, 'after'],
          [{ after: auditCursor }, 'after'],
          [{ after: forged }, 'after'],
        ] as const) {
          const result = await integrator.request(PAGE, variables);
          expect(result.errors?.[0].extensions, JSON.stringify(variables)).toMatchObject({
            code: 'BAD_USER_INPUT',
            field: argument,
          });
          expect(result.errors?.[0].message).toMatch(new RegExp(`^${argument}:`));
        }
        const audit = await integrator.request(AUDIT_PAGE, { first: 501 });
        expect(audit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      });

      it('sends a constant number of SQL statements per page as rows and page size grow', async () => {
        const statementsFor = async (variables: Record<string, unknown>) => {
          await integrator.request(`{ me { role } }`); // lastUsedAt is fresh: no UPDATE during the count
          server.queries.reset();
          const result = await integrator.request(PAGE, variables);
          expect(result.errors).toBeUndefined();
          return server.queries.count;
        };
        const small = await statementsFor({ first: 5 });
        const large = await statementsFor({ first: 300 });
        const filtered = await statementsFor({ first: 300, filter: { year: YEAR, statuses: ['DRAFT'] } });
        // Token, page, totalCount, evidence (one batch): four.
        expect(small).toBe(4);
        expect(large).toBe(small);
        expect(filtered).toBe(small);
        expect(server.queries.statements.join('\n')).not.toMatch(/OFFSET/i);
      });
    });

    describe('auditEntries', () => {
      it('pages the whole trail in id order, filtered by entityType and since', async () => {
        const all = (await server.dataSource.query(`SELECT id FROM audit_entry ORDER BY id`)).map((r: any) =>
          String(r.id),
        );
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page: any = (await integrator.request(AUDIT_PAGE, { first: 3, after })).data.auditEntries;
          seen.push(...page.edges.map((e: any) => e.node.id));
          expect(page.totalCount).toBe(all.length);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(all);

        const tokens = (await evaluator.request(AUDIT_PAGE, { filter: { entityType: 'ApiToken' } })).data.auditEntries;
        expect(tokens.edges.length).toBeGreaterThan(0);
        expect(tokens.edges.every((e: any) => e.node.entityType === 'ApiToken')).toBe(true);
        const future = (await admin.request(AUDIT_PAGE, { filter: { since: '2999-01-01T00:00:00Z' } })).data
          .auditEntries;
        expect(future).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
      });

      it('costs the same statements per page however large the trail', async () => {
        const count = async () => {
          await integrator.request(`{ me { role } }`);
          server.queries.reset();
          // first as a variable: GraphQL Armor multiplies the cost by a literal first (see README).
          const result = await integrator.request(
            `query ($first: Int) { auditEntries(first: $first) { edges { node { id } } pageInfo { hasNextPage } } }`,
            { first: 200 },
          );
          expect(result.errors).toBeUndefined();
          return server.queries.count;
        };
        const before = await count();
        await server.dataSource.query(
          `INSERT INTO audit_entry (action, "entityType", "entityId") SELECT 'TEST', 'Test', g::text FROM generate_series(1, 300) g`,
        );
        expect(await count()).toBe(before);
        expect(before).toBe(2);
      });
    });
  });
}

await defineIntegratorSuite('postgres');
await defineIntegratorSuite('embedded');

/** GraphQL over HTTP: GET for queries, application/graphql-response+json, and CSRF protection kept. */
describe('GraphQL over HTTP', () => {
  let server: TestServer;
  let secret: string;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer('embedded', { now: TEST_NOW });
    const admin = await signedIn(server, 'admin');
    secret = (await integratorClient(server, admin, 'http')).token!;
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(username: "evaluator", password: "kecala2026") { __typename } }`,
      }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  });
  afterAll(async () => {
    await server?.close();
  });

  const get = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
    fetch(
      `${server.url}/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`,
      { headers },
    );

  it('answers a GET query with a preflight header and a bearer token', async () => {
    const response = await get(
      `query ($k: String!) { submissions(year: ${YEAR}, kecamatanCode: $k) { id } me { role } }`,
      {
        authorization: `Bearer ${secret}`,
        'apollo-require-preflight': 'true',
      },
      { k: JATIASIH },
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data).toEqual({ submissions: [], me: { role: 'INTEGRATOR' } });
  });

  it('refuses a simple GET (no preflight header, no JSON content type), even with a session cookie', async () => {
    const response = await get('{ me { username } }', { cookie });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    // The same with the preflight header is authorized by the cookie: the guard was CSRF, not the cookie.
    const preflighted = await get('{ me { username } }', { cookie, 'apollo-require-preflight': 'true' });
    expect(((await preflighted.json()) as any).data.me).toEqual({ username: 'evaluator' });
  });

  it('refuses a simple cross-site POST (text/plain) carrying the session cookie, and changes nothing', async () => {
    const [{ count }] = await server.dataSource.query(`SELECT count(*)::int AS count FROM audit_entry`);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
    expect((await server.dataSource.query(`SELECT count(*)::int AS count FROM audit_entry`))[0].count).toBe(count);
  });

  it('refuses a mutation over GET with 405', async () => {
    const response = await get('mutation { logout }', { cookie, 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toMatch(/POST/);
  });

  it('answers application/graphql-response+json when asked, with 400 for parse and validation errors', async () => {
    const accept = {
      accept: 'application/graphql-response+json',
      'content-type': 'application/json',
      authorization: `Bearer ${secret}`,
    };
    const post = (query: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: accept, body: JSON.stringify({ query }) });

    const ok = await post('{ kecamatans { code } }');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);

    const parse = await post('{ kecamatans { ');
    expect(parse.status).toBe(400);
    expect(parse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await parse.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');

    const invalid = await post('{ passwordHashes }');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const viaGet = await get('{ kecamatans { code } }', {
      accept: 'application/graphql-response+json',
      'apollo-require-preflight': 'true',
    });
    expect(viaGet.status).toBe(200);
    expect(viaGet.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);

    // Without the header, plain application/json as before.
    const plain = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ periods { year } }' }),
    });
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('schema descriptions', () => {
  it('describe every type, field, argument and enum value (the printed contract included)', async () => {
    const { undescribedSchemaElements } = await import('../src/graphql/schema-descriptions.js');
    expect(undescribedSchemaElements(await buildAppSchema())).toEqual([]);
    expect(await printAppSchema()).toMatch(/"""\s*Reads\. /);
  });
});
