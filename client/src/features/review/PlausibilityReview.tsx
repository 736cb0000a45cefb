import { useTranslation } from 'react-i18next';
import { PlausibilityList } from '../submission/PlausibilityList';
import type {
  IndicatorFieldsFragment,
  SubmissionFieldsFragment,
  SubmissionReviewExtrasFragment,
} from '../../gql/graphql';
import { PreviousYearLine } from '../submission/PreviousYearLine';
import '../submission/PlausibilityNotice.css';

/** A submission as the queue lists it: the card's shape plus last year and the server's warnings. */
export type ReviewedSubmission = SubmissionFieldsFragment & Partial<SubmissionReviewExtrasFragment>;

/** Last year beside the answer, and the plausibility warnings (computed on the server) with the operator's note. */
export function PlausibilityReview({
  submission,
  indicator,
}: {
  submission: ReviewedSubmission;
  indicator: IndicatorFieldsFragment;
}) {
  const { t } = useTranslation();
  const warnings = submission.plausibility ?? [];
  return (
    <>
      <PreviousYearLine
        indicator={indicator}
        previous={submission.previousYear}
        points={submission.answer ? submission.points : null}
        testId="review-previous-year"
      />
      {warnings.length > 0 && (
        <div className="plausibility" data-testid="review-plausibility">
          <PlausibilityList title={t('plausibility.reviewTitle')} warnings={warnings} />
          <p className="plausibility-title">{t('plausibility.operatorNote')}</p>
          <p className="plausibility-note" data-testid="review-plausibility-note">
            {submission.plausibilityNote ?? <span className="muted">{t('plausibility.noOperatorNote')}</span>}
          </p>
        </div>
      )}
    </>
  );
}

/** The queue's marker of an answer with plausibility warnings (its words in the tooltip). */
export function PlausibilityMarker({ submission, testId }: { submission: ReviewedSubmission; testId: string }) {
  const { t, i18n } = useTranslation();
  const warnings = submission.plausibility ?? [];
  if (warnings.length === 0) return null;
  const words = warnings.map((w) => (i18n.language === 'en' ? w.messageEn : w.message)).join('; ');
  return (
    <span
      className="plausibility-marker"
      title={t('plausibility.markerTitle', { warnings: words })}
      data-testid={testId}
    >
      ⚠ {t('plausibility.marker')}
      {submission.plausibilityNote ? ' ✎' : ''}
    </span>
  );
}
