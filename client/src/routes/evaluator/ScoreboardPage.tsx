import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScoreboardChart } from '../../features/scoring/ScoreboardChart';
import { ScoreboardTable } from '../../features/scoring/ScoreboardTable';
import { ScoreModeSwitch } from '../../features/scoring/ScoreModeSwitch';
import { rowInMode, sortByTotal } from '../../features/scoring/score-model';
import { useScoreMode } from '../../features/scoring/use-score-mode';
import { CityRollupSummary } from '../../features/insight/CityRollupSummary';
import { ReadinessMatrix } from '../../features/insight/ReadinessMatrix';
import { TrendChart } from '../../features/insight/TrendChart';
import { basisOf } from '../../features/insight/basis';
import {
  CityRollupDocument,
  CityTrendDocument,
  InsightClustersDocument,
  ReadinessQueueDocument,
} from '../../features/insight/insight.documents';
import { useLiveRefetch } from '../../features/live/use-live-refetch';
import { ExportButton } from '../../features/export/ExportButton';
import { DossierControl } from '../../features/dossier/DossierControl';
import { scoreboardExportUrl } from '../../features/export/download';
import { PageError, PageLoading } from '../../app/PageStatus';
import { TurnaroundSection } from '../../features/turnaround/TurnaroundSection';
import { TurnaroundDocument } from '../../features/turnaround/turnaround.documents';
import type { ScoreBasis } from '../../gql/graphql';
import { ScoreboardDocument } from './evaluator.documents';
import { useScoreboardRows } from './use-scoreboard-rows';
import { kecamatanHref, mapHref, useEvaluationYear } from './use-evaluation-year';
import { YearSelect } from './YearSelect';
import { EvaluatorHeader } from './EvaluatorHeader';
import './ScoreboardPage.css';

/** What the dashboard shows, refetched on every live event of its year. */
const LIVE_DOCUMENTS = [
  ScoreboardDocument,
  ReadinessQueueDocument,
  CityRollupDocument,
  CityTrendDocument,
  TurnaroundDocument,
];

/** The dashboard's insight: the readiness queue, the clusters, the city roll-up and trend. */
function useDashboardInsight(year: number | undefined, basis: ScoreBasis) {
  const queue = useQuery(ReadinessQueueDocument, {
    variables: { year: year ?? 0 },
    skip: year == null,
    fetchPolicy: 'cache-and-network',
  });
  const clusters = useQuery(InsightClustersDocument, { variables: { year: year ?? 0 }, skip: year == null });
  const rollup = useQuery(CityRollupDocument, {
    variables: { year: year ?? 0, basis },
    skip: year == null,
    fetchPolicy: 'cache-and-network',
  });
  const trend = useQuery(CityTrendDocument, { variables: { basis }, fetchPolicy: 'cache-and-network' });
  return { queue, clusters, rollup, trend };
}

/**
 * The evaluators' landing page: the city roll-up, every kecamatan's totals (chart + sortable table),
 * the readiness matrix (kecamatan × cluster by state) and the city trend, live.
 */
export function ScoreboardPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { year, setYear, periods, periodsError, refetchPeriods } = useEvaluationYear();
  const { data, error, refetch, rows: unsorted } = useScoreboardRows(year);
  const rows = useMemo(() => sortByTotal(unsorted), [unsorted]);
  const [mode, setMode] = useScoreMode(rows);
  const basis = basisOf(mode);
  const chartRows = useMemo(() => rows.map((row) => rowInMode(row, mode)), [rows, mode]);
  const { queue, clusters, rollup, trend } = useDashboardInsight(year, basis);
  const live = useLiveRefetch(year, LIVE_DOCUMENTS);
  const kecamatans = useMemo(() => [...rows].sort((a, b) => a.code.localeCompare(b.code)), [rows]);

  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (year == null) return <PageError message={t('period.none')} />;

  return (
    <div className="scoreboard-page dashboard-page">
      <EvaluatorHeader title={t('scores.title')} subtitle={t('scores.subtitle', { year })} live={live.status}>
        <YearSelect periods={periods} year={year} onChange={setYear} />
        <ExportButton
          url={scoreboardExportUrl(year, basis, i18n.language)}
          fileName={`skor-kla-${year}.xlsx`}
          testId="export-scoreboard"
        />
        <DossierControl year={year} clusters={clusters.data?.clusters ?? []} />
      </EvaluatorHeader>
      {!data ? (
        error ? (
          <PageError onRetry={() => void refetch()} />
        ) : (
          <PageLoading />
        )
      ) : rows.length === 0 ? (
        <p className="page-message">{t('scores.empty')}</p>
      ) : (
        <>
          <ScoreModeSwitch mode={mode} onChange={setMode} />
          {rollup.data && <CityRollupSummary rollup={rollup.data.cityRollup} />}
          <p className="insight-links no-print">
            <Link to={mapHref(year)}>{t('map.open')}</Link>
          </p>
          <ScoreboardChart rows={chartRows} onSelect={(code) => navigate(kecamatanHref(code, year))} />
          <ScoreboardTable rows={rows} mode={mode} hrefOf={(code) => kecamatanHref(code, year)} />
          <TurnaroundSection
            year={year}
            title={t('turnaround.dashboardTitle')}
            hrefOf={(code) => kecamatanHref(code, year)}
          />
          {queue.data && clusters.data ? (
            <ReadinessMatrix
              kecamatans={kecamatans}
              clusters={clusters.data.clusters}
              submissions={queue.data.submissionQueue}
              hrefOf={(code) => kecamatanHref(code, year)}
            />
          ) : queue.error || clusters.error ? (
            <PageError onRetry={() => void Promise.all([queue.refetch(), clusters.refetch()])} />
          ) : null}
          {trend.data && (
            <TrendChart
              title={t('trend.cityTitle')}
              valueLabel={t('trend.cityValue', { mode: t(`scoreMode.${mode}`) })}
              points={trend.data.cityTrend.points}
            />
          )}
        </>
      )}
    </div>
  );
}

export default ScoreboardPage;
