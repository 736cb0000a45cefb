import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { ReasonForm, ReviewActionButtons, VerifyForm } from './ReviewDecisionForms';
import { useReviewDecision } from './use-review-decision';
import { ReviewResultBox } from './ReviewResultBox';
import './review.css';

export interface ReviewDecisionProps {
  indicator: IndicatorFieldsFragment;
  submission: SubmissionFieldsFragment;
}

/**
 * The evaluator's decision on one answer: verify (as entered or corrected, with the same inputs the
 * operator uses), return with a reason, or reopen a verified one with a reason. Always through
 * useReviewSubmission, based on the version shown.
 */
export function ReviewDecision({ indicator, submission }: ReviewDecisionProps) {
  const { t } = useTranslation();
  const decision = useReviewDecision(indicator, submission);
  const { allowed, mode, result } = decision;
  return (
    <section className="review-section review-decision" aria-label={t('review.decision')}>
      {result && <ReviewResultBox result={result} testId="review-result" bringIntoView />}
      {allowed.length === 0 && (
        <p className="field-hint">{t('review.noActions', { status: t(`status.${submission.status}`) })}</p>
      )}
      {allowed.length > 0 && mode == null && <ReviewActionButtons code={indicator.code} decision={decision} />}
      {mode === 'verify' && <VerifyForm indicator={indicator} decision={decision} />}
      {(mode === 'return' || mode === 'reopen') && <ReasonForm mode={mode} decision={decision} />}
    </section>
  );
}
