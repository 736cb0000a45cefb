import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CategoryBadge } from '../../features/scores/CategoryBadge';
import { ClusterScoreTable } from '../../features/scores/ClusterScoreTable';
import { KecamatanScoreChart } from '../../features/scores/KecamatanScoreChart';
import { toScoreboardRow } from '../../features/scores/score-model';
import { formatNumber } from '../../shared/format';
import { PageError, PageLoading } from '../../app/PageStatus';
import { KecamatanListDocument, KecamatanScoreDocument } from './evaluator.documents';
import { kecamatanHref, scoreboardHref, useEvaluationYear } from './use-evaluation-year';
import { YearSelect } from './YearSelect';

/** One kecamatan: its six clusters against their maxima, the total out of 1000 and the category. */
export function KecamatanScorePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const { code } = useParams<{ code?: string }>();
  const { year, setYear, periods, periodsError, refetchPeriods } = useEvaluationYear();
  const kecamatans = useQuery(KecamatanListDocument);
  const { data, error, refetch } = useQuery(KecamatanScoreDocument, {
    variables: { year: year ?? 0, kecamatanCode: code ?? '' },
    skip: year == null || !code,
    fetchPolicy: 'cache-and-network',
  });
  const score = useMemo(() => (data ? toScoreboardRow(data.kecamatanScore, language) : null), [data, language]);
  const options = useMemo(
    () => [...(kecamatans.data?.kecamatans ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
    [kecamatans.data?.kecamatans],
  );

  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (year == null) return <PageError message={t('period.none')} />;

  return (
    <div className="kecamatan-score-page">
      <p className="back-link">
        <Link to={scoreboardHref(year)}>← {t('kecamatanScore.back')}</Link>
      </p>
      <header className="page-header page-header--with-tools">
        <div>
          <h1>{score ? score.name : t('kecamatanScore.title')}</h1>
          <p className="page-subtitle">{t('form.year', { year })}</p>
        </div>
        <div className="tools">
          <div className="field field--inline">
            <label htmlFor="kecamatan-select" className="field-label">
              {t('kecamatanScore.select')}
            </label>
            <select
              id="kecamatan-select"
              value={code ?? ''}
              onChange={(e) => e.target.value && navigate(kecamatanHref(e.target.value, year))}
              data-testid="kecamatan-select"
            >
              <option value="">{t('kecamatanScore.choose')}</option>
              {options.map((k) => (
                <option key={k.code} value={k.code}>
                  {k.name}
                </option>
              ))}
            </select>
          </div>
          <YearSelect periods={periods} year={year} onChange={setYear} />
        </div>
      </header>

      {!code ? (
        <p className="page-message">{t('kecamatanScore.pick')}</p>
      ) : !score ? (
        error ? (
          <PageError onRetry={() => void refetch()} />
        ) : (
          <PageLoading />
        )
      ) : (
        <>
          <div className="score-summary">
            <p className="score-total">
              <span className="score-total-label">{t('kecamatanScore.total')}</span>
              <span className="score-total-value" data-testid="total-score">
                {formatNumber(score.total, language)}
              </span>
              <span className="score-total-max">{t('kecamatanScore.outOf', { max: formatNumber(score.maxTotal, language) })}</span>
            </p>
            <CategoryBadge category={score.category} />
          </div>
          <KecamatanScoreChart clusters={score.clusters} />
          <ClusterScoreTable clusters={score.clusters} />
        </>
      )}
    </div>
  );
}

export default KecamatanScorePage;
