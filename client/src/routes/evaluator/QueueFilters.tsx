import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodSummary } from '../../features/period/current-period';
import { ALL_STATUSES, QUEUE_SORTS, QUEUE_STATUS_CHOICES, type QueueFilter } from './queue-filter';
import { YearSelect } from './YearSelect';
import { InlineSelect } from './EvaluatorHeader';
import './QueueFilters.css';

export interface QueueFiltersProps {
  filter: QueueFilter;
  onChange: (patch: Partial<QueueFilter>) => void;
  periods: readonly PeriodSummary[];
  year: number;
  onYearChange: (year: number) => void;
  kecamatans: ReadonlyArray<{ code: string; name: string }>;
  clusters: ReadonlyArray<{ code: string; name: string; nameEn: string }>;
}

/** Filters that narrow the list: a kecamatan, a cluster, a state other than "all". The year is always one. */
export function activeFilterCount(filter: Pick<QueueFilter, 'kecamatanCode' | 'clusterCode' | 'status'>): number {
  return [filter.kecamatanCode != null, filter.clusterCode != null, filter.status !== ALL_STATUSES].filter(Boolean)
    .length;
}

/**
 * Year, kecamatan, cluster and state. On a phone they fold behind one "Filter" button (with the
 * number of active filters and what they are) so the first row of the queue is on the first screen;
 * from 768 px they stay open and the button is hidden.
 */
export function QueueFilters({
  filter,
  onChange,
  periods,
  year,
  onYearChange,
  kecamatans,
  clusters,
}: QueueFiltersProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <div className="queue-filter-group">
      <QueueFilterBar
        filter={filter}
        year={year}
        kecamatans={kecamatans}
        open={open}
        onToggle={() => setOpen(!open)}
        formId={formId}
      />
      <form
        id={formId}
        className="queue-filters"
        data-open={open}
        aria-label={t('queue.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <YearSelect periods={periods} year={year} onChange={onYearChange} />
        <InlineSelect
          id="queue-kecamatan"
          label={t('queue.kecamatan')}
          value={filter.kecamatanCode ?? ''}
          testId="queue-filter-kecamatan"
          onChange={(v) => onChange({ kecamatanCode: v || null })}
        >
          <option value="">{t('queue.allKecamatan')}</option>
          {kecamatans.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </InlineSelect>
        <InlineSelect
          id="queue-cluster"
          label={t('queue.cluster')}
          value={filter.clusterCode ?? ''}
          testId="queue-filter-cluster"
          onChange={(v) => onChange({ clusterCode: v || null })}
        >
          <option value="">{t('queue.allClusters')}</option>
          {clusters.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} – {i18n.language === 'en' ? c.nameEn : c.name}
            </option>
          ))}
        </InlineSelect>
        <StatusAndSortSelects filter={filter} onChange={onChange} />
      </form>
    </div>
  );
}

/** The phone's "Filter" button with the number of active filters, and what they are in one line. */
function QueueFilterBar({
  filter,
  year,
  kecamatans,
  open,
  onToggle,
  formId,
}: Pick<QueueFiltersProps, 'filter' | 'year' | 'kecamatans'> & {
  open: boolean;
  onToggle: () => void;
  formId: string;
}) {
  const { t } = useTranslation();
  const active = activeFilterCount(filter);
  const summary = [
    String(year),
    filter.kecamatanCode
      ? (kecamatans.find((k) => k.code === filter.kecamatanCode)?.name ?? filter.kecamatanCode)
      : null,
    filter.clusterCode,
    filter.status === ALL_STATUSES ? null : t(`status.${filter.status}`),
  ].filter((part): part is string => !!part);
  return (
    <div className="queue-filter-bar">
      <button
        type="button"
        className="button queue-filter-toggle"
        aria-expanded={open}
        aria-controls={formId}
        onClick={onToggle}
        data-testid="queue-filter-toggle"
        data-active={active}
      >
        {t('queue.filterButton')}
        {active > 0 && (
          <>
            <span className="queue-filter-count" aria-hidden="true">
              {active}
            </span>{' '}
            <span className="visually-hidden">({t('queue.filterActive', { count: active })})</span>
          </>
        )}
      </button>
      <span className="queue-filter-summary" data-testid="queue-filter-summary">
        {summary.join(' · ')}
      </span>
    </div>
  );
}

/** The state to show and the order of the list. */
function StatusAndSortSelects({ filter, onChange }: Pick<QueueFiltersProps, 'filter' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <>
      <InlineSelect
        id="queue-status"
        label={t('queue.status')}
        value={filter.status}
        testId="queue-filter-status"
        onChange={(v) => onChange({ status: v as QueueFilter['status'] })}
      >
        {QUEUE_STATUS_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice === ALL_STATUSES ? t('queue.allStatuses') : t(`status.${choice}`)}
          </option>
        ))}
      </InlineSelect>
      <InlineSelect
        id="queue-sort"
        label={t('queue.sort')}
        value={filter.sort}
        testId="queue-sort"
        onChange={(v) => onChange({ sort: v as QueueFilter['sort'] })}
      >
        {QUEUE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {sort === 'terlama' ? t('queue.sortOldest') : t('queue.sortKecamatan')}
          </option>
        ))}
      </InlineSelect>
    </>
  );
}
