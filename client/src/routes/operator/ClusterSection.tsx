import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, PreviousYearFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { IndicatorCard, IndicatorCardPlaceholder } from '../../features/submission/IndicatorCard';
import { type IndicatorLabels, SubmitForVerification } from '../../features/submission/SubmitForVerification';
import { statusCountsOf } from '../../features/submission/submission-status';
import { ProgressBar } from './ProgressBar';
import { StatusCountList } from './StatusCountList';
import { pendingConfirmationOf, progressOf } from './form-progress';
import './ClusterSection.css';

export interface ClusterSectionProps {
  cluster: { code: string; name: string; nameEn: string };
  indicators: readonly IndicatorFieldsFragment[];
  submissionsByCode: ReadonlyMap<string, SubmissionFieldsFragment>;
  /** The previous real year's answers by indicator code (shown on each card). */
  previousByCode?: ReadonlyMap<string, PreviousYearFieldsFragment>;
  indicatorLabels: IndicatorLabels;
  year: number;
  kecamatanCode: string;
  readOnly: boolean;
}

/** The DOM id of a cluster's section, for the navigator's chips. */
export function clusterSectionId(code: string): string {
  return `cluster-section-${code}`;
}

/** One cluster: a collapsible section with its progress, counts per status, its cards and "Ajukan klaster". */
export function ClusterSection({
  cluster,
  indicators,
  submissionsByCode,
  previousByCode,
  indicatorLabels,
  year,
  kecamatanCode,
  readOnly,
}: ClusterSectionProps) {
  const { i18n } = useTranslation();
  const counts = statusCountsOf(indicators, submissionsByCode);
  const name = i18n.language === 'en' ? cluster.nameEn : cluster.name;
  const headingId = `cluster-${cluster.code}-title`;
  // A section's cards are mounted when it is first opened: on a cheap phone the form shows its six
  // summaries without rendering 24 cards with their forms first. Until then each card is a
  // placeholder with the card's id (links to a card open the section and wait for it).
  const [opened, setOpened] = useState(false);
  return (
    <section
      id={clusterSectionId(cluster.code)}
      className="cluster"
      aria-labelledby={headingId}
      data-testid={`cluster-${cluster.code}`}
    >
      {/* Closed at first: on a phone the six sections with their progress are the overview. Closing
          a section keeps its cards mounted, so typed values survive. The summary stays the first
          interactive element of the section (page objects open a section through it). */}
      <details className="cluster-details" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
        <ClusterSummary
          cluster={cluster}
          name={name}
          headingId={headingId}
          indicators={indicators}
          submissionsByCode={submissionsByCode}
        />
        <div className="cluster-cards">
          {indicators.map((indicator) =>
            opened ? (
              <IndicatorCard
                key={indicator.id}
                indicator={indicator}
                submission={submissionsByCode.get(indicator.code) ?? null}
                year={year}
                kecamatanCode={kecamatanCode}
                readOnly={readOnly}
                previousYear={previousByCode?.get(indicator.code) ?? null}
              />
            ) : (
              <IndicatorCardPlaceholder key={indicator.id} code={indicator.code} />
            ),
          )}
        </div>
        {!readOnly && (
          <ClusterSubmit
            clusterCode={cluster.code}
            open={counts.DRAFT + counts.RETURNED}
            indicatorLabels={indicatorLabels}
            year={year}
            kecamatanCode={kecamatanCode}
          />
        )}
      </details>
    </section>
  );
}

interface ClusterSummaryProps {
  cluster: ClusterSectionProps['cluster'];
  name: string;
  headingId: string;
  indicators: readonly IndicatorFieldsFragment[];
  submissionsByCode: ReadonlyMap<string, SubmissionFieldsFragment>;
}

/** The section's summary line: code and name, answered of total, the bar and counts per status. */
function ClusterSummary({ cluster, name, headingId, indicators, submissionsByCode }: ClusterSummaryProps) {
  const { t } = useTranslation();
  const progress = progressOf(indicators, submissionsByCode);
  const counts = statusCountsOf(indicators, submissionsByCode);
  return (
    <summary className="cluster-summary">
      <h2 id={headingId} className="cluster-title">
        <span className="cluster-code">{cluster.code}</span> {name}
      </h2>
      <span
        className={`cluster-progress${progress.answered === progress.total ? ' cluster-progress--done' : ''}`}
        data-testid={`cluster-progress-${cluster.code}`}
        aria-label={t('form.clusterProgressLabel', { ...progress })}
      >
        {t('form.clusterProgress', { ...progress })}
      </span>
      <ProgressBar value={progress.answered} max={progress.total} />
      <StatusCountList
        counts={counts}
        pendingConfirmation={pendingConfirmationOf(indicators, submissionsByCode)}
        testId={`cluster-status-${cluster.code}`}
      />
    </summary>
  );
}

interface ClusterSubmitProps {
  clusterCode: string;
  /** Answers still open (draft or returned): what "Ajukan klaster" would submit. */
  open: number;
  indicatorLabels: IndicatorLabels;
  year: number;
  kecamatanCode: string;
}

/** "Ajukan klaster": submits the cluster's open answers after a confirmation. */
function ClusterSubmit({ clusterCode, open, indicatorLabels, year, kecamatanCode }: ClusterSubmitProps) {
  const { t } = useTranslation();
  return (
    <div className="cluster-submit">
      <SubmitForVerification
        request={{ year, kecamatanCode, clusterCode }}
        label={t('submit.cluster', { cluster: clusterCode })}
        testId={`submit-cluster-${clusterCode}`}
        resultKey={`cluster-${clusterCode}`}
        indicators={indicatorLabels}
        disabled={open === 0}
        disabledHint={t('submit.nothingOpen')}
        confirm={{
          question: t('submit.confirmCluster', { count: open, cluster: clusterCode }),
          testId: `confirm-submit-cluster-${clusterCode}`,
        }}
      />
    </div>
  );
}
