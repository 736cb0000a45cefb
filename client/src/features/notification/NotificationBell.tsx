import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UnreadNotificationCountDocument } from './notification.documents';
import './notification.css';

/** How often the bell asks for the unread count: one small statement, cheap on a weak network. */
export const BELL_POLL_MS = 60_000;

/** The header's bell: the unread count, a link to the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationCountDocument, {
    pollInterval: BELL_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link
      to="/notifikasi"
      className="notification-bell"
      aria-label={t('notification.bellLabel', { count })}
      data-testid="notification-bell"
      data-count={count}
      data-loaded={data ? true : undefined}
    >
      <span aria-hidden="true" className="notification-bell-icon">
        🔔
      </span>
      {count > 0 && (
        <span className="notification-bell-count" aria-hidden="true" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
