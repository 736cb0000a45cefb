import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorFieldsFragment, OperatorFormQuery, SubmissionFieldsFragment } from '../../gql/graphql';
import { useSession } from '../../features/auth/use-session';
import { usePeriods } from '../../features/period/current-period';
import { PeriodDeadline, PeriodLockBanner } from '../../features/period/PeriodDeadline';
import { compareClusterCodes } from '../../features/scoring/score-model';
import { PageError, PageLoading } from '../../app/PageStatus';
import { OfflineMarker } from '../../features/offline-cache/OfflineMarker';
import type { IndicatorLabels } from '../../features/submission/SubmitForVerification';
import { SubmitForVerification } from '../../features/submission/SubmitForVerification';
import { CarryForwardOffer } from '../../features/submission/CarryForwardOffer';
import { DossierButton } from '../../features/dossier/DossierButton';
import { statusCountsOf, statusOf } from '../../features/submission/submission-status';
import { ClusterNavigator } from './ClusterNavigator';
import { ClusterSection } from './ClusterSection';
import { type ReturnedItem, ReturnedSummary } from './ReturnedSummary';
import { StatusCountList } from './StatusCountList';
import { OperatorFormDocument } from './operator-form.documents';
import { useRevealCardFromHash } from '../../features/notification/use-reveal-card-from-hash';
import { ProgressBar } from './ProgressBar';
import { pendingConfirmationOf, progressOf } from './form-progress';
import './OperatorFormPage.css';

/** The form's answers and indicators in the order they are shown, and lookups by indicator code. */
function useFormModel(data: OperatorFormQuery | undefined) {
  const submissionsByCode = useMemo(
    () => new Map<string, SubmissionFieldsFragment>((data?.submissions ?? []).map((s) => [s.indicatorCode, s])),
    [data?.submissions],
  );
  const previousByCode = useMemo(
    () => new Map((data?.previousYearAnswers ?? []).map((p) => [p.indicatorCode, p])),
    [data?.previousYearAnswers],
  );
  const clusters = useMemo(
    () =>
      [...(data?.clusters ?? [])]
        .sort((a, b) => compareClusterCodes(a.code, b.code))
        .map((cluster) => ({ ...cluster, indicators: [...cluster.indicators].sort((a, b) => a.number - b.number) })),
    [data?.clusters],
  );
  const indicators = useMemo(() => clusters.flatMap((c) => c.indicators), [clusters]);
  const indicatorLabels: IndicatorLabels = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const returned: ReturnedItem[] = useMemo(
    () =>
      indicators.flatMap((indicator) => {
        const submission = submissionsByCode.get(indicator.code);
        return submission && statusOf(submission) === 'RETURNED' ? [{ indicator, submission }] : [];
      }),
    [indicators, submissionsByCode],
  );
  return { submissionsByCode, previousByCode, clusters, indicators, indicatorLabels, returned };
}

/** The operator's own kecamatan, current open year: every indicator, cluster by cluster. */
export function OperatorFormPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const kecamatan = user?.kecamatan ?? null;
  const { periods, defaultPeriod, error: periodsError, refetch: refetchPeriods } = usePeriods();
  const year = defaultPeriod?.year;
  const readOnly = defaultPeriod?.status !== 'OPEN';

  const { data, error, refetch } = useQuery(OperatorFormDocument, {
    variables: { year: year ?? 0, kecamatanCode: kecamatan?.code ?? '' },
    skip: year == null || !kecamatan,
    // The cached answers (also those of the last visit, offline) show at once; the server's follow.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  const { submissionsByCode, previousByCode, clusters, indicators, indicatorLabels, returned } = useFormModel(data);

  useRevealCardFromHash(data != null);

  if (!kecamatan) return <PageError message={t('errors.noKecamatan')} />;
  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (!defaultPeriod || year == null) return <PageError message={t('period.none')} />;
  // Only a first load shows the spinner: a refetch must never unmount cards holding typed values.
  if (!data) return error ? <PageError onRetry={() => void refetch()} /> : <PageLoading />;

  const overall = progressOf(indicators, submissionsByCode);
  const counts = statusCountsOf(indicators, submissionsByCode);

  return (
    <div className="operator-form">
      <header className="page-header">
        <h1>{t('form.title')}</h1>
        <p className="page-subtitle">
          <span data-testid="form-kecamatan">{t('form.kecamatan', { name: kecamatan.name })}</span>
          <span aria-hidden="true"> · </span>
          <span data-testid="form-year">{t('form.year', { year })}</span>
        </p>
        <OfflineMarker error={error} />
        {defaultPeriod.deadline && !readOnly && <PeriodDeadline deadline={defaultPeriod.deadline} />}
        {readOnly && <PeriodLockBanner year={year} reason={defaultPeriod.statusReason ?? null} />}
        <OverallProgress indicators={indicators} submissionsByCode={submissionsByCode} />
        {!readOnly && <p className="page-note">{t('form.hint')}</p>}
        <FormActions
          year={year}
          kecamatanCode={kecamatan.code}
          readOnly={readOnly}
          open={counts.DRAFT + counts.RETURNED}
          indicatorLabels={indicatorLabels}
        />
      </header>

      <ClusterNavigator clusters={clusters} submissionsByCode={submissionsByCode} />

      {!readOnly && overall.answered < overall.total && (
        <CarryForwardOffer year={year} kecamatanCode={kecamatan.code} />
      )}

      <ReturnedSummary items={returned} />

      {clusters.map((cluster) => (
        <ClusterSection
          key={cluster.code}
          cluster={cluster}
          indicators={cluster.indicators}
          submissionsByCode={submissionsByCode}
          previousByCode={previousByCode}
          indicatorLabels={indicatorLabels}
          year={year}
          kecamatanCode={kecamatan.code}
          readOnly={readOnly}
        />
      ))}
    </div>
  );
}

/** "Keseluruhan": answered of total, the bar and the counts per status. */
function OverallProgress({
  indicators,
  submissionsByCode,
}: {
  indicators: readonly IndicatorFieldsFragment[];
  submissionsByCode: ReadonlyMap<string, SubmissionFieldsFragment>;
}) {
  const { t } = useTranslation();
  const overall = progressOf(indicators, submissionsByCode);
  return (
    <div className="overall-progress">
      <span className="overall-progress-label">{t('form.overall')}</span>
      <span data-testid="overall-progress">{t('form.progress', { ...overall })}</span>
      <ProgressBar value={overall.answered} max={overall.total} />
      <StatusCountList
        counts={statusCountsOf(indicators, submissionsByCode)}
        pendingConfirmation={pendingConfirmationOf(indicators, submissionsByCode)}
        testId="overall-status"
      />
    </div>
  );
}

interface FormActionsProps {
  year: number;
  kecamatanCode: string;
  readOnly: boolean;
  /** Answers still open (draft or returned). */
  open: number;
  indicatorLabels: IndicatorLabels;
}

/** While open: the import link and "Ajukan semua"; always: the dossier. */
function FormActions({ year, kecamatanCode, readOnly, open, indicatorLabels }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {!readOnly && (
        <p className="form-import-link">
          <Link to="/isian/impor" data-testid="open-import">
            {t('import.openFromForm')}
          </Link>
        </p>
      )}
      {!readOnly && (
        <div className="submit-all">
          <SubmitForVerification
            request={{ year, kecamatanCode: kecamatanCode }}
            label={t('submit.all')}
            testId="submit-all"
            resultKey="all"
            indicators={indicatorLabels}
            disabled={open === 0}
            disabledHint={t('submit.nothingOpen')}
            confirm={{ question: t('submit.confirmAll', { count: open }), testId: 'confirm-submit-all' }}
          />
        </div>
      )}
      <div className="form-dossier">
        <DossierButton scope={{ kind: 'kecamatan', code: kecamatanCode }} year={year} testId="dossier-own" />
      </div>
    </>
  );
}
