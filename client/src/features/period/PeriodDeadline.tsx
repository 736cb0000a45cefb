import { useTranslation } from 'react-i18next';
import { formatWib, timeUntil } from './deadline';

/** "Ditutup dalam 3 hari", with the exact time in WIB as the tooltip (and for screen readers). */
export function PeriodDeadline({ deadline, now = new Date() }: { deadline: string; now?: Date }) {
  const { t, i18n } = useTranslation();
  const exact = formatWib(deadline, i18n.language);
  const left = timeUntil(deadline, now, i18n.language);
  return (
    <p className="page-note period-deadline" data-testid="period-deadline">
      <time
        dateTime={deadline}
        title={exact}
        aria-label={left ? t('period.closesInExact', { when: left, exact }) : t('period.deadlinePassed', { exact })}
      >
        {left ? t('period.closesIn', { when: left }) : t('period.deadlinePassed', { exact })}
      </time>
    </p>
  );
}

/** The banner of a closed year: answers are locked, and why (when the admin said). */
export function PeriodLockBanner({ year, reason }: { year: number; reason: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="notice period-locked" role="status" data-testid="period-locked">
      <p>
        <span aria-hidden="true">🔒 </span>
        {t('period.closed', { year })}
      </p>
      {reason && <p data-testid="period-locked-reason">{t('period.closedReason', { reason })}</p>}
    </div>
  );
}
