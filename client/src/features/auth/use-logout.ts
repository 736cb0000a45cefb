import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { clearOfflineCache } from '../offline-cache/offline-cache';
import { LogoutDocument, MeDocument } from './auth.documents';
import { forgetSignedIn } from './session-hint';

/** Ends the session on the server, then forgets every cached answer of this user (memory and device). */
export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      // Offline or already expired: still leave locally; the cookie expires on its own.
    }
    forgetSignedIn();
    navigate('/masuk', { replace: true });
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
    await clearOfflineCache();
  }, [client, logout, navigate]);
}
