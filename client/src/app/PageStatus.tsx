import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-message" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

/** A page that could not load: the reason, and a retry when one can help. */
export function PageError({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="page-message" role="alert">
      <p>{message ?? t('errors.network')}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
