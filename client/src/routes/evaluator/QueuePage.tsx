import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { ReviewPanel } from '../../features/review/ReviewPanel';
import { type BulkVerifyOutcome, useReviewSubmission } from '../../features/review/use-review-submission';
import { compareClusterCodes } from '../../features/scoring/score-model';
import { describeAnswer } from '../../features/submission/format-answer';
import { StatusBadge } from '../../features/submission/StatusBadge';
import { indicatorTitle } from '../../features/submission/submission-status';
import { formatDateTime, formatNumber } from '../../shared/format';
import { PageError, PageLoading } from '../../app/PageStatus';
import { ReviewContextDocument, ReviewQueueDocument } from './queue.documents';
import { QUEUE_PARAMS, type QueueFilter, queueFilterFromParams, statusesOf, withQueueParams } from './queue-filter';
import { useEvaluationYear } from './use-evaluation-year';
import { QueueFilters } from './QueueFilters';
import './QueuePage.css';

export interface QueueRow {
  submission: SubmissionFieldsFragment;
  indicator: IndicatorFieldsFragment;
  kecamatanName: string;
}

function rowKey(row: { submission: Pick<SubmissionFieldsFragment, 'kecamatanCode' | 'indicatorCode'> }): string {
  return `${row.submission.kecamatanCode}-${row.submission.indicatorCode}`;
}

interface BulkMessage {
  tone: 'ok' | 'error';
  text: string;
  detail?: string;
}

/** The evaluators' queue: filter, select and verify in bulk, or open one answer to review it. */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const { year, setYear, periods, periodsError, refetchPeriods } = useEvaluationYear();
  const filter = queueFilterFromParams(params);
  const openId = params.get(QUEUE_PARAMS.open);
  const review = useReviewSubmission();

  const context = useQuery(ReviewContextDocument, { variables: { year: year ?? 0 }, skip: year == null });
  const queue = useQuery(ReviewQueueDocument, {
    variables: {
      filter: {
        year: year ?? 0,
        kecamatanCode: filter.kecamatanCode,
        clusterCode: filter.clusterCode,
        statuses: statusesOf(filter.status),
      },
    },
    skip: year == null,
    fetchPolicy: 'cache-and-network',
  });

  const clusters = useMemo(
    () => [...(context.data?.clusters ?? [])].sort((a, b) => compareClusterCodes(a.code, b.code)),
    [context.data?.clusters],
  );
  const kecamatans = useMemo(
    () => [...(context.data?.kecamatans ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
    [context.data?.kecamatans],
  );
  const rows: QueueRow[] = useMemo(() => {
    const indicators = new Map(clusters.flatMap((c) => c.indicators).map((i) => [i.code, i]));
    const names = new Map(kecamatans.map((k) => [k.code, k.name]));
    return (queue.data?.submissionQueue ?? []).flatMap((submission) => {
      const indicator = indicators.get(submission.indicatorCode);
      return indicator
        ? [{ submission, indicator, kecamatanName: names.get(submission.kecamatanCode) ?? submission.kecamatanCode }]
        : [];
    });
  }, [clusters, kecamatans, queue.data?.submissionQueue]);

  // Selection holds submission ids; only rows still SUBMITTED and in view count.
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const selectable = rows.filter((r) => r.submission.status === 'SUBMITTED');
  const selectedRows = selectable.filter((r) => selection.has(r.submission.id));
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkMessage, setBulkMessage] = useState<BulkMessage | null>(null);

  const setFilter = (patch: Partial<QueueFilter>) => {
    setParams((previous) => withQueueParams(previous, { ...patch, open: null }), { replace: true });
    setSelection(new Set());
    setBulkMessage(null);
  };

  const headingRef = useRef<HTMLHeadingElement>(null);
  const openRow = rows.find((r) => r.submission.id === openId) ?? null;
  const openRowId = openRow?.submission.id;
  useEffect(() => {
    if (openRowId) headingRef.current?.focus();
  }, [openRowId]);
  const closePanel = useCallback(() => {
    const id = openId;
    setParams((previous) => withQueueParams(previous, { open: null }), { replace: true });
    if (id) requestAnimationFrame(() => document.getElementById(`queue-open-${id}`)?.focus());
  }, [openId, setParams]);

  function toggle(id: string, checked: boolean) {
    setSelection((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function describeBulk(outcome: BulkVerifyOutcome, sent: readonly QueueRow[]): BulkMessage {
    switch (outcome.kind) {
      case 'verified':
        return { tone: 'ok', text: t('queue.bulkDone', { count: outcome.verified.length }) };
      case 'invalidTransition': {
        const culprits = sent.filter((r) => r.submission.indicatorCode === outcome.indicatorCode);
        const indicator = culprits[0] ? indicatorTitle(culprits[0].indicator) : outcome.indicatorCode;
        const where = culprits.map((r) => r.kecamatanName).join(', ');
        return {
          tone: 'error',
          text: t('queue.bulkRefusedTransition', {
            indicator: where ? `${indicator} (${where})` : indicator,
            status: t(`status.${outcome.currentStatus}`),
          }),
          detail: outcome.message,
        };
      }
      case 'invalid':
        return {
          tone: 'error',
          text: t('queue.bulkRefused'),
          detail: outcome.fieldErrors.map((e) => e.message).join(' ') || outcome.message,
        };
      case 'notAllowed':
        return { tone: 'error', text: t('review.notAllowed'), detail: outcome.message };
      case 'failed':
        return {
          tone: 'error',
          text: outcome.retryable ? t('review.network') : t('review.failed', { message: outcome.message }),
        };
    }
  }

  async function verifySelected() {
    const sent = selectedRows;
    if (sent.length === 0) return;
    setBulkBusy(true);
    setBulkMessage(null);
    try {
      const outcome = await review.verifyMany(sent.map((r) => r.submission.id));
      setBulkMessage(describeBulk(outcome, sent));
      if (outcome.kind === 'verified') setSelection(new Set());
    } finally {
      setBulkBusy(false);
    }
  }

  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (year == null) return <PageError message={t('period.none')} />;

  const allSelected = selectable.length > 0 && selectedRows.length === selectable.length;
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
            kecamatans={kecamatans}
            clusters={clusters}
          />

          {!queue.data || !context.data ? (
            queue.error || context.error ? (
              <PageError
                onRetry={() => {
                  void queue.refetch();
                  void context.refetch();
                }}
              />
            ) : (
              <PageLoading />
            )
          ) : (
            <>
              <div className="queue-bulk" role="group" aria-label={t('queue.bulkGroup')}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={allSelected}
                    disabled={selectable.length === 0}
                    onChange={(e) =>
                      setSelection(e.target.checked ? new Set(selectable.map((r) => r.submission.id)) : new Set())
                    }
                    data-testid="queue-select-all"
                  />
                  <span>{t('queue.selectAll', { count: selectable.length })}</span>
                </label>
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="bulk-verify"
                  disabled={selectedRows.length === 0 || bulkBusy}
                  onClick={() => void verifySelected()}
                >
                  {bulkBusy ? t('review.working') : t('queue.bulkVerify', { count: selectedRows.length })}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => void queue.refetch()}
                  data-testid="queue-reload"
                >
                  {t('queue.reload')}
                </button>
              </div>
              {bulkMessage && (
                <div
                  className={`review-result review-result--${bulkMessage.tone}`}
                  role={bulkMessage.tone === 'ok' ? 'status' : 'alert'}
                  data-testid="bulk-result"
                  data-tone={bulkMessage.tone}
                >
                  <p>{bulkMessage.text}</p>
                  {bulkMessage.detail && <p className="card-message-detail">{bulkMessage.detail}</p>}
                </div>
              )}

              <p className="queue-count" role="status">
                {t('queue.count', { count: rows.length })}
              </p>
              {rows.length === 0 ? (
                <p className="page-message" data-testid="queue-empty">
                  {t('queue.empty')}
                </p>
              ) : (
                <div className="queue-table-wrap">
                  <table className="queue-table" data-testid="queue-table">
                    <caption className="visually-hidden">{t('queue.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          <span className="visually-hidden">{t('queue.select')}</span>
                        </th>
                        <th scope="col">{t('queue.kecamatan')}</th>
                        <th scope="col">{t('queue.indicator')}</th>
                        <th scope="col">{t('review.answer')}</th>
                        <th scope="col" className="num">
                          {t('review.points')}
                        </th>
                        <th scope="col">{t('queue.status')}</th>
                        <th scope="col" className="queue-col-updated">
                          {t('queue.updated')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => {
                        const { submission, indicator } = row;
                        const key = rowKey(row);
                        const title = indicatorTitle(indicator);
                        const isOpen = submission.id === openRowId;
                        return (
                          <tr
                            key={submission.id}
                            data-testid={`queue-row-${key}`}
                            data-status={submission.status}
                            className={isOpen ? 'queue-row queue-row--open' : 'queue-row'}
                          >
                            <td className="queue-cell-select">
                              {/* The label is the 44 × 44 px tap target around the small checkbox. */}
                              <label className="queue-select-target">
                                <input
                                  type="checkbox"
                                  checked={selection.has(submission.id) && submission.status === 'SUBMITTED'}
                                  disabled={submission.status !== 'SUBMITTED'}
                                  onChange={(e) => toggle(submission.id, e.target.checked)}
                                  aria-label={t('queue.selectRow', { indicator: title, kecamatan: row.kecamatanName })}
                                  data-testid={`queue-select-${key}`}
                                />
                              </label>
                            </td>
                            <td className="queue-cell-kecamatan">{row.kecamatanName}</td>
                            <th scope="row" className="queue-cell-indicator">
                              <button
                                type="button"
                                id={`queue-open-${submission.id}`}
                                className="link-button"
                                aria-expanded={isOpen}
                                aria-label={t('queue.open', { indicator: title, kecamatan: row.kecamatanName })}
                                onClick={() =>
                                  setParams(
                                    (previous) => withQueueParams(previous, { open: isOpen ? null : submission.id }),
                                    { replace: true },
                                  )
                                }
                                data-testid={`queue-open-${key}`}
                              >
                                {title}
                              </button>
                            </th>
                            <td className="queue-cell-answer" data-label={t('review.answer')}>
                              {describeAnswer(indicator, submission.answer, t, language)}
                            </td>
                            <td className="queue-cell-points num" data-label={t('review.points')}>
                              {formatNumber(submission.points, language)}
                            </td>
                            <td className="queue-cell-status">
                              <StatusBadge status={submission.status} />
                            </td>
                            <td className="queue-cell-updated" data-label={t('queue.updated')}>
                              {formatDateTime(submission.statusChangedAt ?? submission.updatedAt, language)}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
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
              onClose={closePanel}
              headingRef={headingRef}
            />
          </div>
        )}
      </div>
    </div>
  );
}

export default QueuePage;
