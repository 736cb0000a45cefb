import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { notificationText } from './notification-text';
import { useMarkNotificationsRead } from './use-notifications';

/** The inbox's items, newest first; choosing one marks it read and opens the card it is about. */
export function NotificationList({ items }: { items: readonly NotificationFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkNotificationsRead();
  const open = async (item: NotificationFieldsFragment) => {
    if (!item.readAt) await markRead([item.id]);
    void navigate(item.link);
  };
  return (
    <ul className="notification-list" data-testid="notification-list">
      {items.map((item) => (
        <li
          key={item.id}
          className={item.readAt ? 'notification-item' : 'notification-item notification-item--unread'}
          data-testid={`notification-${item.kind}`}
          data-unread={!item.readAt || undefined}
        >
          <button type="button" className="notification-link" onClick={() => void open(item)}>
            <span className="notification-text">{notificationText(t, item, i18n.language)}</span>
            <span className="notification-time">
              {formatDateTime(item.createdAt as string, i18n.language)}
              {!item.readAt && ` · ${t('notification.unread')}`}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
