/** Demo operator of Jatiasih (seeded with SEED_DEMO_USERS, the default). */
export const OPERATOR = { username: 'op-3275-09', password: 'kecala2026' };

/** Signs in through the `login` mutation and returns the session cookie (`kecala_session=…`). */
export async function sessionCookie(baseUrl: string, credentials = OPERATOR): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
      variables: { u: credentials.username, p: credentials.password },
    }),
  });
  const body = (await response.json()) as { data?: { login?: { __typename: string } } };
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (body.data?.login?.__typename !== 'LoginSuccess' || !cookie)
    throw new Error(`login of ${credentials.username} failed: ${JSON.stringify(body)}`);
  return cookie;
}
