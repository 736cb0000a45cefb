import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { mutationOutcome } from '../../shared/mutation-outcome';
import { NotificationEmailDocument, SetNotificationEmailDocument } from './notification.documents';

/** Where the e-mail digests go: an address, or empty for none. */
export function NotificationEmailField() {
  const { t } = useTranslation();
  const { data } = useQuery(NotificationEmailDocument);
  const [save] = useMutation(SetNotificationEmailDocument, { refetchQueries: [NotificationEmailDocument] });
  const [value, setValue] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return null;
  const shown = value ?? data.notificationEmail ?? '';
  const onSave = async () => {
    const outcome = await mutationOutcome(
      async () => (await save({ variables: { email: shown.trim() || null } })).data?.setNotificationEmail,
      () => ({ kind: 'saved' as const }),
    );
    setMessage(outcome.kind === 'saved' ? t('notification.emailSaved') : t('notification.emailInvalid'));
  };
  return (
    <div className="field">
      <label htmlFor="notification-email" className="field-label">
        {t('notification.email')}
      </label>
      <input
        id="notification-email"
        type="email"
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
