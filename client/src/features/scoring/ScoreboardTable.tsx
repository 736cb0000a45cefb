import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import {
  type ScoreMode,
  type ScoreboardRow,
  compareClusterCodes,
  indicatorCountOf,
  rowInMode,
  sortByTotal,
} from './score-model';
import { type ScoreSort, type ScoreSortKey, nextSort, sortRows } from './table-sort';
import { CategoryCell, ColumnHeader, RowHeader, ScoreTable } from './ScoreTable';
import './scoring.css';

export interface ScoreboardTableProps {
  rows: readonly ScoreboardRow[];
  /** Link to one kecamatan's detail page. */
  hrefOf: (kecamatanCode: string) => string;
  /** Fills the cluster columns and gives the default order; both totals are always shown. */
  mode?: ScoreMode;
}

/** The rows in the chosen order (default: the total in force, highest first), each with its rank by that total. */
function useSortedRows(rows: readonly ScoreboardRow[], mode: ScoreMode) {
  const [chosenSort, setChosenSort] = useState<ScoreSort | null>(null);
  const sort: ScoreSort = chosenSort ?? { key: mode, direction: 'descending' };
  const rankOf = useMemo(
    () => new Map(sortByTotal(rows.map((row) => rowInMode(row, mode))).map((row, index) => [row.code, index + 1])),
    [rows, mode],
  );
  const sorted = useMemo(
    () =>
      sortRows(rows, { key: sort.key, direction: sort.direction }, mode).map((row) => ({
        row,
        shown: rowInMode(row, mode),
      })),
    [rows, sort.key, sort.direction, mode],
  );
  const clusterCodes = useMemo(
    () => [...new Set(rows.flatMap((row) => row.clusters.map((c) => c.code)))].sort(compareClusterCodes),
    [rows],
  );
  const sortBy = (key: ScoreSortKey) => setChosenSort(nextSort(sort, key));
  return { sort, sortBy, rankOf, sorted, clusterCodes };
}

/**
 * The scoreboard as a table: the chart's text alternative, and the way to open a kecamatan. The
 * self-assessed and verified totals (with their categories) come first, side by side, so they stay
 * in view on a phone; the cluster columns (in the mode in force) scroll inside the table. Every
 * column header is a sort button (aria-sort on the header); the default is the total in force,
 * highest first. "No." stays the rank by that total whatever the order.
 */
export function ScoreboardTable({ rows, hrefOf, mode = 'self' }: ScoreboardTableProps) {
  const { t, i18n } = useTranslation();
  const { sort, sortBy, rankOf, sorted, clusterCodes } = useSortedRows(rows, mode);
  const maxTotal = rows[0]?.maxTotal ?? 1000;
  const header = (key: ScoreSortKey, label: ReactNode, className?: string) => (
    <SortHeader key={key} sortKey={key} sort={sort} onSort={sortBy} className={className}>
      {label}
    </SortHeader>
  );

  return (
    <>
      <h2 id="scoreboard-table-title" className="table-title">
        {t('scores.tableCaption', { max: formatNumber(maxTotal, i18n.language) })}
        <span className="table-title-note"> · {t('scores.clusterColumns', { mode: t(`scoreMode.${mode}`) })}</span>
      </h2>
      <p className="visually-hidden" id="scoreboard-sort-hint">
        {t('scores.sortHint')}
      </p>
      <ScoreTable
        labelledBy="scoreboard-table-title"
        aria-labelledby="scoreboard-table-title"
        aria-describedby="scoreboard-sort-hint"
        testId="scoreboard-table"
        data-sort={`${sort.key}:${sort.direction}`}
        head={
          <>
            <ColumnHeader>{t('scores.rank')}</ColumnHeader>
            {header('name', t('scores.kecamatan'))}
            {header('self', t('scores.selfTotal'), `num${mode === 'self' ? ' in-force' : ''}`)}
            <ColumnHeader>{t('scores.category')}</ColumnHeader>
            {header('verified', t('scores.verifiedTotal'), `num${mode === 'verified' ? ' in-force' : ''}`)}
            <ColumnHeader>{t('scores.verifiedCategory')}</ColumnHeader>
            {clusterCodes.map((code) => header(`cluster:${code}`, code, 'num'))}
          </>
        }
      >
        {sorted.map(({ row, shown }) => (
          <ScoreboardTableRow
            key={row.code}
            row={row}
            shown={shown}
            rank={rankOf.get(row.code)}
            href={hrefOf(row.code)}
            mode={mode}
            clusterCodes={clusterCodes}
          />
        ))}
      </ScoreTable>
    </>
  );
}

/** A column header that sorts by its column (aria-sort tells the order in force). */
function SortHeader({
  sortKey,
  sort,
  onSort,
  className,
  children,
}: {
  sortKey: ScoreSortKey;
  sort: ScoreSort;
  onSort: (key: ScoreSortKey) => void;
  className?: string;
  children: ReactNode;
}) {
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? sort.direction : 'none'}
      data-testid={`sort-header-${sortKey}`}
    >
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)} data-testid={`sort-${sortKey}`}>
        {children}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/** One kecamatan: rank, name (its link), both totals with their bands, then the clusters in the mode in force. */
function ScoreboardTableRow({
  row,
  shown,
  rank,
  href,
  mode,
  clusterCodes,
}: {
  row: ScoreboardRow;
  shown: ScoreboardRow;
  rank: number | undefined;
  href: string;
  mode: ScoreMode;
  clusterCodes: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <tr data-testid={`scoreboard-row-${row.code}`}>
      <td className="num">{rank}</td>
      <RowHeader to={href} label={t('scores.open', { name: row.name })}>
        {row.name}
      </RowHeader>
      <td className={`num total${mode === 'self' ? ' in-force' : ''}`} data-testid={`scoreboard-total-${row.code}`}>
        {formatNumber(row.total, language)}
      </td>
      <CategoryCell category={row.category} testId={`scoreboard-category-${row.code}`} />
      <td className={`num total${mode === 'verified' ? ' in-force' : ''}`}>
        <span data-testid={`scoreboard-verified-total-${row.code}`}>{formatNumber(row.verifiedTotal, language)}</span>
        <span className="verified-count">
          <span aria-hidden="true">
            {' '}
            ({row.verifiedCount}/{indicatorCountOf(row)})
          </span>
          <span className="visually-hidden">
            {t('scores.verifiedCount', { count: row.verifiedCount, total: indicatorCountOf(row) })}
          </span>
        </span>
      </td>
      <CategoryCell category={row.verifiedCategory} testId={`scoreboard-verified-category-${row.code}`} />
      {clusterCodes.map((code) => {
        const cluster = shown.clusters.find((c) => c.code === code);
        return (
          <td key={code} className="num" data-testid={`scoreboard-cluster-${row.code}-${code}`}>
            {cluster ? formatNumber(cluster.score, language) : '—'}
          </td>
        );
      })}
    </tr>
  );
}
