import { useApolloClient } from '@apollo/client/react';
import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import { ChangePasswordDocument, MeDocument } from './auth.documents';

/**
 * Changes the signed-in user's own password: `{ kind: 'changed', user }` (the session's user,
 * written into the cache, no longer forced to change), an `invalid` refusal or a failure.
 */
export function useChangePassword() {
  const client = useApolloClient();
  const [run] = useOutcomeMutation(
    ChangePasswordDocument,
    (d) => d.changePassword,
    (user) => {
      client.writeQuery({ query: MeDocument, data: { me: user } });
      return { kind: 'changed' as const, user };
    },
  );
  return run;
}
