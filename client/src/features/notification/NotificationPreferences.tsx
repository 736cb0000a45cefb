import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NotificationPreferencesDocument } from './notification.documents';
import { notificationKindLabel } from './notification-text';
import { useNotificationPreference } from './use-notifications';
import { NotificationEmailField } from './NotificationEmailField';

/** Per kind: whether it also comes by e-mail (the hourly digest). */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const { data } = useQuery(NotificationPreferencesDocument);
  const save = useNotificationPreference();
  if (!data) return null;
  return (
    <fieldset className="notification-preferences" data-testid="notification-preferences">
      <legend>{t('notification.preferences')}</legend>
      <p className="field-hint">{t('notification.preferencesIntro')}</p>
      <NotificationEmailField />
      {data.notificationPreferences.map((p) => (
        <label key={p.kind}>
          <input type="checkbox" checked={p.email} onChange={(e) => void save(p.kind, e.target.checked)} />
          {notificationKindLabel(t, p.kind)}
        </label>
      ))}
    </fieldset>
  );
}
