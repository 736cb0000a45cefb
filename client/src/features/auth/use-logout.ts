import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clearOfflineCache } from '../offline-cache/offline-cache';
import { LogoutDocument, MeDocument } from './auth.documents';
import { forgetSignedIn } from './session-hint';
import { useEvidenceOutbox, useOutbox } from '../outbox/OutboxProvider';

/**
 * Ends the session on the server, then forgets every cached answer of this user (memory and
 * device). With changes still queued it asks first; the queue itself stays on the device, scoped
 * to this user, and is sent at their next sign-in (another user never sees or sends it).
 */
export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const outbox = useOutbox();
  const evidence = useEvidenceOutbox();
  const [logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    const pending = (outbox?.entries().length ?? 0) + (evidence?.list().length ?? 0);
    if (pending > 0 && !window.confirm(t('outbox.logoutConfirm', { count: pending }))) return;
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
  }, [client, evidence, logout, navigate, outbox, t]);
}
