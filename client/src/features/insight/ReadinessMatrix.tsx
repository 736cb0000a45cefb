import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../gql/graphql';
import { compareClusterCodes } from '../scoring/score-model';
import {
  READINESS_STATES,
  type ReadinessCell as ReadinessCellData,
  type ReadinessState,
  cellKey,
  readinessMatrix,
} from './readiness';
import './insight.css';
import { ColumnHeader, RowHeader, ScoreTable } from '../scoring/ScoreTable';

/** A symbol per state: the matrix never relies on colour alone. */
export const READINESS_SYMBOL: Record<ReadinessState, string> = {
  empty: '○',
  draft: '✎',
  submitted: '➜',
  returned: '↩',
  verified: '✔',
};

export interface ReadinessMatrixProps {
  kecamatans: ReadonlyArray<{ code: string; name: string }>;
  clusters: ReadonlyArray<{ code: string; indicators: ReadonlyArray<{ code: string }> }>;
  submissions: ReadonlyArray<{ kecamatanCode: string; indicatorCode: string; status: SubmissionStatus }>;
  hrefOf?: (kecamatanCode: string) => string;
}

/**
 * Kecamatan × cluster: how many indicators are empty / draft / submitted / returned / verified.
 * Each cell is tinted by its overall state and spells its counts out with symbols (legend above).
 */
export function ReadinessMatrix({ kecamatans, clusters, submissions, hrefOf }: ReadinessMatrixProps) {
  const { t } = useTranslation();
  const sortedClusters = useMemo(() => [...clusters].sort((a, b) => compareClusterCodes(a.code, b.code)), [clusters]);
  const cells = useMemo(
    () =>
      readinessMatrix(
        kecamatans.map((k) => k.code),
        sortedClusters,
        submissions,
      ),
    [kecamatans, sortedClusters, submissions],
  );
  return (
    <section className="insight-section" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="table-title">
        {t('readiness.title')}
      </h2>
      <ReadinessLegend />
      <ScoreTable
        labelledBy="readiness-title"
        className="readiness-table"
        testId="readiness-matrix"
        head={
          <>
            <ColumnHeader>{t('scores.kecamatan')}</ColumnHeader>
            {sortedClusters.map((c) => (
              <ColumnHeader key={c.code}>{c.code}</ColumnHeader>
            ))}
          </>
        }
      >
        {kecamatans.map((k) => (
          <tr key={k.code}>
            <RowHeader to={hrefOf?.(k.code)}>{k.name}</RowHeader>
            {sortedClusters.map((c) => (
              <ReadinessCell
                key={c.code}
                cell={cells.get(cellKey(k.code, c.code))!}
                testId={`readiness-${k.code}-${c.code}`}
              />
            ))}
          </tr>
        ))}
      </ScoreTable>
    </section>
  );
}

/** The states with their symbols and tints. */
function ReadinessLegend() {
  const { t } = useTranslation();
  return (
    <ul className="readiness-legend" aria-label={t('readiness.legend')}>
      {READINESS_STATES.map((state) => (
        <li key={state} className={`readiness-chip readiness--${state}`}>
          <span aria-hidden="true">{READINESS_SYMBOL[state]}</span> {t(`readiness.state.${state}`)}
        </li>
      ))}
    </ul>
  );
}

/** One kecamatan's cluster: its overall state, the counts as symbols, and the counts in words. */
function ReadinessCell({ cell, testId }: { cell: ReadinessCellData; testId: string }) {
  const { t } = useTranslation();
  const description = READINESS_STATES.map((state) =>
    t('readiness.count', { count: cell.counts[state], state: t(`readiness.state.${state}`) }),
  ).join(', ');
  return (
    <td
      className={`readiness-cell readiness--${cell.state}`}
      data-testid={testId}
      data-state={cell.state}
      data-empty={cell.counts.empty}
      data-draft={cell.counts.draft}
      data-submitted={cell.counts.submitted}
      data-returned={cell.counts.returned}
      data-verified={cell.counts.verified}
      data-indicators={cell.indicatorCount}
      title={description}
    >
      <span className="readiness-state">{cell.state === 'mixed' ? '…' : t(`readiness.short.${cell.state}`)}</span>
      <span className="readiness-counts" aria-hidden="true">
        {READINESS_STATES.filter((state) => cell.counts[state] > 0).map((state) => (
          <span key={state} className="readiness-count">
            {READINESS_SYMBOL[state]}
            {cell.counts[state]}
          </span>
        ))}
      </span>
      <span className="visually-hidden">{description}</span>
    </td>
  );
}
