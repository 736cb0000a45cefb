import { useCallback } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import { LogoutDocument, LogoutEverywhereDocument, MeDocument } from './auth.documents';

/**
 * The sign-out mutations (`logout`, `logoutEverywhere`: Boolean answers) as outcomes, and what
 * leaving does locally. A failure (offline, session already expired) still leaves locally: the
 * cookie expires on its own.
 */

const signedOut = () => ({ __typename: 'SignedOut' as const });
const left = () => ({ kind: 'signedOut' as const });

/** Ends this session on the server; never throws. */
export function useLogoutMutation() {
  const [run] = useOutcomeMutation(LogoutDocument, signedOut, left);
  return useCallback(() => run({}), [run]);
}

/** Ends every session of this user on the server; never throws. */
export function useLogoutEverywhereMutation() {
  return useOutcomeMutation(LogoutEverywhereDocument, signedOut, left);
}

/** Back to the sign-in page with nothing of the user left in the Apollo cache. */
export function useLeaveLocally(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    navigate('/masuk', { replace: true });
    await forgetUser(client);
  }, [client, navigate]);
}

async function forgetUser(client: ApolloClient): Promise<void> {
  await client.clearStore();
  client.writeQuery({ query: MeDocument, data: { me: null } });
}
