import { useId } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import type { AnswerFormValues } from '../submission/answer-draft';
import { AnswerFields } from '../submission/fields/AnswerFields';
import { NoteTextField } from '../submission/fields/NoteField';
import type { ReviewDecisionState } from './use-review-decision';
import type { ReviewAction } from './use-review-submission';

interface FormProps {
  indicator: IndicatorFieldsFragment;
  decision: ReviewDecisionState;
}

/** How each decision's button looks, in the order they stand. */
const ACTION_BUTTONS: ReadonlyArray<{ action: ReviewAction; className: string }> = [
  { action: 'verify', className: 'button button--primary' },
  { action: 'return', className: 'button button--danger' },
  { action: 'reopen', className: 'button' },
];

/** The buttons of the decisions the state allows. */
export function ReviewActionButtons({ code, decision }: { code: string; decision: ReviewDecisionState }) {
  const { t } = useTranslation();
  const { allowed, open } = decision;
  return (
    <div className="review-actions">
      {ACTION_BUTTONS.filter(({ action }) => allowed.includes(action)).map(({ action, className }) => (
        <button
          key={action}
          type="button"
          className={className}
          data-testid={`${action}-${code}`}
          onClick={() => open(action)}
        >
          {t(`review.${action}`)}
        </button>
      ))}
    </div>
  );
}

/** The inputs of a corrected value: the same ones the operator uses. */
function CorrectionFields({ indicator, idPrefix }: { indicator: IndicatorFieldsFragment; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="correction" aria-label={t('review.correctedValue')}>
      <p className="field-hint">{t('review.correctHint')}</p>
      <AnswerFields indicator={indicator} idPrefix={idPrefix} />
    </fieldset>
  );
}

/** Confirm the decision (its look and test id given) or cancel it. */
function DecisionFormActions({
  confirmClass,
  testId,
  text,
  decision,
}: {
  confirmClass: string;
  testId: string;
  text: string;
  decision: ReviewDecisionState;
}) {
  const { t } = useTranslation();
  const { busy } = decision;
  return (
    <div className="review-form-actions">
      <button type="submit" className={confirmClass} data-testid={testId} disabled={busy}>
        {busy ? t('review.working') : text}
      </button>
      <button type="button" className="button" onClick={decision.close} disabled={busy}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

/** Verify as entered, or with a corrected value and a note. */
export function VerifyForm({ indicator, decision }: FormProps) {
  const { t } = useTranslation();
  const { form, panel } = decision;
  const idPrefix = `correct-${indicator.code}`;
  return (
    <FormProvider {...form}>
      <form
        className="review-form"
        noValidate
        aria-label={t('review.verify')}
        onSubmit={(event) => {
          event.preventDefault();
          decision.confirmVerify();
        }}
      >
        <label className="check">
          <input
            type="checkbox"
            checked={panel.correct}
            onChange={(e) => decision.setCorrect(e.target.checked)}
            data-testid="correct-toggle"
          />
          <span>{t('review.correct')}</span>
        </label>
        {panel.correct && <CorrectionFields indicator={indicator} idPrefix={idPrefix} />}
        <VerificationNoteField idPrefix={idPrefix} required={panel.correct} />
        <DecisionFormActions
          confirmClass="button button--primary"
          testId="confirm-verify"
          text={t('review.confirmVerify')}
          decision={decision}
        />
      </form>
    </FormProvider>
  );
}

/** Return or reopen: both need a reason. */
export function ReasonForm({ mode, decision }: { mode: 'return' | 'reopen'; decision: ReviewDecisionState }) {
  const { t } = useTranslation();
  const { panel } = decision;
  const reasonId = useId();
  const hintId = `${reasonId}-hint`;
  const errorId = `${reasonId}-error`;
  const returning = mode === 'return';
  return (
    <form
      className="review-form"
      noValidate
      aria-label={returning ? t('review.return') : t('review.reopen')}
      onSubmit={(event) => {
        event.preventDefault();
        decision.confirmWithReason(mode);
      }}
    >
      <div className="field">
        <label htmlFor={reasonId} className="field-label">
          {returning ? t('review.returnReason') : t('review.reopenReason')}
        </label>
        <p id={hintId} className="field-hint">
          {returning ? t('review.returnReasonHint') : t('review.reopenReasonHint')}
        </p>
        <textarea
          id={reasonId}
          rows={3}
          value={panel.reason}
          required
          aria-invalid={panel.reasonError ? true : undefined}
          aria-describedby={panel.reasonError ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => decision.setReason(e.target.value)}
          data-testid="reason-input"
        />
        {panel.reasonError && (
          <p id={errorId} className="field-error" data-testid="error-reason">
            {panel.reasonError}
          </p>
        )}
      </div>
      <DecisionFormActions
        confirmClass={returning ? 'button button--danger' : 'button button--primary'}
        testId={returning ? 'confirm-return' : 'confirm-reopen'}
        text={returning ? t('review.confirmReturn') : t('review.confirmReopen')}
        decision={decision}
      />
    </form>
  );
}

/** The evaluator's note on a verification: required when the value is corrected. */
function VerificationNoteField({ idPrefix, required }: { idPrefix: string; required: boolean }) {
  const { t } = useTranslation();
  const { clearErrors } = useFormContext<AnswerFormValues>();
  return (
    <NoteTextField
      idPrefix={idPrefix}
      label={t('review.verificationNote')}
      hint={required ? t('review.verificationNoteRequired') : t('review.verificationNoteOptional')}
      testId="verify-note"
      required={required}
      onEdit={() => clearErrors('note')}
    />
  );
}
