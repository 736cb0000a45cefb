import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { ReasonForm, ReviewActionButtons, VerifyForm } from './ReviewDecisionForms';
import { type ResultMessage, useReviewDecision } from './use-review-decision';
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
      {result && <ReviewResult result={result} />}
      {allowed.length === 0 && (
        <p className="field-hint">{t('review.noActions', { status: t(`status.${submission.status}`) })}</p>
      )}
      {allowed.length > 0 && mode == null && <ReviewActionButtons code={indicator.code} decision={decision} />}
      {mode === 'verify' && <VerifyForm indicator={indicator} decision={decision} />}
      {(mode === 'return' || mode === 'reopen') && <ReasonForm mode={mode} decision={decision} />}
    </section>
  );
}

/** What came of the decision; brought into view, since a long panel may hide it. */
function ReviewResult({ result }: { result: ResultMessage }) {
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    resultRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
  return (
    <div
      ref={resultRef}
      className={result.tone === 'ok' ? 'review-result review-result--ok' : 'review-result review-result--error'}
      role={result.tone === 'ok' ? 'status' : 'alert'}
      data-testid="review-result"
      data-tone={result.tone}
    >
      <p>{result.text}</p>
      {result.detail && <p className="card-message-detail">{result.detail}</p>}
    </div>
  );
}
