import { useTranslation } from 'react-i18next';
import { useOutboxEntries, useQueuedEvidence } from './OutboxProvider';
import './outbox.css';

/** Header item: how many answer changes and evidence files wait to be sent ("3 perubahan menunggu"); nothing when none. */
export function OutboxStatus() {
  const { t } = useTranslation();
  const entries = useOutboxEntries();
  const files = useQueuedEvidence();
  const count = entries.length + files.length;
  if (count === 0) return null;
  const conflicts = entries.filter((entry) => entry.state === 'conflict').length;
  return (
    <span
      className={`outbox-status${conflicts > 0 ? ' outbox-status--conflict' : ''}`}
      role="status"
      data-testid="outbox-status"
      data-count={count}
      title={conflicts > 0 ? t('outbox.conflictHint', { count: conflicts }) : t('outbox.hint')}
    >
      <span className="outbox-status-dot" aria-hidden="true" />
      {t('outbox.waiting', { count })}
    </span>
  );
}
