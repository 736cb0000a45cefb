import { type FocusEvent, type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, type Resolver, FormProvider, useForm, useWatch } from 'react-hook-form';
import { isAnswered } from '@kecala/domain';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../shared/format';
import {
  type AnswerFormValues,
  type SubmissionDraft,
  EMPTY_FORM,
  draftFromForm,
  draftFromStored,
  formFieldOfPath,
  formFromStored,
  sameDraft,
  validateDraft,
} from './answer-draft';
import { describeAnswer } from './format-answer';
import { CountField } from './fields/CountField';
import { OptionsField } from './fields/OptionsField';
import { PercentageField } from './fields/PercentageField';
import { YesNoField } from './fields/YesNoField';
import { NoteField } from './fields/NoteField';
import { type IdleDetail, type SaveState, SaveStateBadge } from './SaveStateBadge';
import { type SaveSubmissionOutcome, type SavedSubmission, useSaveSubmission } from './use-save-submission';
import { IndicatorEvidenceSlot } from '../evidence/EvidenceSlot';
import { StatusBadge } from './StatusBadge';
import { type IndicatorLabels, SubmitForVerification } from './SubmitForVerification';
import { isEditableStatus, statusOf } from './submission-status';
import { useConfirmCarriedForward } from './use-carry-forward';

export interface IndicatorCardProps {
  indicator: IndicatorFieldsFragment;
  /** The stored answer, or null when this indicator was never saved. */
  submission: SavedSubmission | null;
  year: number;
  kecamatanCode: string;
  /** The period is closed: nothing can be changed or submitted. */
  readOnly?: boolean;
}

/** The DOM id of an indicator's card, for links that scroll to it. */
export function indicatorCardId(code: string): string {
  return `indicator-card-${code}`;
}

/** What the server holds, as far as this card knows: the base of the user's edits. */
interface SavedState {
  draft: SubmissionDraft;
  version: number;
}

interface CardMessage {
  text: string;
  detail?: string;
}

/**
 * What the form starts from: a pending carried-forward answer shows its carried value (the
 * server keeps the answer itself empty until it is confirmed), so an untouched card is not
 * "dirty" and leaving it saves nothing; editing the value saves it, which clears the marker.
 */
export function formBaseOf(submission: SavedSubmission | null): SavedSubmission | null {
  if (!submission?.carriedForward?.pending) return submission;
  return { ...submission, answer: submission.carriedForward.answer ?? null };
}

/** react-hook-form resolver running the shared domain rules; errors carry the domain code as type. */
function domainResolver(indicator: IndicatorFieldsFragment, optionValues: readonly string[]): Resolver<AnswerFormValues> {
  const allowNoCases = indicator.scoring.noCasesPoints != null;
  return async (values) => {
    const problems = validateDraft(indicator.measureType, optionValues, draftFromForm(indicator.measureType, values), allowNoCases);
    if (problems.length === 0) return { values, errors: {} };
    const errors: FieldErrors<AnswerFormValues> = {};
    for (const problem of problems) {
      const field = formFieldOfPath(problem.field);
      if (field && !errors[field]) errors[field] = { type: problem.code, message: problem.message };
    }
    return { values: {}, errors };
  };
}

/**
 * One indicator: its answer control, note, guidance, save state and workflow status. It saves when
 * focus leaves the card, when a choice is tapped, or on "Simpan" — always through
 * useSaveSubmission — and submits through useSubmitSubmissions. SUBMITTED and VERIFIED answers are
 * read-only; a RETURNED one shows the evaluator's reason.
 */
export function IndicatorCard({ indicator, submission: storedSubmission, year, kecamatanCode, readOnly: periodClosed = false }: IndicatorCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const saveSubmission = useSaveSubmission();
  const confirmCarriedForward = useConfirmCarriedForward();
  const pendingCarry = storedSubmission?.carriedForward?.pending ? storedSubmission.carriedForward : null;
  // The form works on the carried value while it waits for confirmation; points read storedSubmission.
  const submission = useMemo(() => formBaseOf(storedSubmission), [storedSubmission]);
  const [confirming, setConfirming] = useState(false);
  const { measureType, code } = indicator;
  const status = statusOf(submission);
  const statusEditable = isEditableStatus(status);
  // Submitted or verified answers are locked for the operator, like a closed period.
  const readOnly = periodClosed || !statusEditable;
  const optionValues = useMemo(() => indicator.options.map((option) => option.value), [indicator.options]);
  const resolver = useMemo(() => domainResolver(indicator, optionValues), [indicator, optionValues]);

  const form = useForm<AnswerFormValues>({
    defaultValues: formFromStored(submission),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Saving on blur must not pull focus back into a card the user has just left.
    shouldFocusError: false,
  });

  const initialSaved: SavedState = { draft: draftFromStored(measureType, submission), version: submission?.version ?? 0 };
  const [saved, setSavedState] = useState<SavedState>(initialSaved);
  const savedRef = useRef<SavedState>(initialSaved);
  const setSaved = useCallback((next: SavedState) => {
    savedRef.current = next;
    setSavedState(next);
  }, []);

  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<CardMessage | null>(null);
  const [conflict, setConflictState] = useState<SavedSubmission | null>(null);
  const conflictRef = useRef<SavedSubmission | null>(null);
  const setConflict = useCallback((next: SavedSubmission | null) => {
    conflictRef.current = next;
    setConflictState(next);
  }, []);

  const inFlight = useRef(false);
  const saveAgain = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const watched = useWatch({ control: form.control });
  const currentDraft = draftFromForm(measureType, { ...EMPTY_FORM, ...watched });
  const dirty = !sameDraft(measureType, currentDraft, saved.draft);

  const handleOutcome = useCallback(
    (outcome: SaveSubmissionOutcome, sent: SubmissionDraft) => {
      switch (outcome.kind) {
        case 'saved':
          setSaved({ draft: draftFromStored(measureType, outcome.submission), version: outcome.submission.version });
          // Back to "not yet submitted": no live errors while the user retypes a saved value.
          form.reset(form.getValues(), { keepValues: true });
          setConflict(null);
          setMessage(null);
          setSaveState('saved');
          return;
        case 'invalid': {
          const general: string[] = [];
          for (const fieldError of outcome.fieldErrors) {
            const field = formFieldOfPath(fieldError.field);
            if (field) form.setError(field, { type: fieldError.code, message: fieldError.message }, { shouldFocus: false });
            else general.push(fieldError.message);
          }
          setMessage({ text: t('save.invalid'), detail: general.length > 0 ? general.join(' ') : undefined });
          setSaveState('failed');
          return;
        }
        case 'stale': {
          const current = outcome.current;
          if (sameDraft(measureType, draftFromStored(measureType, current), sent)) {
            // The other change stored exactly what this user typed: nothing to decide.
            setSaved({ draft: draftFromStored(measureType, current), version: current.version });
            setMessage(null);
            setSaveState('saved');
            return;
          }
          setConflict(current);
          setMessage(null);
          setSaveState('failed');
          return;
        }
        case 'periodClosed':
          setMessage({ text: t('save.periodClosed', { year: outcome.year }), detail: outcome.message });
          setSaveState('failed');
          return;
        case 'notAllowed':
          setMessage({ text: t('save.notAllowed'), detail: outcome.message });
          setSaveState('failed');
          return;
        case 'locked':
          setMessage({ text: t('save.locked', { status: t(`status.${outcome.currentStatus}`) }), detail: outcome.message });
          setSaveState('failed');
          return;
        case 'failed':
          setMessage(
            outcome.retryable
              ? { text: t('save.network'), detail: outcome.message }
              : { text: t('save.failed', { message: outcome.message }) },
          );
          setSaveState('failed');
          return;
      }
    },
    [form, measureType, setConflict, setSaved, t],
  );

  /**
   * Saves the card when its content differs from what the server holds. Only one save per card
   * runs at a time; a request made meanwhile runs after it, with the version it returned.
   */
  const attemptSave = useCallback(
    async (options: { force?: boolean } = {}) => {
      if (readOnly) return;
      if (inFlight.current) {
        saveAgain.current = true;
        return;
      }
      if (conflictRef.current && !options.force) return;
      if (!options.force && sameDraft(measureType, draftFromForm(measureType, form.getValues()), savedRef.current.draft)) {
        // Back to the stored value: nothing to save, and an earlier refusal no longer applies.
        form.clearErrors();
        setMessage(null);
        setSaveState((state) => (state === 'failed' ? 'idle' : state));
        return;
      }
      inFlight.current = true;
      try {
        // handleSubmit (not trigger) marks the form submitted, so errors then update as the user types.
        let valid = false;
        await form.handleSubmit(
          () => {
            valid = true;
          },
          () => {
            valid = false;
          },
        )();
        if (!valid) {
          if (mounted.current) {
            setMessage({ text: t('save.invalid') });
            setSaveState('failed');
          }
          return;
        }
        const draft = draftFromForm(measureType, form.getValues());
        setSaveState('saving');
        setMessage(null);
        const outcome = await saveSubmission({
          year,
          kecamatanCode,
          indicatorCode: code,
          measureType,
          optionValues,
          allowNoCases: indicator.scoring.noCasesPoints != null,
          draft,
          expectedVersion: savedRef.current.version,
        });
        if (mounted.current) handleOutcome(outcome, draft);
      } finally {
        inFlight.current = false;
      }
      if (saveAgain.current && mounted.current) {
        saveAgain.current = false;
        await attemptSave();
      }
    },
    [code, form, handleOutcome, indicator.scoring.noCasesPoints, kecamatanCode, measureType, optionValues, readOnly, saveSubmission, t, year],
  );

  // Adopt a newer stored answer (e.g. after "take the server's") unless the user has unsaved edits.
  const storedVersion = submission?.version ?? 0;
  useEffect(() => {
    if (!submission || storedVersion <= savedRef.current.version) return;
    if (inFlight.current || conflictRef.current) return;
    const stored = draftFromStored(measureType, submission);
    if (sameDraft(measureType, stored, savedRef.current.draft)) {
      // Same answer under a newer version (e.g. an evidence upload created the row): keep what is
      // typed, and base the next save on that version so it is not taken for a conflict.
      setSaved({ draft: stored, version: storedVersion });
      return;
    }
    if (!sameDraft(measureType, draftFromForm(measureType, form.getValues()), savedRef.current.draft)) return;
    form.reset(formFromStored(submission));
    setSaved({ draft: draftFromStored(measureType, submission), version: storedVersion });
    // Only a new stored version matters here; the rest is read through refs.
  }, [storedVersion]);

  // Submitted (here or by "Ajukan semua"/"Ajukan klaster") or verified: show exactly what the server
  // holds; anything typed and not saved could no longer be saved anyway.
  const lockedVersion = statusEditable ? null : (submission?.version ?? null);
  useEffect(() => {
    if (lockedVersion == null || !submission) return;
    form.reset(formFromStored(submission));
    setSaved({ draft: draftFromStored(measureType, submission), version: submission.version });
    setConflict(null);
    setMessage(null);
    // Only entering (or a new version of) the locked state matters.
  }, [lockedVersion]);

  const keepMine = useCallback(() => {
    const current = conflictRef.current;
    if (!current) return;
    setSaved({ draft: draftFromStored(measureType, current), version: current.version });
    setConflict(null);
    void attemptSave({ force: true });
  }, [attemptSave, measureType, setConflict, setSaved]);

  const takeServers = useCallback(() => {
    const current = conflictRef.current;
    if (!current) return;
    form.reset(formFromStored(current));
    setSaved({ draft: draftFromStored(measureType, current), version: current.version });
    setConflict(null);
    setMessage(null);
    setSaveState('saved');
  }, [form, measureType, setConflict, setSaved]);

  const commitChoice = useCallback(() => {
    void attemptSave();
  }, [attemptSave]);

  const clearAnswer = useCallback(() => {
    form.setValue('yes', '');
    form.setValue('option', '');
    void attemptSave();
  }, [attemptSave, form]);

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    void attemptSave();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void attemptSave();
  }

  const idPrefix = `ind-${code}`;
  const headingId = `${idPrefix}-title`;
  // What the card shows is what the server holds (loaded or just saved) → "saved"; typed but not
  // yet saved, or never filled → "idle"; a running or refused save wins over both.
  const storedContent = saved.draft.answer != null || saved.draft.note != null;
  const displayedState: SaveState =
    saveState === 'saving' || saveState === 'failed'
      ? saveState
      : dirty || pendingCarry
        ? 'idle'
        : storedContent || saveState === 'saved'
          ? 'saved'
          : 'idle';
  const idleDetail: IdleDetail = dirty ? 'dirty' : 'empty';
  const name = language === 'en' ? indicator.nameEn : indicator.name;
  const hasChoice = (measureType === 'YES_NO' || measureType === 'OPTIONS') && currentDraft.answer != null;
  const storedComplete = isAnswered(measureType, saved.draft.answer);
  const canSubmit = statusEditable && storedComplete && !pendingCarry && !dirty && saveState !== 'saving' && !conflict;

  async function confirmUnchanged() {
    if (!storedSubmission || confirming) return;
    setConfirming(true);
    setMessage(null);
    const outcome = await confirmCarriedForward({ items: [{ submissionId: storedSubmission.id, expectedVersion: storedSubmission.version }] });
    if (!mounted.current) return;
    setConfirming(false);
    switch (outcome.kind) {
      case 'confirmed':
        setSaveState('saved');
        return;
      case 'stale':
        // The cache now holds the server's version; the card adopts it unless something is typed.
        setMessage({ text: t('carry.stale'), detail: outcome.message });
        return;
      case 'periodClosed':
        setMessage({ text: t('save.periodClosed', { year: outcome.year }), detail: outcome.message });
        return;
      case 'locked':
        setMessage({ text: t('save.locked', { status: t(`status.${outcome.currentStatus}`) }), detail: outcome.message });
        return;
      default:
        setMessage({ text: t('carry.confirmFailed', { message: outcome.message }) });
    }
  }
  const labels: IndicatorLabels = new Map([[code, indicator]]);
  const verifiedDiffers =
    status === 'VERIFIED' && submission != null && !sameDraft(measureType, { answer: submission.verifiedAnswer ?? null, note: null }, { answer: saved.draft.answer, note: null });

  return (
    <article
      id={indicatorCardId(code)}
      tabIndex={-1}
      className={`indicator-card indicator-card--${displayedState} indicator-card--status-${status.toLowerCase()}`}
      data-testid={`indicator-${code}`}
      data-status={status}
      aria-labelledby={headingId}
    >
      <header className="indicator-header">
        <h3 id={headingId} className="indicator-title">
          <span className="indicator-number">{indicator.number}.</span> {indicator.shortName}
        </h3>
        <div className="indicator-badges">
          <StatusBadge status={status} testId={`status-${code}`} />
          <SaveStateBadge code={code} state={displayedState} idleDetail={idleDetail} />
        </div>
      </header>
      <p className="indicator-name">{name}</p>
      <p className="indicator-meta">
        <span className="indicator-code">{code}</span>
        <span>
          {storedSubmission?.answer
            ? t('indicator.points', {
                points: formatNumber(storedSubmission.points, language),
                max: formatNumber(indicator.maxPoints, language),
              })
            : t('indicator.maxPoints', { points: formatNumber(indicator.maxPoints, language) })}
        </span>
      </p>

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
            <p className="return-reason-meta">{t('workflow.returnedAt', { time: formatDateTime(submission.statusChangedAt, language) })}</p>
          )}
        </div>
      )}
      {status === 'SUBMITTED' && (
        <p className="status-notice" data-testid={`locked-${code}`}>
          {t('workflow.submittedNotice')}
        </p>
      )}
      {status === 'VERIFIED' && submission && (
        <div className="status-notice status-notice--verified" data-testid={`locked-${code}`}>
          <p>{verifiedDiffers ? t('workflow.verifiedCorrected') : t('workflow.verifiedNotice')}</p>
          {verifiedDiffers && (
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
      )}

      <details className="guidance">
        <summary>{t('indicator.guidance')}</summary>
        <p>{indicator.guidance}</p>
      </details>

      <FormProvider {...form}>
        <form className="indicator-form" noValidate onSubmit={onSubmit} onBlur={onBlur} aria-labelledby={headingId}>
          <fieldset className="indicator-fields" disabled={readOnly}>
            {measureType === 'PERCENTAGE' && (
              <PercentageField
                idPrefix={idPrefix}
                numeratorLabel={indicator.numeratorLabel}
                denominatorLabel={indicator.denominatorLabel}
                allowNoCases={indicator.scoring.noCasesPoints != null}
              />
            )}
            {measureType === 'COUNT' && <CountField idPrefix={idPrefix} unit={indicator.unit} />}
            {measureType === 'YES_NO' && <YesNoField idPrefix={idPrefix} onCommit={commitChoice} />}
            {measureType === 'OPTIONS' && (
              <OptionsField idPrefix={idPrefix} options={indicator.options} onCommit={commitChoice} />
            )}

            <NoteField idPrefix={idPrefix} />

            {conflict && (
              <ConflictNotice
                indicator={indicator}
                current={conflict}
                mine={currentDraft}
                onKeepMine={keepMine}
                onTakeServers={takeServers}
              />
            )}

            {message && (
              <div className="card-message" role="alert" data-testid={`save-error-${code}`}>
                <p>{message.text}</p>
                {message.detail && <p className="card-message-detail">{message.detail}</p>}
              </div>
            )}

            {!readOnly && !conflict && (
              <div className="indicator-actions">
                {hasChoice && (
                  <button type="button" className="button button--quiet" onClick={clearAnswer}>
                    {t('indicator.clear')}
                  </button>
                )}
                {pendingCarry && !dirty && (
                  <button
                    type="button"
                    className="button button--primary"
                    data-testid={`confirm-carry-${code}`}
                    disabled={confirming}
                    onClick={() => void confirmUnchanged()}
                  >
                    {confirming ? t('carry.confirming') : t('carry.confirm')}
                  </button>
                )}
                <button type="submit" className={pendingCarry && !dirty ? 'button' : 'button button--primary'} data-testid={`save-${code}`}>
                  {t('indicator.save')}
                </button>
              </div>
            )}
          </fieldset>
        </form>
      </FormProvider>

      <IndicatorEvidenceSlot
        indicatorCode={code}
        submissionId={submission?.id ?? null}
        editable={!readOnly}
        year={year}
        kecamatanCode={kecamatanCode}
        requirements={indicator.evidenceRequirements}
      />

      {!periodClosed && (
        <SubmitForVerification
          request={{ year, kecamatanCode, indicatorCodes: [code] }}
          label={t('submit.one')}
          testId={`submit-${code}`}
          resultKey={code}
          indicators={labels}
          disabled={!canSubmit}
          disabledHint={t('submit.oneHint')}
          showButton={statusEditable}
        />
      )}
    </article>
  );
}

interface ConflictNoticeProps {
  indicator: IndicatorFieldsFragment;
  current: SavedSubmission;
  mine: SubmissionDraft;
  onKeepMine: () => void;
  onTakeServers: () => void;
}

/** Someone else saved first: show both values and let the user choose; the typed value stays. */
function ConflictNotice({ indicator, current, mine, onKeepMine, onTakeServers }: ConflictNoticeProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className="conflict" role="alert" data-testid={`conflict-${indicator.code}`}>
      <p className="conflict-title">{t('conflict.title')}</p>
      <p>
        {t('conflict.by', {
          name: current.updatedBy?.displayName ?? t('conflict.someone'),
          time: formatDateTime(current.updatedAt, language),
        })}
      </p>
      <dl className="conflict-values">
        <dt>{t('conflict.serverValue')}</dt>
        <dd data-testid={`conflict-server-${indicator.code}`}>
          {describeAnswer(indicator, current.answer, t, language)}
          {current.note ? <span className="conflict-note">{t('answer.note', { note: current.note })}</span> : null}
        </dd>
        <dt>{t('conflict.yourValue')}</dt>
        <dd>
          {describeAnswer(indicator, mine.answer, t, language)}
          {mine.note ? <span className="conflict-note">{t('answer.note', { note: mine.note })}</span> : null}
        </dd>
      </dl>
      <div className="conflict-actions">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onTakeServers}>
          {t('conflict.takeServer')}
        </button>
      </div>
    </div>
  );
}
