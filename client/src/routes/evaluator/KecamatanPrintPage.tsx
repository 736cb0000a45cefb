import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CategoryBadge } from '../../features/scoring/CategoryBadge';
import { ClusterScoreTable } from '../../features/scoring/ClusterScoreTable';
import { KecamatanScoreChart } from '../../features/scoring/KecamatanScoreChart';
import { rowInMode, toScoreboardRow } from '../../features/scoring/score-model';
import { useScoreMode } from '../../features/scoring/use-score-mode';
import { BandGap } from '../../features/insight/BandGap';
import { IndicatorStateTable } from '../../features/insight/IndicatorStateTable';
import { basisOf } from '../../features/insight/basis';
import {
  InsightClustersDocument,
  KecamatanGapDocument,
  KecamatanIndicatorStatesDocument,
} from '../../features/insight/insight.documents';
import { formatDate, formatNumber } from '../../shared/format';
import { PageError, PageLoading } from '../../app/PageStatus';
import { KecamatanScoreDocument } from './evaluator.documents';
import { kecamatanHref, useEvaluationYear } from './use-evaluation-year';
import './KecamatanPrintPage.css';

/** Chart width that fits A4 portrait with 15 mm margins (180 mm ≈ 680 px at 96 dpi). */
const PRINT_CHART_WIDTH = 660;

/** One kecamatan's report for paper: header with kecamatan, year and date; tables full width. */
export function KecamatanPrintPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { code } = useParams<{ code: string }>();
  const { year, periods } = useEvaluationYear();
  const skip = year == null || !code;
  const variables = { year: year ?? 0, kecamatanCode: code ?? '' };
  const { data, error, refetch } = useQuery(KecamatanScoreDocument, { variables, skip });
  const score = useMemo(() => (data ? toScoreboardRow(data.kecamatanScore, language) : null), [data, language]);
  const [mode] = useScoreMode(score ? [score] : []);
  const gap = useQuery(KecamatanGapDocument, { variables: { ...variables, basis: basisOf(mode) }, skip });
  const states = useQuery(KecamatanIndicatorStatesDocument, { variables, skip });
  const clusters = useQuery(InsightClustersDocument, { variables: { year: year ?? 0 }, skip: year == null });
  const today = useMemo(() => formatDate(new Date().toISOString(), language), [language]);

  if (!periods) return <PageLoading />;
  if (year == null || !code) return <PageError message={t('period.none')} />;
  if (!score) return error ? <PageError onRetry={() => void refetch()} /> : <PageLoading />;
  const shown = rowInMode(score, mode);

  return (
    <article className="print-report" data-testid="print-report">
      <div className="print-actions no-print">
        <Link to={kecamatanHref(code, year)}>← {t('print.back')}</Link>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          data-testid="print-button"
        >
          {t('print.button')}
        </button>
      </div>
      <header className="print-header">
        <p className="print-org">{t('print.org')}</p>
        <h1>{t('print.title', { name: score.name })}</h1>
        <p>{t('print.meta', { year, date: today, mode: t(`scoreMode.${mode}`) })}</p>
      </header>
      <dl className="print-totals">
        <div>
          <dt>{t('scoreMode.self')}</dt>
          <dd>
            {formatNumber(score.total, language)} / {formatNumber(score.maxTotal, language)}{' '}
            <CategoryBadge category={score.category} testId="print-self-category" />
          </dd>
        </div>
        <div>
          <dt>{t('scoreMode.verified')}</dt>
          <dd>
            {formatNumber(score.verifiedTotal, language)} / {formatNumber(score.maxTotal, language)}{' '}
            <CategoryBadge category={score.verifiedCategory} testId="print-verified-category" />
          </dd>
        </div>
      </dl>
      <div className="print-chart">
        <KecamatanScoreChart
          clusters={shown.clusters}
          scoreLabel={t('kecamatanScore.scoreIn', { mode: t(`scoreMode.${mode}`) })}
          width={PRINT_CHART_WIDTH}
        />
      </div>
      <ClusterScoreTable clusters={score.clusters} mode={mode} />
      {gap.data && <BandGap gap={gap.data.kecamatanGap} />}
      {states.data && clusters.data && (
        <IndicatorStateTable clusters={clusters.data.clusters} submissions={states.data.submissions} />
      )}
    </article>
  );
}

export default KecamatanPrintPage;
