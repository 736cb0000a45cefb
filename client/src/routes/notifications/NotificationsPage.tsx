import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../../app/PageStatus';
import { NotificationList } from '../../features/notification/NotificationList';
import { NotificationPreferences } from '../../features/notification/NotificationPreferences';
import { NotificationsDocument } from '../../features/notification/notification.documents';
import { useMarkNotificationsRead } from '../../features/notification/use-notifications';
import '../../features/notification/notification.css';

/** Every user's inbox: the newest notifications, mark all read, and what also comes by e-mail. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationsDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const markRead = useMarkNotificationsRead();
  if (!data) return error ? <PageError onRetry={() => void refetch()} /> : <PageLoading />;
  const { items, unreadCount } = data.notifications;
  return (
    <div className="notifications-page">
      <header className="page-header page-header--with-tools">
        <div>
          <h1>{t('notification.title')}</h1>
          <p className="page-subtitle">{t('notification.intro')}</p>
        </div>
        {unreadCount > 0 && (
          <div className="tools">
            <button
              type="button"
              className="button"
              onClick={() => void markRead(null)}
              data-testid="notification-mark-all"
            >
              {t('notification.markAll')}
            </button>
          </div>
        )}
      </header>
      {items.length === 0 ? (
        <p className="page-message">{t('notification.empty')}</p>
      ) : (
        <NotificationList items={items} />
      )}
      <NotificationPreferences />
    </div>
  );
}

export default NotificationsPage;
