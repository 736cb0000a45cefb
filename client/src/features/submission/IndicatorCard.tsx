import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { isAnswered } from '@kecala/domain';
import type { IndicatorFieldsFragment, PreviousYearFieldsFragment } from '../../gql/graphql';
import { type AnswerFormValues, draftFromForm, formFieldOfPath, formFromStored, validateDraft } from './answer-draft';
import type { SavedSubmission } from './submission-saver';
import { IndicatorEvidenceSlot } from '../evidence/EvidenceSlot';
import { CardConversation } from '../comment/CardConversation';
import { IndicatorAnswerForm } from './IndicatorAnswerForm';
import { IndicatorCardActions } from './IndicatorCardActions';
import { IndicatorCardHeader } from './IndicatorCardHeader';
import { IndicatorStatusNotices } from './IndicatorStatusNotices';
import { PreviousYearLine } from './PreviousYearLine';
import { SubmitForVerification } from './SubmitForVerification';
import { isEditableStatus, statusOf } from './submission-status';
import { useIndicatorAutosave } from './use-indicator-autosave';
import { indicatorText } from '../../shared/localized';
import './IndicatorCard.css';

export interface IndicatorCardProps {
  indicator: IndicatorFieldsFragment;
  /** The stored answer, or null when this indicator was never saved. */
  submission: SavedSubmission | null;
  year: number;
  kecamatanCode: string;
  /** The period is closed: nothing can be changed or submitted. */
  readOnly?: boolean;
  /** This kecamatan's answer of the previous real year, when there was one. */
  previousYear?: PreviousYearFieldsFragment | null;
}

/** The DOM id of an indicator's card, for links that scroll to it. */
export function indicatorCardId(code: string): string {
  return `indicator-card-${code}`;
}

/**
 * Stands in for a card its closed section has not mounted yet: the card's id, so a link to the
 * card finds it, opens the section and waits for the card itself (reveal-card.ts).
 */
export function IndicatorCardPlaceholder({ code }: { code: string }) {
  return <div id={indicatorCardId(code)} data-placeholder="" hidden />;
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
function domainResolver(
  indicator: IndicatorFieldsFragment,
  optionValues: readonly string[],
): Resolver<AnswerFormValues> {
  const allowNoCases = indicator.scoring.noCasesPoints != null;
  return async (values) => {
    const problems = validateDraft(
      indicator.measureType,
      optionValues,
      draftFromForm(indicator.measureType, values),
      allowNoCases,
    );
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
 * The card's form and its autosave: the form works on the carried value while it waits for
 * confirmation (points read the stored submission); every save goes through useIndicatorAutosave.
 */
function useIndicatorCard({
  indicator,
  submission: storedSubmission,
  year,
  kecamatanCode,
  readOnly: periodClosed = false,
}: IndicatorCardProps) {
  const pendingCarry = storedSubmission?.carriedForward?.pending ? storedSubmission.carriedForward : null;
  const submission = useMemo(() => formBaseOf(storedSubmission), [storedSubmission]);
  const status = statusOf(submission);
  const statusEditable = isEditableStatus(status);
  const readOnly = periodClosed || !statusEditable;
  const optionValues = useMemo(() => indicator.options.map((option) => option.value), [indicator.options]);
  const resolver = useMemo(() => domainResolver(indicator, optionValues), [indicator, optionValues]);
  // Saving on blur must not pull focus back into a card the user has just left.
  const form = useForm<AnswerFormValues>({
    defaultValues: formFromStored(submission),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const autosave = useIndicatorAutosave({
    indicator,
    optionValues,
    form,
    submission,
    year,
    kecamatanCode,
    readOnly,
    statusEditable,
    pendingCarry: pendingCarry != null,
  });
  const { state, displayed, entry } = autosave;
  const canSubmit =
    statusEditable &&
    isAnswered(indicator.measureType, state.saved.draft.answer) &&
    !pendingCarry &&
    !autosave.dirty &&
    !entry &&
    displayed !== 'saving';
  return { pendingCarry, submission, status, statusEditable, readOnly, form, autosave, canSubmit };
}

type IndicatorAutosave = ReturnType<typeof useIndicatorAutosave>;

/** The conflict notice's inputs while the server holds a newer answer than the one queued. */
function conflictOf(autosave: IndicatorAutosave) {
  const { entry } = autosave;
  if (!entry?.conflict) return null;
  return {
    current: entry.conflict,
    mine: entry.request.draft,
    keepMine: autosave.keepMine,
    takeServers: autosave.takeServers,
  };
}

/**
 * One indicator: its answer control, note, guidance, save state and workflow status. Saves go
 * through the answer queue (useIndicatorAutosave); SUBMITTED and VERIFIED answers are read-only;
 * a RETURNED one shows the evaluator's reason.
 */
export function IndicatorCard(props: IndicatorCardProps) {
  const { indicator, submission: storedSubmission, previousYear = null } = props;
  const { t, i18n } = useTranslation();
  const card = useIndicatorCard(props);
  const { submission, status, readOnly, form, autosave, pendingCarry } = card;
  const { state, displayed } = autosave;
  const { code } = indicator;
  const headingId = `ind-${code}-title`;

  return (
    <article
      id={indicatorCardId(code)}
      tabIndex={-1}
      className={`indicator-card indicator-card--${displayed === 'dirty' ? 'idle' : displayed} indicator-card--status-${status.toLowerCase()}`}
      data-testid={`indicator-${code}`}
      data-status={status}
      aria-labelledby={headingId}
    >
      <IndicatorCardHeader
        indicator={indicator}
        headingId={headingId}
        status={status}
        saveState={displayed}
        stored={storedSubmission}
      />
      <PreviousYearLine
        indicator={indicator}
        previous={previousYear}
        points={storedSubmission?.answer ? storedSubmission.points : null}
        testId={`previous-year-${code}`}
      />
      <IndicatorStatusNotices
        indicator={indicator}
        status={status}
        submission={submission}
        pendingCarry={pendingCarry}
        savedDraft={state.saved.draft}
      />
      <details className="guidance">
        <summary>{t('indicator.guidance')}</summary>
        <p>{indicatorText(indicator, 'guidance', i18n.language)}</p>
      </details>
      <IndicatorAnswerForm
        indicator={indicator}
        form={form}
        headingId={headingId}
        readOnly={readOnly}
        save={() => void autosave.attemptSave()}
        conflict={conflictOf(autosave)}
        message={state.message}
        queued={displayed === 'queued'}
        previous={previousYear}
        actions={
          <IndicatorCardActions
            indicator={indicator}
            form={form}
            stored={storedSubmission}
            pendingCarry={pendingCarry != null}
            autosave={autosave}
          />
        }
      />
      <CardWorkflow {...props} card={card} />
    </article>
  );
}

/** Under the answer: the evidence, the conversation, and "submit for verification". */
function CardWorkflow({
  indicator,
  year,
  kecamatanCode,
  readOnly: periodClosed = false,
  card,
}: IndicatorCardProps & { card: ReturnType<typeof useIndicatorCard> }) {
  const { t } = useTranslation();
  const { code } = indicator;
  const { submission, readOnly, statusEditable, canSubmit } = card;
  return (
    <>
      <IndicatorEvidenceSlot
        indicatorCode={code}
        submissionId={submission?.id ?? null}
        editable={!readOnly}
        year={year}
        kecamatanCode={kecamatanCode}
        requirements={indicator.evidenceRequirements}
      />
      {submission?.id && (
        <CardConversation
          submissionId={submission.id}
          indicator={indicator}
          year={year}
          kecamatanCode={kecamatanCode}
        />
      )}
      {!periodClosed && (
        <SubmitForVerification
          request={{ year, kecamatanCode, indicatorCodes: [code] }}
          label={t('submit.one')}
          testId={`submit-${code}`}
          resultKey={code}
          indicators={new Map([[code, indicator]])}
          disabled={!canSubmit}
          disabledHint={t('submit.oneHint')}
          showButton={statusEditable}
        />
      )}
    </>
  );
}
