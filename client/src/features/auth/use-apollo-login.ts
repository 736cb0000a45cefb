import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { LoginDocument, MeDocument } from './auth.documents';
import { LoginServerError, type SubmitLogin } from './login-request';

/** Sign-in inside the app: the Login mutation over Apollo; on success `me` is written to the cache. */
export function useApolloLogin(): SubmitLogin {
  const client = useApolloClient();
  const [login] = useMutation(LoginDocument);
  return useCallback(
    async (username, password) => {
      try {
        const result = (await login({ variables: { username, password } })).data?.login;
        if (result?.__typename === 'LoginSuccess') client.writeQuery({ query: MeDocument, data: { me: result.user } });
        return result;
      } catch (error) {
        throw CombinedGraphQLErrors.is(error) ? new LoginServerError(error.message) : error;
      }
    },
    [client, login],
  );
}
