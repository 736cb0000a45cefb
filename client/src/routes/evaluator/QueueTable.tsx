import { useTranslation } from 'react-i18next';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { describeAnswer } from '../../features/submission/format-answer';
import { StatusBadge } from '../../features/submission/StatusBadge';
import { PlausibilityMarker } from '../../features/review/PlausibilityReview';
import { indicatorTitle } from '../../features/submission/submission-status';
import { formatDateTime, formatNumber } from '../../shared/format';
import type { QueueRow } from './use-review-queue';

function rowKey(row: { submission: Pick<SubmissionFieldsFragment, 'kecamatanCode' | 'indicatorCode'> }): string {
  return `${row.submission.kecamatanCode}-${row.submission.indicatorCode}`;
}

interface QueueTableProps {
  rows: readonly QueueRow[];
  openRowId: string | undefined;
  selection: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  /** Opens the row's answer in the panel, or closes it when it is the open one (null). */
  onOpen: (id: string | null) => void;
}

/** The queue's rows: select one for bulk verification, or open its answer to review it. */
export function QueueTable({ rows, ...rest }: QueueTableProps) {
  const { t } = useTranslation();
  return (
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
          {rows.map((row) => (
            <QueueTableRow key={row.submission.id} row={row} {...rest} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QueueTableRow({
  row,
  openRowId,
  selection,
  onToggle,
  onOpen,
}: Omit<QueueTableProps, 'rows'> & { row: QueueRow }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { submission, indicator } = row;
  const key = rowKey(row);
  const title = indicatorTitle(indicator, language);
  const isOpen = submission.id === openRowId;
  const overdue = row.waiting?.overdue ?? false;
  const className = ['queue-row', isOpen && 'queue-row--open', overdue && 'queue-row--overdue'].filter(Boolean);
  return (
    <tr
      data-testid={`queue-row-${key}`}
      data-status={submission.status}
      data-overdue={overdue || undefined}
      className={className.join(' ')}
    >
      <td className="queue-cell-select">
        {/* The label is the 44 × 44 px tap target around the small checkbox. */}
        <label className="queue-select-target">
          <input
            type="checkbox"
            checked={selection.has(submission.id) && submission.status === 'SUBMITTED'}
            disabled={submission.status !== 'SUBMITTED'}
            onChange={(e) => onToggle(submission.id, e.target.checked)}
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
          onClick={() => onOpen(isOpen ? null : submission.id)}
          data-testid={`queue-open-${key}`}
        >
          {title}
        </button>
        <PlausibilityMarker submission={submission} testId={`queue-plausibility-${key}`} />
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
        {row.waiting && <WaitingMark waiting={row.waiting} />}
      </td>
    </tr>
  );
}

/** "menunggu 2 hari kerja", marked when over one working day. */
function WaitingMark({ waiting }: { waiting: NonNullable<QueueRow['waiting']> }) {
  const { t } = useTranslation();
  return (
    <span
      className={waiting.overdue ? 'queue-waiting queue-waiting--overdue' : 'queue-waiting'}
      data-testid="queue-waiting"
    >
      {waiting.days === 0 ? t('queue.waitingToday') : t('queue.waiting', { count: waiting.days })}
      {waiting.overdue && <span className="visually-hidden"> ({t('queue.overdue')})</span>}
    </span>
  );
}
