import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionStatus } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../shared/format';
import { sameDraft } from './answer-draft';
import type { SubmissionDraft } from './answer-draft';
import { describeAnswer } from './format-answer';
import type { SavedSubmission } from './submission-saver';
import './IndicatorCard.css';

interface Props {
  indicator: IndicatorFieldsFragment;
  status: SubmissionStatus;
  submission: SavedSubmission | null;
  pendingCarry: { fromYear: number } | null;
  savedDraft: SubmissionDraft;
}

/** The carry-forward marker, the evaluator's reason, and the submitted / verified notices. */
export function IndicatorStatusNotices({ indicator, status, submission, pendingCarry, savedDraft }: Props) {
  const { t, i18n } = useTranslation();
  const { code } = indicator;
  return (
    <>
      {pendingCarry && (
        <div className="carry-marker" data-testid={`carry-marker-${code}`}>
          <p className="carry-marker-title">{t('carry.marker', { year: pendingCarry.fromYear })}</p>
          <p className="carry-marker-hint">{t('carry.markerHint')}</p>
        </div>
      )}
      {status === 'RETURNED' && submission?.statusReason && (
        <div className="return-reason" role="alert" data-testid={`return-reason-${code}`}>
          <p className="return-reason-title">{t('workflow.returnedTitle')}</p>
          <p className="return-reason-text">{submission.statusReason}</p>
          {submission.statusChangedAt && (
            <p className="return-reason-meta">
              {t('workflow.returnedAt', { time: formatDateTime(submission.statusChangedAt, i18n.language) })}
            </p>
          )}
        </div>
      )}
      {status === 'SUBMITTED' && (
        <p className="status-notice" data-testid={`locked-${code}`}>
          {t('workflow.submittedNotice')}
        </p>
      )}
      {status === 'VERIFIED' && submission && (
        <VerifiedNotice indicator={indicator} submission={submission} savedDraft={savedDraft} />
      )}
    </>
  );
}

function VerifiedNotice({
  indicator,
  submission,
  savedDraft,
}: {
  indicator: IndicatorFieldsFragment;
  submission: SavedSubmission;
  savedDraft: SubmissionDraft;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { code, measureType } = indicator;
  const differs = !sameDraft(
    measureType,
    { answer: submission.verifiedAnswer ?? null, note: null },
    { answer: savedDraft.answer, note: null },
  );
  return (
    <div className="status-notice status-notice--verified" data-testid={`locked-${code}`}>
      <p>{differs ? t('workflow.verifiedCorrected') : t('workflow.verifiedNotice')}</p>
      {differs && (
        <dl className="verified-value" data-testid={`verified-value-${code}`}>
          <dt>{t('workflow.verifiedValue')}</dt>
          <dd>
            {describeAnswer(indicator, submission.verifiedAnswer, t, language)}
            {submission.verifiedPoints != null && (
              <span className="verified-points">
                {' '}
                ·{' '}
                {t('indicator.points', {
                  points: formatNumber(submission.verifiedPoints, language),
                  max: formatNumber(indicator.maxPoints, language),
                })}
              </span>
            )}
          </dd>
          {submission.verificationNote && (
            <>
              <dt>{t('workflow.verificationNote')}</dt>
              <dd>{submission.verificationNote}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
