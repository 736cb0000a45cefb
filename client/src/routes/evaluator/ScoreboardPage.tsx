import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScoreboardChart } from '../../features/scores/ScoreboardChart';
import { ScoreboardTable } from '../../features/scores/ScoreboardTable';
import { ScoreModeSwitch } from '../../features/scores/ScoreModeSwitch';
import { rowInMode, sortByTotal, toScoreboardRow } from '../../features/scores/score-model';
import { useScoreMode } from '../../features/scores/use-score-mode';
import { PageError, PageLoading } from '../../app/PageStatus';
import { ScoreboardDocument } from './evaluator.documents';
import { kecamatanHref, useEvaluationYear } from './use-evaluation-year';
import { YearSelect } from './YearSelect';

/** The city scoreboard: every kecamatan's clusters stacked, highest total first, with its table. */
export function ScoreboardPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { year, setYear, periods, periodsError, refetchPeriods } = useEvaluationYear();
  const { data, error, refetch } = useQuery(ScoreboardDocument, {
    variables: { year: year ?? 0 },
    skip: year == null,
    fetchPolicy: 'cache-and-network',
  });
  const rows = useMemo(
    () => sortByTotal((data?.scoreboard ?? []).map((score) => toScoreboardRow(score, i18n.language))),
    [data?.scoreboard, i18n.language],
  );
  const [mode, setMode] = useScoreMode(rows);
  const chartRows = useMemo(() => rows.map((row) => rowInMode(row, mode)), [rows, mode]);

  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (year == null) return <PageError message={t('period.none')} />;

  return (
    <div className="scoreboard-page">
      <header className="page-header page-header--with-tools">
        <div>
          <h1>{t('scores.title')}</h1>
          <p className="page-subtitle">{t('scores.subtitle', { year })}</p>
        </div>
        <YearSelect periods={periods} year={year} onChange={setYear} />
      </header>
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
          <ScoreboardChart rows={chartRows} onSelect={(code) => navigate(kecamatanHref(code, year))} />
          <ScoreboardTable rows={rows} mode={mode} hrefOf={(code) => kecamatanHref(code, year)} />
        </>
      )}
    </div>
  );
}

export default ScoreboardPage;
