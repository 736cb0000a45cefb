import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { clearOfflineCache } from '../offline-cache/offline-cache';
import { forgetSignedIn } from './session-hint';
import { useEvidenceOutbox, useOutbox } from '../outbox/OutboxProvider';
import { useLeaveLocally, useLogoutMutation } from './use-sign-out';

/**
 * Ends the session on the server, then forgets every cached answer of this user (memory and
 * device). With changes still queued it asks first; the queue itself stays on the device, scoped
 * to this user, and is sent at their next sign-in (another user never sees or sends it).
 */
export function useLogout(): () => Promise<void> {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const evidence = useEvidenceOutbox();
  const logout = useLogoutMutation();
  const leave = useLeaveLocally();
  return useCallback(async () => {
    const pending = (outbox?.entries().length ?? 0) + (evidence?.list().length ?? 0);
    if (pending > 0 && !window.confirm(t('outbox.logoutConfirm', { count: pending }))) return;
    // Offline or already expired: still leave locally (the outcome is not needed).
    await logout();
    forgetSignedIn();
    await leave();
    await clearOfflineCache();
  }, [evidence, leave, logout, outbox, t]);
}
