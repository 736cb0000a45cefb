import { useTranslation } from 'react-i18next';
import type { BulkVerify } from './use-bulk-verify';
import { ReviewResultBox } from '../../features/review/ReviewResultBox';

/** Select all, verify the selected ones, reload; and what came of the last bulk verification. */
export function QueueBulkBar({ bulk, onReload }: { bulk: BulkVerify; onReload: () => void }) {
  const { t } = useTranslation();
  const { selectable, selectedRows, busy, message } = bulk;
  const allSelected = selectable.length > 0 && selectedRows.length === selectable.length;
  return (
    <>
      <div className="queue-bulk" role="group" aria-label={t('queue.bulkGroup')}>
        <label className="check">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={selectable.length === 0}
            onChange={(e) => bulk.selectAll(e.target.checked)}
            data-testid="queue-select-all"
          />
          <span>{t('queue.selectAll', { count: selectable.length })}</span>
        </label>
        <button
          type="button"
          className="button button--primary"
          data-testid="bulk-verify"
          disabled={selectedRows.length === 0 || busy}
          onClick={() => void bulk.verifySelected()}
        >
          {busy ? t('review.working') : t('queue.bulkVerify', { count: selectedRows.length })}
        </button>
        <button type="button" className="button button--quiet" onClick={onReload} data-testid="queue-reload">
          {t('queue.reload')}
        </button>
      </div>
      {message && <ReviewResultBox result={message} testId="bulk-result" />}
    </>
  );
}
