import { useTranslation } from 'react-i18next';

/** "Are you sure?" beside a row's action: the question, the confirmation and cancel. */
export function ConfirmGroup({
  question,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  tone = 'danger',
  confirmTestId,
}: {
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** A harmless change (e.g. activating an account) confirms with the primary button. */
  tone?: 'danger' | 'primary';
  confirmTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="user-confirm" role="group" aria-label={t('account.confirmTitle')}>
      <p>{question}</p>
      <button
        type="button"
        className={`button button--small button--${tone}`}
        disabled={busy}
        onClick={onConfirm}
        data-testid={confirmTestId}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
