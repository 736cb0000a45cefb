import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CategoryBadge } from '../../features/scoring/CategoryBadge';
import { ClusterScoreTable } from '../../features/scoring/ClusterScoreTable';
import { KecamatanScoreChart } from '../../features/scoring/KecamatanScoreChart';
import { ScoreModeSwitch } from '../../features/scoring/ScoreModeSwitch';
import {
  type ScoreMode,
  type ScoreboardRow,
  indicatorCountOf,
  rowInMode,
  toScoreboardRow,
} from '../../features/scoring/score-model';
import { useScoreMode } from '../../features/scoring/use-score-mode';
import { formatNumber } from '../../shared/format';
import { DossierButton } from '../../features/dossier/DossierButton';
import { PageError, PageLoading } from '../../app/PageStatus';
import { BandGap } from '../../features/insight/BandGap';
import { IndicatorStateTable } from '../../features/insight/IndicatorStateTable';
import { TrendChart } from '../../features/insight/TrendChart';
import { basisOf } from '../../features/insight/basis';
import {
  InsightClustersDocument,
  KecamatanGapDocument,
  KecamatanIndicatorStatesDocument,
  KecamatanTrendDocument,
} from '../../features/insight/insight.documents';
import { useLiveRefetch } from '../../features/live/use-live-refetch';
import { ExportButton } from '../../features/export/ExportButton';
import { kecamatanExportUrl } from '../../features/export/download';
import { TurnaroundSection } from '../../features/turnaround/TurnaroundSection';
import { TurnaroundDocument } from '../../features/turnaround/turnaround.documents';
import { KecamatanListDocument, KecamatanScoreDocument } from './evaluator.documents';
import { kecamatanHref, kecamatanPrintHref, useEvaluationYear } from './use-evaluation-year';
import './KecamatanScorePage.css';
import '../../features/scoring/scoring.css';

/** What this page shows of the kecamatan, refetched on its live events. */
const LIVE_DOCUMENTS = [
  KecamatanScoreDocument,
  KecamatanGapDocument,
  KecamatanIndicatorStatesDocument,
  KecamatanTrendDocument,
  TurnaroundDocument,
];
import { YearSelect } from './YearSelect';
import { EvaluatorHeader, InlineSelect } from './EvaluatorHeader';

/** The page's insight beside the scores: the gap to the next band, the indicators' states, the trend. */
function useKecamatanInsight(year: number | undefined, code: string | undefined, mode: ScoreMode) {
  const basis = basisOf(mode);
  const skipDetails = year == null || !code;
  const gap = useQuery(KecamatanGapDocument, {
    variables: { year: year ?? 0, kecamatanCode: code ?? '', basis },
    skip: skipDetails,
    fetchPolicy: 'cache-and-network',
  });
  const states = useQuery(KecamatanIndicatorStatesDocument, {
    variables: { year: year ?? 0, kecamatanCode: code ?? '' },
    skip: skipDetails,
    fetchPolicy: 'cache-and-network',
  });
  const clusters = useQuery(InsightClustersDocument, { variables: { year: year ?? 0 }, skip: year == null });
  const trend = useQuery(KecamatanTrendDocument, {
    variables: { kecamatanCode: code ?? '', basis },
    skip: !code,
    fetchPolicy: 'cache-and-network',
  });
  return { gap, states, clusters, trend };
}

/** One kecamatan: its six clusters against their maxima, the total out of 1000 and the category. */
export function KecamatanScorePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { code } = useParams<{ code?: string }>();
  const { year, setYear, periods, periodsError, refetchPeriods } = useEvaluationYear();
  const { data, error, refetch } = useQuery(KecamatanScoreDocument, {
    variables: { year: year ?? 0, kecamatanCode: code ?? '' },
    skip: year == null || !code,
    fetchPolicy: 'cache-and-network',
  });
  const score = useMemo(() => (data ? toScoreboardRow(data.kecamatanScore, language) : null), [data, language]);
  const [mode, setMode] = useScoreMode(score ? [score] : []);
  const shown = useMemo(() => (score ? rowInMode(score, mode) : null), [score, mode]);
  const insight = useKecamatanInsight(year, code, mode);
  const live = useLiveRefetch(code ? year : undefined, LIVE_DOCUMENTS, { kecamatanCode: code });

  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (year == null) return <PageError message={t('period.none')} />;

  return (
    <div className="kecamatan-score-page">
      <EvaluatorHeader
        title={score ? score.name : t('kecamatanScore.title')}
        subtitle={t('form.year', { year })}
        live={code ? live.status : undefined}
        backYear={year}
      >
        <KecamatanSelect code={code} year={year} />
        <YearSelect periods={periods} year={year} onChange={setYear} />
      </EvaluatorHeader>

      {!code ? (
        <p className="page-message">{t('kecamatanScore.pick')}</p>
      ) : !score || !shown ? (
        error ? (
          <PageError onRetry={() => void refetch()} />
        ) : (
          <PageLoading />
        )
      ) : (
        <>
          <ScoreSummary score={score} shown={shown} mode={mode} />
          <KecamatanActions code={score.code} year={year} />
          <ScoreModeSwitch mode={mode} onChange={setMode} />
          <KecamatanScoreChart
            clusters={shown.clusters}
            scoreLabel={t('kecamatanScore.scoreIn', { mode: t(`scoreMode.${mode}`) })}
          />
          <ClusterScoreTable clusters={score.clusters} mode={mode} />
          <TurnaroundSection year={year} kecamatanCode={score.code} title={t('turnaround.kecamatanTitle')} />
          <KecamatanInsight insight={insight} name={score.name} mode={mode} />
        </>
      )}
    </div>
  );
}

/** Jumps to another kecamatan of the same year. */
function KecamatanSelect({ code, year }: { code: string | undefined; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kecamatans = useQuery(KecamatanListDocument);
  const options = useMemo(
    () => [...(kecamatans.data?.kecamatans ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
    [kecamatans.data?.kecamatans],
  );
  return (
    <InlineSelect
      id="kecamatan-select"
      label={t('kecamatanScore.select')}
      value={code ?? ''}
      onChange={(value) => value && navigate(kecamatanHref(value, year))}
      testId="kecamatan-select"
    >
      <option value="">{t('kecamatanScore.choose')}</option>
      {options.map((k) => (
        <option key={k.code} value={k.code}>
          {k.name}
        </option>
      ))}
    </InlineSelect>
  );
}

/** The total in the mode in force with its band, and both totals side by side. */
function ScoreSummary({ score, shown, mode }: { score: ScoreboardRow; shown: ScoreboardRow; mode: ScoreMode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className="score-summary" data-mode={mode}>
      <p className="score-total">
        <span className="score-total-label">{t('kecamatanScore.totalIn', { mode: t(`scoreMode.${mode}`) })}</span>
        <span className="score-total-value" data-testid="total-score">
          {formatNumber(shown.total, language)}
        </span>
        <span className="score-total-max">
          {t('kecamatanScore.outOf', { max: formatNumber(score.maxTotal, language) })}
        </span>
      </p>
      <CategoryBadge category={shown.category} />
      <dl className="score-both">
        <div className={mode === 'self' ? 'score-both-item in-force' : 'score-both-item'}>
          <dt>{t('scoreMode.self')}</dt>
          <dd>
            <span className="score-both-value" data-testid="self-total">
              {formatNumber(score.total, language)}
            </span>{' '}
            <CategoryBadge category={score.category} testId="self-category" />
          </dd>
        </div>
        <div className={mode === 'verified' ? 'score-both-item in-force' : 'score-both-item'}>
          <dt>{t('scoreMode.verified')}</dt>
          <dd>
            <span className="score-both-value" data-testid="verified-total">
              {formatNumber(score.verifiedTotal, language)}
            </span>{' '}
            <CategoryBadge category={score.verifiedCategory} testId="verified-category" />
          </dd>
          <dd className="score-both-note" data-testid="verified-count">
            {t('scores.verifiedCount', { count: score.verifiedCount, total: indicatorCountOf(score) })}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** Excel, the evidence dossier and the printable page of this kecamatan. */
function KecamatanActions({ code, year }: { code: string; year: number }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="page-actions no-print">
      <ExportButton
        url={kecamatanExportUrl(code, year, i18n.language)}
        fileName={`skor-kla-${code}-${year}.xlsx`}
        testId="export-kecamatan"
      />
      <DossierButton scope={{ kind: 'kecamatan', code }} year={year} testId="dossier-kecamatan" />
      <Link className="button" to={kecamatanPrintHref(code, year)} data-testid="print-link">
        <span aria-hidden="true">⎙ </span>
        {t('print.open')}
      </Link>
    </div>
  );
}

/** The gap to the next band, the indicators' states and the trend, each once its data is in. */
function KecamatanInsight({
  insight: { gap, states, clusters, trend },
  name,
  mode,
}: {
  insight: ReturnType<typeof useKecamatanInsight>;
  name: string;
  mode: ScoreMode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {gap.data ? (
        <BandGap gap={gap.data.kecamatanGap} />
      ) : gap.error ? (
        <PageError onRetry={() => void gap.refetch()} />
      ) : null}
      {states.data && clusters.data && (
        <IndicatorStateTable clusters={clusters.data.clusters} submissions={states.data.submissions} />
      )}
      {trend.data && (
        <TrendChart
          title={t('trend.kecamatanTitle', { name })}
          valueLabel={t('trend.value', { mode: t(`scoreMode.${mode}`) })}
          points={trend.data.kecamatanTrend.points}
        />
      )}
    </>
  );
}

export default KecamatanScorePage;
