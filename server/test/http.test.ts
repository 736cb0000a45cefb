import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';
import { TEST_NOW } from './support/fixtures.js';

/** Transport-level behaviour: cookies, body limits, malformed requests, masked errors. */
describe('HTTP transport', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('embedded', { now: TEST_NOW });
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('signs in with an httpOnly SameSite cookie that authenticates later requests', async () => {
    const login = await post(
      JSON.stringify({ query: `mutation { login(username: "evaluator", password: "kecala2026") { __typename } }` }),
    );
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kecala_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await post(JSON.stringify({ query: '{ me { username role } }' }), { cookie: cookie.split(';')[0] });
    expect(((await me.json()) as any).data.me).toEqual({ username: 'evaluator', role: 'EVALUATOR' });
    const forged = await post(JSON.stringify({ query: '{ me { username } }' }), { cookie: 'kecala_session=forged' });
    expect(((await forged.json()) as any).data.me).toBeNull();
  });

  it('answers an oversized body with 413 and a JSON error, no stack trace', async () => {
    const response = await post(
      JSON.stringify({ query: '{ me { username } }', variables: { pad: 'x'.repeat(200_000) } }),
    );
    expect(response.status).toBe(413);
    const body = await response.text();
    expect(JSON.parse(body).errors[0]).toEqual({
      message: 'Request body is too large.',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const response = await post('{"query": "{ me { username } }"');
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body).not.toMatch(/node_modules|at .*\.(ts|js):\d+/);
  });

  it('answers a syntax error and an unknown field as GraphQL errors', async () => {
    const syntax = await post(JSON.stringify({ query: '{ me { ' }));
    expect(((await syntax.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await post(JSON.stringify({ query: '{ passwordHashes }' }));
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('masks an unexpected failure: no SQL, no stack, a code and a request id header', async () => {
    await server.dataSource.query('ALTER TABLE period RENAME TO period_hidden');
    try {
      const response = await post(JSON.stringify({ query: '{ periods { year } }' }));
      const body = await response.text();
      expect(JSON.parse(body).errors[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(body).not.toMatch(/period_hidden|relation|SELECT|at .*\.(ts|js):\d+/i);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await server.dataSource.query('ALTER TABLE period_hidden RENAME TO period');
    }
  });

  it('refuses abusive operations (too costly, too many aliases) with a validation error, and lets real ones through', async () => {
    const body = async (query: string) => (await (await post(JSON.stringify({ query }))).json()) as any;
    const real = await body(
      `{ clusters(year: 2026) { code indicators { code scoring { bands { min points } } evidenceRequirements { code } } } }`,
    );
    expect(real.errors).toBeUndefined();
    const aliases = await body(`{ ${Array.from({ length: 20 }, (_, i) => `k${i}: kecamatans { code }`).join(' ')} }`);
    expect(aliases.errors[0].message).toMatch(/aliases/i);
    expect(aliases.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const heavy = `s: scoreboard(year: 2026) { kecamatan { code name kelurahan { code name } } total category clusters { cluster { code name nameEn maxPoints indicators { code name shortName nameEn guidance maxPoints options { value label points } scoring { type bands { min max points } } evidenceRequirements { code label required } } } score maxPoints } }`;
    const costly = await body(`{ ${Array.from({ length: 15 }, (_, i) => heavy.replace('s:', `s${i}:`)).join(' ')} }`);
    expect(costly.errors[0].message).toMatch(/cost/i);
    expect(costly.data).toBeUndefined();
    const suggestion = await body(`{ kecamatanz { code } }`);
    expect(suggestion.errors[0].message).not.toMatch(/did you mean/i);
  });

  it('slows down and then locks repeated failed sign-ins, per account and per address, saying so', async () => {
    const login = async (username: string, password: string) =>
      (
        (await (
          await post(
            JSON.stringify({
              query: `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) {
          __typename ... on ErrorResult { code message } ... on TooManyAttemptsError { retryAfterSeconds locked } } }`,
              variables: { u: username, p: password },
            }),
          )
        ).json()) as any
      ).data.login;
    for (let i = 0; i < 3; i++) expect((await login('op-3275-07', 'salah')).__typename).toBe('InvalidCredentialsError');
    // The 4th try comes too soon: refused without checking the (correct) password.
    expect(await login('op-3275-07', 'kecala2026')).toMatchObject({
      __typename: 'TooManyAttemptsError',
      retryAfterSeconds: 2,
      locked: false,
    });
    // Another account from the same address is not slowed down by this one.
    expect((await login('op-3275-08', 'kecala2026')).__typename).toBe('LoginSuccess');

    await server.dataSource.query(
      `UPDATE login_throttle SET failures = 10, "lockedUntil" = now() + interval '15 minutes' WHERE key = 'user:op-3275-07'`,
    );
    const locked = await login('op-3275-07', 'kecala2026');
    expect(locked).toMatchObject({ __typename: 'TooManyAttemptsError', locked: true, code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.message).toMatch(/locked for 15 minute/);

    // Lock over: the right password signs in and clears the account's failures.
    await server.dataSource.query(
      `UPDATE login_throttle SET "lockedUntil" = now() - interval '1 second', "lastFailureAt" = now() - interval '1 hour' WHERE key = 'user:op-3275-07'`,
    );
    expect((await login('op-3275-07', 'kecala2026')).__typename).toBe('LoginSuccess');
    expect(await server.dataSource.query(`SELECT 1 FROM login_throttle WHERE key = 'user:op-3275-07'`)).toEqual([]);

    // An address that keeps failing is locked for every account.
    const [address] = await server.dataSource.query(`SELECT key FROM login_throttle WHERE key LIKE 'ip:%'`);
    await server.dataSource.query(
      `UPDATE login_throttle SET failures = 50, "lockedUntil" = now() + interval '15 minutes' WHERE key = $1`,
      [address.key],
    );
    expect(await login('admin', 'kecala2026')).toMatchObject({ __typename: 'TooManyAttemptsError', locked: true });
    await server.dataSource.query(`DELETE FROM login_throttle`);
  });

  it('refuses a GET mutation-free query without a CSRF preflight header', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ kecamatans { code } }')}`);
    expect(response.status).toBe(400);
  });
});
