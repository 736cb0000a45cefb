import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { type ClusterScoreDatum, compareClusterCodes } from './score-model';

/** One kecamatan's clusters: score, maximum and answered indicators (the chart's text alternative). */
export function ClusterScoreTable({ clusters }: { clusters: readonly ClusterScoreDatum[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sorted = [...clusters].sort((a, b) => compareClusterCodes(a.code, b.code));
  return (
    <>
      <h2 id="cluster-score-table-title" className="table-title">
        {t('kecamatanScore.tableCaption')}
      </h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="cluster-score-table-title">
        <table aria-labelledby="cluster-score-table-title" className="score-table" data-testid="cluster-score-table">
          <thead>
            <tr>
              <th scope="col">{t('kecamatanScore.cluster')}</th>
              <th scope="col" className="num">
                {t('kecamatanScore.score')}
              </th>
              <th scope="col" className="num">
                {t('kecamatanScore.max')}
              </th>
              <th scope="col" className="num">
                {t('kecamatanScore.answered')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((cluster) => (
              <tr key={cluster.code}>
                <th scope="row">
                  <span className="cluster-code">{cluster.code}</span> {cluster.name}
                </th>
                <td className="num" data-testid={`cluster-score-${cluster.code}`}>
                  {formatNumber(cluster.score, language)}
                </td>
                <td className="num">{formatNumber(cluster.maxPoints, language)}</td>
                <td className="num">
                  {cluster.answered} / {cluster.indicatorCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
