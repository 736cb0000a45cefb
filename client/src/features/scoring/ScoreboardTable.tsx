import { Fragment, type ReactNode, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { CategoryBadge } from './CategoryBadge';
import {
  type ScoreMode,
  type ScoreboardRow,
  compareClusterCodes,
  indicatorCountOf,
  rowInMode,
  sortByTotal,
} from './score-model';
import { type ScoreSort, type ScoreSortKey, nextSort, sortRows } from './table-sort';
import './scoring.css';
import { TableScroll } from '../../shared/TableScroll';

export interface ScoreboardTableProps {
  rows: readonly ScoreboardRow[];
  /** Link to one kecamatan's detail page. */
  hrefOf: (kecamatanCode: string) => string;
  /** Fills the cluster columns and gives the default order; both totals are always shown. */
  mode?: ScoreMode;
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
  const language = i18n.language;
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
  const maxTotal = rows[0]?.maxTotal ?? 1000;

  const header = (key: ScoreSortKey, label: ReactNode, className?: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? sort.direction : 'none'}
        data-testid={`sort-header-${key}`}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() => setChosenSort(nextSort(sort, key))}
          data-testid={`sort-${key}`}
        >
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <h2 id="scoreboard-table-title" className="table-title">
        {t('scores.tableCaption', { max: formatNumber(maxTotal, language) })}
        <span className="table-title-note"> · {t('scores.clusterColumns', { mode: t(`scoreMode.${mode}`) })}</span>
      </h2>
      <p className="visually-hidden" id="scoreboard-sort-hint">
        {t('scores.sortHint')}
      </p>
      <TableScroll labelledBy="scoreboard-table-title">
        <table
          aria-labelledby="scoreboard-table-title"
          aria-describedby="scoreboard-sort-hint"
          className="score-table"
          data-testid="scoreboard-table"
          data-sort={`${sort.key}:${sort.direction}`}
        >
          <thead>
            <tr>
              <th scope="col">{t('scores.rank')}</th>
              {header('name', t('scores.kecamatan'))}
              {header('self', t('scores.selfTotal'), `num${mode === 'self' ? ' in-force' : ''}`)}
              <th scope="col">{t('scores.category')}</th>
              {header('verified', t('scores.verifiedTotal'), `num${mode === 'verified' ? ' in-force' : ''}`)}
              <th scope="col">{t('scores.verifiedCategory')}</th>
              {clusterCodes.map((code) => (
                <Fragment key={code}>{header(`cluster:${code}`, code, 'num')}</Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ row, shown }) => (
              <tr key={row.code} data-testid={`scoreboard-row-${row.code}`}>
                <td className="num">{rankOf.get(row.code)}</td>
                <th scope="row">
                  <Link to={hrefOf(row.code)} aria-label={t('scores.open', { name: row.name })}>
                    {row.name}
                  </Link>
                </th>
                <td
                  className={`num total${mode === 'self' ? ' in-force' : ''}`}
                  data-testid={`scoreboard-total-${row.code}`}
                >
                  {formatNumber(row.total, language)}
                </td>
                <td>
                  <CategoryBadge category={row.category} testId={`scoreboard-category-${row.code}`} />
                </td>
                <td className={`num total${mode === 'verified' ? ' in-force' : ''}`}>
                  <span data-testid={`scoreboard-verified-total-${row.code}`}>
                    {formatNumber(row.verifiedTotal, language)}
                  </span>
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
                <td>
                  <CategoryBadge category={row.verifiedCategory} testId={`scoreboard-verified-category-${row.code}`} />
                </td>
                {clusterCodes.map((code) => {
                  const cluster = shown.clusters.find((c) => c.code === code);
                  return (
                    <td key={code} className="num" data-testid={`scoreboard-cluster-${row.code}-${code}`}>
                      {cluster ? formatNumber(cluster.score, language) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
