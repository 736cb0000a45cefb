import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { CategoryBadge } from './CategoryBadge';
import { type ScoreMode, type ScoreboardRow, compareClusterCodes, indicatorCountOf, rowInMode, sortByTotal } from './score-model';

export interface ScoreboardTableProps {
  rows: readonly ScoreboardRow[];
  /** Link to one kecamatan's detail page. */
  hrefOf: (kecamatanCode: string) => string;
  /** Orders the rows and fills the cluster columns; both totals are always shown. */
  mode?: ScoreMode;
}

/**
 * The scoreboard as a table: the chart's text alternative, and the way to open a kecamatan. The
 * self-assessed and verified totals (with their categories) come first, side by side, so they stay
 * in view on a phone; the cluster columns (in the mode in force) scroll inside the table.
 */
export function ScoreboardTable({ rows, hrefOf, mode = 'self' }: ScoreboardTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Ranked by the mode in force, like the chart; each row keeps both totals.
  const sorted = useMemo(() => {
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return sortByTotal(rows.map((row) => rowInMode(row, mode))).map((shown) => ({ shown, row: byCode.get(shown.code)! }));
  }, [rows, mode]);
  const clusterCodes = useMemo(
    () => [...new Set(sorted.flatMap(({ row }) => row.clusters.map((c) => c.code)))].sort(compareClusterCodes),
    [sorted],
  );
  const maxTotal = sorted[0]?.row.maxTotal ?? 1000;
  return (
    <>
      <h2 id="scoreboard-table-title" className="table-title">
        {t('scores.tableCaption', { max: formatNumber(maxTotal, language) })}
        <span className="table-title-note"> · {t('scores.clusterColumns', { mode: t(`scoreMode.${mode}`) })}</span>
      </h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="scoreboard-table-title">
        <table aria-labelledby="scoreboard-table-title" className="score-table" data-testid="scoreboard-table">
          <thead>
            <tr>
              <th scope="col">{t('scores.rank')}</th>
              <th scope="col">{t('scores.kecamatan')}</th>
              <th scope="col" className={`num${mode === 'self' ? ' in-force' : ''}`}>
                {t('scores.selfTotal')}
              </th>
              <th scope="col">{t('scores.category')}</th>
              <th scope="col" className={`num${mode === 'verified' ? ' in-force' : ''}`}>
                {t('scores.verifiedTotal')}
              </th>
              <th scope="col">{t('scores.verifiedCategory')}</th>
              {clusterCodes.map((code) => (
                <th scope="col" key={code} className="num">
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ row, shown }, index) => (
              <tr key={row.code} data-testid={`scoreboard-row-${row.code}`}>
                <td className="num">{index + 1}</td>
                <th scope="row">
                  <Link to={hrefOf(row.code)} aria-label={t('scores.open', { name: row.name })}>
                    {row.name}
                  </Link>
                </th>
                <td className={`num total${mode === 'self' ? ' in-force' : ''}`} data-testid={`scoreboard-total-${row.code}`}>
                  {formatNumber(row.total, language)}
                </td>
                <td>
                  <CategoryBadge category={row.category} testId={`scoreboard-category-${row.code}`} />
                </td>
                <td className={`num total${mode === 'verified' ? ' in-force' : ''}`}>
                  <span data-testid={`scoreboard-verified-total-${row.code}`}>{formatNumber(row.verifiedTotal, language)}</span>
                  <span className="verified-count">
                    <span aria-hidden="true">
                      {' '}
                      ({row.verifiedCount}/{indicatorCountOf(row)})
                    </span>
                    <span className="visually-hidden">{t('scores.verifiedCount', { count: row.verifiedCount, total: indicatorCountOf(row) })}</span>
                  </span>
                </td>
                <td>
                  <CategoryBadge category={row.verifiedCategory} testId={`scoreboard-verified-category-${row.code}`} />
                </td>
                {clusterCodes.map((code) => {
                  const cluster = shown.clusters.find((c) => c.code === code);
                  return (
                    <td key={code} className="num">
                      {cluster ? formatNumber(cluster.score, language) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
