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
  const { t, i18n } = useTranslation();
  const progress = progressOf(indicators, submissionsByCode);
  const counts = statusCountsOf(indicators, submissionsByCode);
  const open = counts.DRAFT + counts.RETURNED;
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
          <div className="cluster-submit">
            <SubmitForVerification
              request={{ year, kecamatanCode, clusterCode: cluster.code }}
              label={t('submit.cluster', { cluster: cluster.code })}
              testId={`submit-cluster-${cluster.code}`}
              resultKey={`cluster-${cluster.code}`}
              indicators={indicatorLabels}
              disabled={open === 0}
              disabledHint={t('submit.nothingOpen')}
              confirm={{
                question: t('submit.confirmCluster', { count: open, cluster: cluster.code }),
                testId: `confirm-submit-cluster-${cluster.code}`,
              }}
            />
          </div>
        )}
      </details>
    </section>
  );
}
