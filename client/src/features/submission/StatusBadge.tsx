import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../gql/graphql';
import './StatusBadge.css';

/**
 * Where the answer is in the verification workflow: Draf / Diajukan / Dikembalikan / Terverifikasi.
 * Distinct from the save-state badge, which tells whether the card shows what the server holds.
 */
export function StatusBadge({ status, testId }: { status: SubmissionStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge status-badge status-badge--${status.toLowerCase()}`}
      data-testid={testId}
      data-status={status}
    >
      <span className="visually-hidden">{t('status.label')}: </span>
      {t(`status.${status}`)}
    </span>
  );
}
