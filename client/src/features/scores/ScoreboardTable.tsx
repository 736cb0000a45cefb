import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { CategoryBadge } from './CategoryBadge';
import { type ScoreboardRow, compareClusterCodes, sortByTotal } from './score-model';

export interface ScoreboardTableProps {
  rows: readonly ScoreboardRow[];
  /** Link to one kecamatan's detail page. */
  hrefOf: (kecamatanCode: string) => string;
}

/**
 * The scoreboard as a table: the chart's text alternative, and the way to open a kecamatan. Total and
 * category come first so they stay in view on a phone; the cluster columns scroll inside the table.
 */
export function ScoreboardTable({ rows, hrefOf }: ScoreboardTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sorted = useMemo(() => sortByTotal(rows), [rows]);
  const clusterCodes = useMemo(
    () => [...new Set(sorted.flatMap((r) => r.clusters.map((c) => c.code)))].sort(compareClusterCodes),
    [sorted],
  );
  const maxTotal = sorted[0]?.maxTotal ?? 1000;
  return (
    <>
      <h2 id="scoreboard-table-title" className="table-title">
        {t('scores.tableCaption', { max: formatNumber(maxTotal, language) })}
      </h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="scoreboard-table-title">
        <table aria-labelledby="scoreboard-table-title" className="score-table" data-testid="scoreboard-table">
          <thead>
            <tr>
              <th scope="col">{t('scores.rank')}</th>
              <th scope="col">{t('scores.kecamatan')}</th>
              <th scope="col" className="num">
                {t('scores.total')}
              </th>
              <th scope="col">{t('scores.category')}</th>
              {clusterCodes.map((code) => (
                <th scope="col" key={code} className="num">
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, index) => (
              <tr key={row.code} data-testid={`scoreboard-row-${row.code}`}>
                <td className="num">{index + 1}</td>
                <th scope="row">
                  <Link to={hrefOf(row.code)} aria-label={t('scores.open', { name: row.name })}>
                    {row.name}
                  </Link>
                </th>
                <td className="num total" data-testid={`scoreboard-total-${row.code}`}>
                  {formatNumber(row.total, language)}
                </td>
                <td>
                  <CategoryBadge category={row.category} testId={`scoreboard-category-${row.code}`} />
                </td>
                {clusterCodes.map((code) => {
                  const cluster = row.clusters.find((c) => c.code === code);
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
