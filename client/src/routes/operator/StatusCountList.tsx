import { useTranslation } from 'react-i18next';
import { type StatusCounts, SUBMISSION_STATUSES } from '../../features/submission/submission-status';
import './StatusCountList.css';

/**
 * "2 Draf · 1 Diajukan …": how many indicators are in each workflow state (empty states left out),
 * then how many carried-forward answers still wait for confirmation.
 */
export function StatusCountList({
  counts,
  pendingConfirmation = 0,
  testId,
}: {
  counts: StatusCounts;
  pendingConfirmation?: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const shown = SUBMISSION_STATUSES.filter((status) => counts[status] > 0);
  return (
    // Spans with list roles: this sits inside a <summary>, which only takes phrasing content.
    <span className="status-counts" role="list" data-testid={testId} aria-label={t('status.countsLabel')}>
      {shown.map((status) => (
        <span
          role="listitem"
          key={status}
          className={`status-count status-count--${status.toLowerCase()}`}
          data-status={status}
          data-count={counts[status]}
        >
          {t('status.count', { count: counts[status], status: t(`status.${status}`) })}
        </span>
      ))}
      {pendingConfirmation > 0 && (
        <span
          role="listitem"
          className="status-count status-count--pending"
          data-status="PENDING_CONFIRMATION"
          data-count={pendingConfirmation}
        >
          {t('status.pendingConfirmation', { count: pendingConfirmation })}
        </span>
      )}
    </span>
  );
}
