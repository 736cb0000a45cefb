import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ReviewPanel } from '../../features/review/ReviewPanel';
import { PageError, PageLoading } from '../../app/PageStatus';
import { QUEUE_PARAMS, type QueueFilter, queueFilterFromParams, withQueueParams } from './queue-filter';
import { useEvaluationYear } from './use-evaluation-year';
import { QueueFilters } from './QueueFilters';
import './QueuePage.css';
import { QueueBulkBar } from './QueueBulkBar';
import { QueueTable } from './QueueTable';
import { type QueueRow, useReviewQueue } from './use-review-queue';
import { useBulkVerify } from './use-bulk-verify';

/** The answer opened in the panel (`?open=`): focus goes to its heading, and back to its row on close. */
function useOpenRow(rows: readonly QueueRow[]) {
  const [params, setParams] = useSearchParams();
  const openId = params.get(QUEUE_PARAMS.open);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openRow = rows.find((r) => r.submission.id === openId) ?? null;
  const openRowId = openRow?.submission.id;
  useEffect(() => {
    if (openRowId) headingRef.current?.focus();
  }, [openRowId]);
  const open = useCallback(
    (id: string | null) => setParams((previous) => withQueueParams(previous, { open: id }), { replace: true }),
    [setParams],
  );
  const close = useCallback(() => {
    open(null);
    if (openId) requestAnimationFrame(() => document.getElementById(`queue-open-${openId}`)?.focus());
  }, [open, openId]);
  return { openRow, openRowId, headingRef, open, close };
}

/** The evaluators' queue: filter, select and verify in bulk, or open one answer to review it. */
export function QueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { year, setYear, periods, periodsError, refetchPeriods } = useEvaluationYear();
  const filter = queueFilterFromParams(params);
  const queue = useReviewQueue(year, filter);
  const bulk = useBulkVerify(queue.rows);
  const panel = useOpenRow(queue.rows);

  const setFilter = (patch: Partial<QueueFilter>) => {
    setParams((previous) => withQueueParams(previous, { ...patch, open: null }), { replace: true });
    bulk.clear();
  };

  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (year == null) return <PageError message={t('period.none')} />;

  const { openRow } = panel;
  const { rows } = queue;
  return (
    <div className={`queue-page${openRow ? ' queue-page--with-panel' : ''}`}>
      <header className="page-header">
        <h1>{t('queue.title')}</h1>
        <p className="page-subtitle">{t('queue.subtitle', { year })}</p>
      </header>
      <div className="queue-layout">
        <div className="queue-main">
          <QueueFilters
            filter={filter}
            onChange={setFilter}
            periods={periods}
            year={year}
            onYearChange={setYear}
            kecamatans={queue.kecamatans}
            clusters={queue.clusters}
          />
          {!queue.loaded ? (
            queue.error ? (
              <PageError onRetry={queue.retry} />
            ) : (
              <PageLoading />
            )
          ) : (
            <>
              <QueueBulkBar bulk={bulk} onReload={queue.reload} />
              <p className="queue-count" role="status">
                {t('queue.count', { count: rows.length })}
              </p>
              {rows.length === 0 ? (
                <p className="page-message" data-testid="queue-empty">
                  {t('queue.empty')}
                </p>
              ) : (
                <QueueTable
                  rows={rows}
                  openRowId={panel.openRowId}
                  selection={bulk.selection}
                  onToggle={bulk.toggle}
                  onOpen={panel.open}
                />
              )}
            </>
          )}
        </div>
        {openRow && (
          <div className="queue-panel">
            <ReviewPanel
              submission={openRow.submission}
              indicator={openRow.indicator}
              kecamatanName={openRow.kecamatanName}
              onClose={panel.close}
              headingRef={panel.headingRef}
            />
          </div>
        )}
      </div>
    </div>
  );
}

export default QueuePage;
