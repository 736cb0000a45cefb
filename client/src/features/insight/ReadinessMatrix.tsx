import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../gql/graphql';
import { compareClusterCodes } from '../scoring/score-model';
import { READINESS_STATES, type ReadinessState, cellKey, readinessMatrix } from './readiness';
import './insight.css';
import { TableScroll } from '../../shared/TableScroll';

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
      <ul className="readiness-legend" aria-label={t('readiness.legend')}>
        {READINESS_STATES.map((state) => (
          <li key={state} className={`readiness-chip readiness--${state}`}>
            <span aria-hidden="true">{READINESS_SYMBOL[state]}</span> {t(`readiness.state.${state}`)}
          </li>
        ))}
      </ul>
      <TableScroll labelledBy="readiness-title">
        <table className="score-table readiness-table" data-testid="readiness-matrix">
          <thead>
            <tr>
              <th scope="col">{t('scores.kecamatan')}</th>
              {sortedClusters.map((c) => (
                <th scope="col" key={c.code}>
                  {c.code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kecamatans.map((k) => (
              <tr key={k.code}>
                <th scope="row">{hrefOf ? <Link to={hrefOf(k.code)}>{k.name}</Link> : k.name}</th>
                {sortedClusters.map((c) => {
                  const cell = cells.get(cellKey(k.code, c.code))!;
                  const description = READINESS_STATES.map((state) =>
                    t('readiness.count', { count: cell.counts[state], state: t(`readiness.state.${state}`) }),
                  ).join(', ');
                  return (
                    <td
                      key={c.code}
                      className={`readiness-cell readiness--${cell.state}`}
                      data-testid={`readiness-${k.code}-${c.code}`}
                      data-state={cell.state}
                      data-empty={cell.counts.empty}
                      data-draft={cell.counts.draft}
                      data-submitted={cell.counts.submitted}
                      data-returned={cell.counts.returned}
                      data-verified={cell.counts.verified}
                      data-indicators={cell.indicatorCount}
                      title={description}
                    >
                      <span className="readiness-state">
                        {cell.state === 'mixed' ? '…' : t(`readiness.short.${cell.state}`)}
                      </span>
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
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
