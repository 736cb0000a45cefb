import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { LoginMutation } from '../../gql/graphql';
import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import { LoginDocument, MeDocument } from './auth.documents';
import { LoginServerError, type SubmitLogin } from './login-request';

/**
 * Sign-in inside the app: the Login mutation over Apollo as an outcome; on success `me` is written
 * to the cache. It keeps the contract of the fetch sign-in (login-request.ts): the login result,
 * or a LoginServerError for the server's GraphQL errors, any other error for network trouble.
 */
export function useApolloLogin(): SubmitLogin {
  const client = useApolloClient();
  const [login] = useOutcomeMutation(
    LoginDocument,
    (d) => d.login,
    (result: LoginMutation['login']) => {
      if (result.__typename === 'LoginSuccess') client.writeQuery({ query: MeDocument, data: { me: result.user } });
      return { kind: 'answered' as const, result };
    },
  );
  return useCallback(
    async (username, password) => {
      const outcome = await login({ username, password });
      if (outcome.kind === 'answered') return outcome.result;
      // A GraphQL error is the server's own answer; HTTP and network trouble are "no connection".
      const graphqlError = !outcome.retryable && !outcome.code?.startsWith('HTTP_');
      throw graphqlError ? new LoginServerError(outcome.message) : new Error(outcome.message);
    },
    [login],
  );
}
