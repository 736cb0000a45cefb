import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { type ClusterScoreDatum, type ScoreMode, compareClusterCodes } from './score-model';
import { ColumnHeader, NumberCell, RowHeader, ScoreTable } from './ScoreTable';
import './scoring.css';

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
  const { t } = useTranslation();
  const sorted = [...clusters].sort((a, b) => compareClusterCodes(a.code, b.code));
  return (
    <>
      <h2 id="cluster-score-table-title" className="table-title">
        {t('kecamatanScore.tableCaption')}
      </h2>
      <ScoreTable
        labelledBy="cluster-score-table-title"
        aria-labelledby="cluster-score-table-title"
        testId="cluster-score-table"
        data-mode={mode}
        head={
          <>
            <ColumnHeader>{t('kecamatanScore.cluster')}</ColumnHeader>
            <ColumnHeader num inForce={mode === 'self'}>
              {t('kecamatanScore.selfScore')}
            </ColumnHeader>
            <ColumnHeader num inForce={mode === 'verified'}>
              {t('kecamatanScore.verifiedScore')}
            </ColumnHeader>
            <ColumnHeader num>{t('kecamatanScore.max')}</ColumnHeader>
            <ColumnHeader num>{t('kecamatanScore.answered')}</ColumnHeader>
            <ColumnHeader num>{t('kecamatanScore.verifiedIndicators')}</ColumnHeader>
          </>
        }
      >
        {sorted.map((cluster) => (
          <ClusterScoreRow key={cluster.code} cluster={cluster} mode={mode} />
        ))}
      </ScoreTable>
    </>
  );
}

function ClusterScoreRow({ cluster, mode }: { cluster: ClusterScoreDatum; mode: ScoreMode }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const cell = (cellMode: ScoreMode, value: number): ReactNode => (
    <td
      className={`num${cellMode === mode ? ' in-force' : ''}`}
      data-testid={`cluster-${cellMode}-score-${cluster.code}`}
    >
      {cellMode === mode ? (
        <span data-testid={`cluster-score-${cluster.code}`}>{formatNumber(value, language)}</span>
      ) : (
        formatNumber(value, language)
      )}
    </td>
  );
  return (
    <tr>
      <RowHeader>
        <span className="cluster-code">{cluster.code}</span> {cluster.name}
      </RowHeader>
      {cell('self', cluster.score)}
      {cell('verified', cluster.verifiedScore)}
      <NumberCell>{formatNumber(cluster.maxPoints, language)}</NumberCell>
      <NumberCell>
        {cluster.answered} / {cluster.indicatorCount}
      </NumberCell>
      <NumberCell>
        {cluster.verified} / {cluster.indicatorCount}
      </NumberCell>
    </tr>
  );
}
