import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { type ClusterScoreDatum, type ScoreMode, compareClusterCodes } from './score-model';
import './scoring.css';
import { TableScroll } from '../../shared/TableScroll';

/**
 * One kecamatan's clusters, self-assessed and verified side by side, with the maximum, the answered
 * and the verified indicators (the chart's text alternative). The column of the mode in force is
 * emphasized and carries `cluster-score-<CODE>`, the score the chart shows.
 */
export function ClusterScoreTable({
  clusters,
  mode = 'self',
}: {
  clusters: readonly ClusterScoreDatum[];
  mode?: ScoreMode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sorted = [...clusters].sort((a, b) => compareClusterCodes(a.code, b.code));
  const inForce = (cellMode: ScoreMode, code: string, value: number): ReactNode =>
    cellMode === mode ? (
      <span data-testid={`cluster-score-${code}`}>{formatNumber(value, language)}</span>
    ) : (
      formatNumber(value, language)
    );
  return (
    <>
      <h2 id="cluster-score-table-title" className="table-title">
        {t('kecamatanScore.tableCaption')}
      </h2>
      <TableScroll labelledBy="cluster-score-table-title">
        <table
          aria-labelledby="cluster-score-table-title"
          className="score-table"
          data-testid="cluster-score-table"
          data-mode={mode}
        >
          <thead>
            <tr>
              <th scope="col">{t('kecamatanScore.cluster')}</th>
              <th scope="col" className={`num${mode === 'self' ? ' in-force' : ''}`}>
                {t('kecamatanScore.selfScore')}
              </th>
              <th scope="col" className={`num${mode === 'verified' ? ' in-force' : ''}`}>
                {t('kecamatanScore.verifiedScore')}
              </th>
              <th scope="col" className="num">
                {t('kecamatanScore.max')}
              </th>
              <th scope="col" className="num">
                {t('kecamatanScore.answered')}
              </th>
              <th scope="col" className="num">
                {t('kecamatanScore.verifiedIndicators')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((cluster) => (
              <tr key={cluster.code}>
                <th scope="row">
                  <span className="cluster-code">{cluster.code}</span> {cluster.name}
                </th>
                <td
                  className={`num${mode === 'self' ? ' in-force' : ''}`}
                  data-testid={`cluster-self-score-${cluster.code}`}
                >
                  {inForce('self', cluster.code, cluster.score)}
                </td>
                <td
                  className={`num${mode === 'verified' ? ' in-force' : ''}`}
                  data-testid={`cluster-verified-score-${cluster.code}`}
                >
                  {inForce('verified', cluster.code, cluster.verifiedScore)}
                </td>
                <td className="num">{formatNumber(cluster.maxPoints, language)}</td>
                <td className="num">
                  {cluster.answered} / {cluster.indicatorCount}
                </td>
                <td className="num">
                  {cluster.verified} / {cluster.indicatorCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
