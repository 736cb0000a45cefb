import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightClustersQuery, KecamatanIndicatorStatesQuery } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { describeAnswer } from '../submission/format-answer';
import { compareClusterCodes } from '../scoring/score-model';
import '../submission/StatusBadge.css';
import './insight.css';
import { indicatorText } from '../../shared/localized';
import { ColumnHeader, ScoreTable } from '../scoring/ScoreTable';

type Cluster = InsightClustersQuery['clusters'][number];
type Submission = KecamatanIndicatorStatesQuery['submissions'][number];
type Indicator = Cluster['indicators'][number];

/**
 * Every indicator of the kecamatan: answer, points (self / verified), state and evidence files.
 * On a phone each row becomes a card (CSS, labels from data-label) instead of a sideways-scrolling table.
 */
export function IndicatorStateTable({
  clusters,
  submissions,
}: {
  clusters: readonly Cluster[];
  submissions: readonly Submission[];
}) {
  const { t } = useTranslation();
  const byIndicator = useMemo(() => new Map(submissions.map((s) => [s.indicatorCode, s])), [submissions]);
  const indicators = useMemo(
    () =>
      [...clusters]
        .sort((a, b) => compareClusterCodes(a.code, b.code))
        .flatMap((c) => [...c.indicators].sort((a, b) => a.number - b.number)),
    [clusters],
  );
  return (
    <section className="insight-section" aria-labelledby="indicator-states-title">
      <h2 id="indicator-states-title" className="table-title">
        {t('indicatorStates.title')}
      </h2>
      <ScoreTable
        labelledBy="indicator-states-title"
        className="indicator-state-table"
        testId="indicator-states"
        head={
          <>
            <ColumnHeader>{t('gap.indicator')}</ColumnHeader>
            <ColumnHeader>{t('indicator.answer')}</ColumnHeader>
            <ColumnHeader num>{t('indicatorStates.points')}</ColumnHeader>
            <ColumnHeader>{t('status.label')}</ColumnHeader>
            <ColumnHeader num>{t('indicatorStates.evidence')}</ColumnHeader>
          </>
        }
      >
        {indicators.map((indicator) => (
          <IndicatorStateRow key={indicator.code} indicator={indicator} submission={byIndicator.get(indicator.code)} />
        ))}
      </ScoreTable>
    </section>
  );
}

/** One indicator: its answer, points, state and evidence count (each cell labelled for the phone's card). */
function IndicatorStateRow({ indicator, submission }: { indicator: Indicator; submission: Submission | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const state = submission?.status ?? 'EMPTY';
  return (
    <tr
      data-testid={`indicator-row-${indicator.code}`}
      data-state={state}
      data-evidence={submission?.evidence.length ?? 0}
    >
      <th scope="row">
        <span className="cluster-code">{indicator.code}</span> {indicatorText(indicator, 'shortName', language)}
      </th>
      <td data-label={t('indicator.answer')}>
        {submission ? describeAnswer(indicator, submission.answer, t, language) : t('answer.empty')}
      </td>
      <td className="num" data-label={t('indicatorStates.points')}>
        {formatNumber(submission?.points ?? 0, language)}
        {submission?.verifiedPoints != null && (
          <span className="points-verified">
            {' '}
            ({t('indicatorStates.verifiedPoints', { points: formatNumber(submission.verifiedPoints, language) })})
          </span>
        )}
        <span className="points-max"> / {formatNumber(indicator.maxPoints, language)}</span>
      </td>
      <td data-label={t('status.label')}>
        <span className={`badge status-badge status-badge--${state.toLowerCase()}`}>
          {state === 'EMPTY' ? t('readiness.state.empty') : t(`status.${state}`)}
        </span>
      </td>
      <td className="num" data-label={t('indicatorStates.evidence')}>
        {submission?.evidence.length ?? 0}
      </td>
    </tr>
  );
}
