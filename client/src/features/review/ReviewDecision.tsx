import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type {
  AnswerInput,
  IndicatorFieldsFragment,
  SubmissionFieldsFragment,
  SubmissionStatus,
} from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import {
  type AnswerFormValues,
  answerOfMeasure,
  draftFromForm,
  formFieldOfPath,
  formFromStored,
  sameDraft,
  validateDraft,
} from '../submission/answer-draft';
import { CountField } from '../submission/fields/CountField';
import { FieldMessage, fieldIds, useFieldInvalid } from '../submission/fields/FieldMessage';
import { OptionsField } from '../submission/fields/OptionsField';
import { PercentageField } from '../submission/fields/PercentageField';
import { YesNoField } from '../submission/fields/YesNoField';
import { indicatorTitle } from '../submission/submission-status';
import { type ReviewAction, type ReviewOutcome, useReviewSubmission } from './use-review-submission';
import './review.css';

type Mode = ReviewAction | null;

/** When the submission last changed: its answer (updatedAt) or its state (statusChangedAt). */
function latestChangeOf(submission: Pick<SubmissionFieldsFragment, 'updatedAt' | 'statusChangedAt'>): string {
  const { updatedAt, statusChangedAt } = submission;
  return statusChangedAt && statusChangedAt > updatedAt ? statusChangedAt : updatedAt;
}

/** Which decisions a state allows. */
function actionsFor(status: SubmissionStatus): ReviewAction[] {
  if (status === 'SUBMITTED') return ['verify', 'return'];
  if (status === 'VERIFIED') return ['reopen'];
  return [];
}

interface ResultMessage {
  tone: 'ok' | 'error';
  text: string;
  detail?: string;
}

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
  const { t, i18n } = useTranslation();
  const review = useReviewSubmission();
  const { code, measureType } = indicator;
  const allowed = actionsFor(submission.status);
  const [requestedMode, setMode] = useState<Mode>(null);
  // A decision no longer allowed (someone else moved the answer on) closes by itself.
  const mode = requestedMode && allowed.includes(requestedMode) ? requestedMode : null;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [correct, setCorrect] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ResultMessage | null>(null);
  const reasonId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  // A result (above all a refusal) may appear out of view in a long panel: bring it in.
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
  const reasonErrorId = `${reasonId}-error`;

  const optionValues = useMemo(() => indicator.options.map((o) => o.value), [indicator.options]);
  const allowNoCases = indicator.scoring.noCasesPoints != null;
  // The correction starts from the entered value; the note is the evaluator's own (empty).
  const startValues = (): AnswerFormValues => ({ ...formFromStored(submission), note: '' });
  const form = useForm<AnswerFormValues>({ defaultValues: startValues(), shouldFocusError: false });

  // Another submission opened in the same panel: start over. (A new version of this one keeps what
  // the evaluator typed; the panel above shows the new values.)
  useEffect(() => {
    setMode(null);
    setResult(null);
    setReason('');
    setReasonError(null);
    setCorrect(false);
  }, [submission.id]);

  function open(next: ReviewAction) {
    setMode(next);
    setResult(null);
    setReason('');
    setReasonError(null);
    setCorrect(false);
    form.reset(startValues());
  }

  function show(outcome: ReviewOutcome) {
    switch (outcome.kind) {
      case 'reviewed':
        setMode(null);
        setResult({ tone: 'ok', text: t(`review.done.${outcome.action}`) });
        return;
      case 'invalid': {
        const general: string[] = [];
        for (const error of outcome.fieldErrors) {
          if (error.field === 'reason') {
            setReasonError(error.code === 'REQUIRED' ? t('review.reasonRequired') : error.message);
            continue;
          }
          const field = formFieldOfPath(error.field.replace(/^correctedAnswer\./, 'answer.'));
          if (field) form.setError(field, { type: error.code, message: error.message });
          else general.push(error.message);
        }
        setResult({ tone: 'error', text: t('review.invalid'), detail: general.join(' ') || undefined });
        return;
      }
      case 'invalidTransition':
        setResult({
          tone: 'error',
          text: t('review.invalidTransition', {
            indicator: indicatorTitle(indicator),
            status: t(`status.${outcome.currentStatus}`),
          }),
          detail: outcome.message,
        });
        return;
      case 'stale':
        setResult({
          tone: 'error',
          text: t('review.stale', { time: formatDateTime(latestChangeOf(outcome.current), i18n.language) }),
          detail: t('review.staleReloaded', { status: t(`status.${outcome.current.status}`) }),
        });
        return;
      case 'notAllowed':
        setResult({ tone: 'error', text: t('review.notAllowed'), detail: outcome.message });
        return;
      case 'failed':
        setResult({
          tone: 'error',
          text: outcome.retryable ? t('review.network') : t('review.failed', { message: outcome.message }),
        });
        return;
    }
  }

  async function run(action: () => Promise<ReviewOutcome>) {
    setBusy(true);
    setResult(null);
    try {
      show(await action());
    } finally {
      setBusy(false);
    }
  }

  function confirmWithReason(action: 'return' | 'reopen') {
    if (reason.trim() === '') {
      setReasonError(t('review.reasonRequired'));
      return;
    }
    setReasonError(null);
    const target = { id: submission.id, version: submission.version };
    void run(() =>
      action === 'return'
        ? review.returnSubmission({ submission: target, reason })
        : review.reopen({ submission: target, reason }),
    );
  }

  function confirmVerify() {
    form.clearErrors();
    const values = form.getValues();
    const note = values.note.trim() === '' ? null : values.note.trim();
    const target = { id: submission.id, version: submission.version };
    if (!correct) {
      void run(() => review.verify({ submission: target, correctedAnswer: null, note }));
      return;
    }
    const draft = draftFromForm(measureType, values);
    const problems = validateDraft(measureType, optionValues, { answer: draft.answer, note }, allowNoCases);
    if (draft.answer == null) {
      const first =
        measureType === 'PERCENTAGE'
          ? 'numerator'
          : measureType === 'COUNT'
            ? 'count'
            : measureType === 'YES_NO'
              ? 'yes'
              : 'option';
      form.setError(first, { type: 'REQUIRED' });
      return;
    }
    if (problems.length > 0) {
      for (const problem of problems) {
        const field = formFieldOfPath(problem.field);
        if (field) form.setError(field, { type: problem.code, message: problem.message });
      }
      return;
    }
    const differs = !sameDraft(
      measureType,
      { answer: draft.answer, note: null },
      { answer: answerOfMeasure(measureType, submission.answer), note: null },
    );
    if (!differs) {
      // The "correction" is the entered value: verify as entered, no note needed.
      void run(() => review.verify({ submission: target, correctedAnswer: null, note }));
      return;
    }
    if (!note) {
      form.setError('note', { type: 'REQUIRED' });
      return;
    }
    void run(() =>
      review.verify({
        submission: target,
        correctedAnswer: answerOfMeasure(measureType, draft.answer) as AnswerInput,
        note,
      }),
    );
  }

  const correctPrefix = `correct-${code}`;
  return (
    <section className="review-section review-decision" aria-label={t('review.decision')}>
      {result && (
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
      )}
      {allowed.length === 0 && (
        <p className="field-hint">{t('review.noActions', { status: t(`status.${submission.status}`) })}</p>
      )}
      {allowed.length > 0 && mode == null && (
        <div className="review-actions">
          {allowed.includes('verify') && (
            <button
              type="button"
              className="button button--primary"
              data-testid={`verify-${code}`}
              onClick={() => open('verify')}
            >
              {t('review.verify')}
            </button>
          )}
          {allowed.includes('return') && (
            <button
              type="button"
              className="button button--danger"
              data-testid={`return-${code}`}
              onClick={() => open('return')}
            >
              {t('review.return')}
            </button>
          )}
          {allowed.includes('reopen') && (
            <button type="button" className="button" data-testid={`reopen-${code}`} onClick={() => open('reopen')}>
              {t('review.reopen')}
            </button>
          )}
        </div>
      )}

      {mode === 'verify' && (
        <FormProvider {...form}>
          <form
            className="review-form"
            noValidate
            aria-label={t('review.verify')}
            onSubmit={(event) => {
              event.preventDefault();
              confirmVerify();
            }}
          >
            <label className="check">
              <input
                type="checkbox"
                checked={correct}
                onChange={(e) => setCorrect(e.target.checked)}
                data-testid="correct-toggle"
              />
              <span>{t('review.correct')}</span>
            </label>
            {correct && (
              <fieldset className="correction" aria-label={t('review.correctedValue')}>
                <p className="field-hint">{t('review.correctHint')}</p>
                {measureType === 'PERCENTAGE' && (
                  <PercentageField
                    idPrefix={correctPrefix}
                    numeratorLabel={indicator.numeratorLabel}
                    denominatorLabel={indicator.denominatorLabel}
                    allowNoCases={allowNoCases}
                  />
                )}
                {measureType === 'COUNT' && <CountField idPrefix={correctPrefix} unit={indicator.unit} />}
                {measureType === 'YES_NO' && <YesNoField idPrefix={correctPrefix} />}
                {measureType === 'OPTIONS' && <OptionsField idPrefix={correctPrefix} options={indicator.options} />}
              </fieldset>
            )}
            <VerificationNoteField idPrefix={correctPrefix} required={correct} />
            <div className="review-form-actions">
              <button type="submit" className="button button--primary" data-testid="confirm-verify" disabled={busy}>
                {busy ? t('review.working') : t('review.confirmVerify')}
              </button>
              <button type="button" className="button" onClick={() => setMode(null)} disabled={busy}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </FormProvider>
      )}

      {(mode === 'return' || mode === 'reopen') && (
        <form
          className="review-form"
          noValidate
          aria-label={mode === 'return' ? t('review.return') : t('review.reopen')}
          onSubmit={(event) => {
            event.preventDefault();
            confirmWithReason(mode);
          }}
        >
          <div className="field">
            <label htmlFor={reasonId} className="field-label">
              {mode === 'return' ? t('review.returnReason') : t('review.reopenReason')}
            </label>
            <p id={`${reasonId}-hint`} className="field-hint">
              {mode === 'return' ? t('review.returnReasonHint') : t('review.reopenReasonHint')}
            </p>
            <textarea
              id={reasonId}
              rows={3}
              value={reason}
              required
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-hint ${reasonErrorId}` : `${reasonId}-hint`}
              onChange={(e) => setReason(e.target.value)}
              data-testid="reason-input"
            />
            {reasonError && (
              <p id={reasonErrorId} className="field-error" data-testid="error-reason">
                {reasonError}
              </p>
            )}
          </div>
          <div className="review-form-actions">
            <button
              type="submit"
              className={mode === 'return' ? 'button button--danger' : 'button button--primary'}
              data-testid={mode === 'return' ? 'confirm-return' : 'confirm-reopen'}
              disabled={busy}
            >
              {busy ? t('review.working') : mode === 'return' ? t('review.confirmReturn') : t('review.confirmReopen')}
            </button>
            <button type="button" className="button" onClick={() => setMode(null)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** The evaluator's note on a verification: required when the value is corrected. */
function VerificationNoteField({ idPrefix, required }: { idPrefix: string; required: boolean }) {
  const { t } = useTranslation();
  const { register, clearErrors } = useFormContext<AnswerFormValues>();
  const { inputId, errorId } = fieldIds(idPrefix, 'note');
  const hintId = `${idPrefix}-note-hint`;
  const invalid = useFieldInvalid('note');
  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {t('review.verificationNote')}
      </label>
      <p id={hintId} className="field-hint">
        {required ? t('review.verificationNoteRequired') : t('review.verificationNoteOptional')}
      </p>
      <textarea
        id={inputId}
        rows={2}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        data-testid="verify-note"
        {...register('note', { onChange: () => clearErrors('note') })}
      />
      <FieldMessage id={errorId} name="note" />
    </div>
  );
}
