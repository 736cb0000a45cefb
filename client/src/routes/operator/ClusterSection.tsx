import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { IndicatorCard } from '../../features/submission/IndicatorCard';
import { ProgressBar } from './ProgressBar';
import { progressOf } from './form-progress';

export interface ClusterSectionProps {
  cluster: { code: string; name: string; nameEn: string };
  indicators: readonly IndicatorFieldsFragment[];
  submissionsByCode: ReadonlyMap<string, SubmissionFieldsFragment>;
  year: number;
  kecamatanCode: string;
  readOnly: boolean;
}

/** One cluster: a collapsible section with its progress and its indicator cards. */
export function ClusterSection({ cluster, indicators, submissionsByCode, year, kecamatanCode, readOnly }: ClusterSectionProps) {
  const { t, i18n } = useTranslation();
  const progress = progressOf(indicators, submissionsByCode);
  const name = i18n.language === 'en' ? cluster.nameEn : cluster.name;
  const headingId = `cluster-${cluster.code}-title`;
  return (
    <section className="cluster" aria-labelledby={headingId} data-testid={`cluster-${cluster.code}`}>
      {/* Closed at first: on a phone the six sections with their progress are the overview. Closing
          a section keeps its cards mounted, so typed values survive. */}
      <details className="cluster-details">
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
        </summary>
        <div className="cluster-cards">
          {indicators.map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              submission={submissionsByCode.get(indicator.code) ?? null}
              year={year}
              kecamatanCode={kecamatanCode}
              readOnly={readOnly}
            />
          ))}
        </div>
      </details>
    </section>
  );
}
