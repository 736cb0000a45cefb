import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { failureText } from '../../shared/outcome-text';
import { NotificationEmailDocument } from './notification.documents';
import { useNotificationEmail } from './use-notifications';

/** Where the e-mail digests go: an address, or empty for none. */
export function NotificationEmailField() {
  const { t } = useTranslation();
  const { data } = useQuery(NotificationEmailDocument);
  const save = useNotificationEmail();
  const [value, setValue] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return null;
  const shown = value ?? data.notificationEmail ?? '';
  const onSave = async () => {
    const outcome = await save(shown.trim() || null);
    if (outcome.kind === 'saved') setMessage(t('notification.emailSaved'));
    else if (outcome.kind === 'invalid') setMessage(t('notification.emailInvalid'));
    else setMessage(failureText(t, outcome));
  };
  return (
    <div className="field">
      <label htmlFor="notification-email" className="field-label">
        {t('notification.email')}
      </label>
      <input
        id="notification-email"
        type="email"
        className="field-input"
        maxLength={254}
        value={shown}
        onChange={(e) => setValue(e.target.value)}
        data-testid="notification-email"
      />
      <button type="button" className="button" onClick={() => void onSave()}>
        {t('notification.emailSave')}
      </button>
      {message && (
        <p className="field-hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
