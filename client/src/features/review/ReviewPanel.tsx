import { type Ref, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../shared/format';
import { ReviewEvidenceSlot } from '../evidence/EvidenceSlot';
import { describeAnswer } from '../submission/format-answer';
import { StatusBadge } from '../submission/StatusBadge';
import { indicatorTitle } from '../submission/submission-status';
import { indicatorText } from '../../shared/localized';
import { ChangesSinceReturn } from './ChangesSinceReturn';
import { PlausibilityReview, type ReviewedSubmission } from './PlausibilityReview';
import { ReviewDecision } from './ReviewDecision';
import { SubmissionHistory } from './SubmissionHistory';
import { PanelConversation } from '../comment/PanelConversation';
import '../submission/IndicatorCardHeader.css';
import './review.css';

export interface ReviewPanelProps {
  submission: ReviewedSubmission;
  indicator: IndicatorFieldsFragment;
  kecamatanName: string;
  onClose: () => void;
  /** The panel's heading, focused when the panel opens. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * One answer under review: what was entered, what changed since it was returned, the evidence,
 * the decision and the history. A side panel on wide screens, full screen on a phone (CSS).
 */
export function ReviewPanel({ submission, indicator, kecamatanName, onClose, headingRef }: ReviewPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = `review-${submission.id}-title`;

  useCloseOnEscape(onClose);

  return (
    <section
      className="review-panel"
      aria-labelledby={headingId}
      data-testid="review-panel"
      data-submission={submission.id}
    >
      <header className="review-panel-header">
        <div className="review-panel-heading">
          <p className="review-panel-kecamatan">{t('form.kecamatan', { name: kecamatanName })}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {indicatorTitle(indicator, language)}
          </h2>
        </div>
        <button type="button" className="button button--close" onClick={onClose} data-testid="review-close">
          {t('common.close')}
        </button>
      </header>
      <div className="review-panel-body">
        <p className="review-panel-status">
          <StatusBadge status={submission.status} testId="review-status" />
          <span className="indicator-code">{indicator.code}</span>
        </p>
        <p className="indicator-name">{indicatorText(indicator, 'name', language)}</p>

        <ReviewFacts submission={submission} indicator={indicator} />

        <PlausibilityReview submission={submission} indicator={indicator} />

        {submission.statusReason && (
          <div className="review-reason">
            <p className="review-reason-title">{t('review.lastReason')}</p>
            <p>{submission.statusReason}</p>
          </div>
        )}

        <ChangesSinceReturn indicator={indicator} submission={submission} />

        <ReviewEvidenceSlot
          indicatorCode={indicator.code}
          submissionId={submission.id}
          returnedEvidenceFileIds={submission.returnedVersion?.evidenceFileIds ?? null}
          canJudge={submission.status === 'SUBMITTED'}
          requirements={indicator.evidenceRequirements}
        />

        <ReviewDecision indicator={indicator} submission={submission} />

        <PanelConversation submissionId={submission.id} indicator={indicator} />

        <SubmissionHistory submissionId={submission.id} indicator={indicator} />
      </div>
    </section>
  );
}

/** Escape closes the panel. */
function useCloseOnEscape(onClose: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
}

/** What was entered and scored, what was verified, and who changed it last. */
function ReviewFacts({
  submission,
  indicator,
}: {
  submission: ReviewedSubmission;
  indicator: IndicatorFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const max = formatNumber(indicator.maxPoints, language);
  return (
    <dl className="review-facts">
      <dt>{t('review.answer')}</dt>
      <dd data-testid="review-answer">{describeAnswer(indicator, submission.answer, t, language)}</dd>
      <dt>{t('review.operatorNote')}</dt>
      <dd data-testid="review-note">{submission.note ?? <span className="muted">{t('review.noNote')}</span>}</dd>
      <dt>{t('review.points')}</dt>
      <dd>
        {formatNumber(submission.points, language)} / {max}
      </dd>
      {submission.status === 'VERIFIED' && (
        <>
          <dt>{t('workflow.verifiedValue')}</dt>
          <dd data-testid="review-verified-answer">
            {describeAnswer(indicator, submission.verifiedAnswer, t, language)}
            {submission.verifiedPoints != null && ` · ${formatNumber(submission.verifiedPoints, language)} / ${max}`}
          </dd>
          {submission.verificationNote && (
            <>
              <dt>{t('workflow.verificationNote')}</dt>
              <dd>{submission.verificationNote}</dd>
            </>
          )}
        </>
      )}
      <dt>{t('review.lastChange')}</dt>
      <dd>
        {t('conflict.by', {
          name: submission.updatedBy?.displayName ?? t('conflict.someone'),
          time: formatDateTime(submission.updatedAt, language),
        })}
      </dd>
    </dl>
  );
}
