import type { LoginMutation, MeQuery } from '../../gql/graphql';

/**
 * Sign-in without Apollo: the sign-in page's first load carries neither Apollo Client nor the
 * graphql printer, so `me` and `login` go through one small fetch until the user is signed in.
 * The texts are the Me and Login documents of auth.documents.ts, printed at build time with the
 * `__typename`s Apollo adds (build/graphql-documents.ts): the user goes into Apollo's cache later.
 */
import ME_QUERY from '../../gql/graphql?document-text=MeDocument';
import LOGIN_MUTATION from '../../gql/graphql?document-text=LoginDocument';

export { LOGIN_MUTATION, ME_QUERY };

export type LoginOutcome = LoginMutation['login'];
export type SubmitLogin = (username: string, password: string) => Promise<LoginOutcome | undefined>;

/** The server answered with GraphQL errors (its message is shown); anything else is a network failure. */
export class LoginServerError extends Error {}

async function postGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new LoginServerError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body?.data) throw new Error(`GraphQL request failed with HTTP ${response.status}`);
  return body.data;
}

/** The signed-in user of this browser's session cookie, or null. */
export async function fetchSessionUser(): Promise<MeQuery['me']> {
  return (await postGraphql<MeQuery>(ME_QUERY)).me;
}

export const fetchLogin: SubmitLogin = async (username, password) =>
  (await postGraphql<LoginMutation>(LOGIN_MUTATION, { username, password })).login;
