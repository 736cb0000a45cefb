import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useReducer, useRef } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import {
  type AnswerFormValues,
  EMPTY_FORM,
  draftFromForm,
  draftFromStored,
  formFieldOfPath,
  formFromStored,
  sameDraft,
} from './answer-draft';
import {
  type AutosaveState,
  autosaveReducer,
  displayedAutosave,
  generalErrorsOf,
  initialAutosave,
} from './autosave-state';
import type { SavedSubmission } from './submission-saver';
import { useOutbox, useOutboxEntries } from '../outbox/OutboxProvider';

export interface AutosaveOptions {
  indicator: IndicatorFieldsFragment;
  optionValues: readonly string[];
  form: UseFormReturn<AnswerFormValues>;
  /** The form's base (carried value while a carry-forward waits). */
  submission: SavedSubmission | null;
  year: number;
  kecamatanCode: string;
  readOnly: boolean;
  statusEditable: boolean;
  pendingCarry: boolean;
}

/**
 * The card's autosave: every save goes into the answer queue (useOutbox), which sends it, keeps
 * it while there is no connection, and reports the outcome back here. The card's named state is
 * `displayedAutosave` of the reducer state and the queue entry.
 */
export function useIndicatorAutosave(options: AutosaveOptions) {
  const { indicator, form, submission, year, kecamatanCode, readOnly } = options;
  const { measureType, code } = indicator;
  const outbox = useOutbox();
  const [state, dispatch] = useReducer(autosaveReducer, null, () => initialAutosave(measureType, submission));
  const key = outbox?.keyOf({ year, kecamatanCode, indicatorCode: code }) ?? '';
  const entry = useOutboxEntries().find((candidate) => candidate.key === key);
  // The handlers below run later (blur, conflict buttons) and read the state as it is then.
  const stateRef = useRef<AutosaveState>(state);
  const entryRef = useRef(entry);
  useLayoutEffect(() => {
    stateRef.current = state;
    entryRef.current = entry;
  });

  const watched = useWatch({ control: form.control });
  const currentDraft = draftFromForm(measureType, { ...EMPTY_FORM, ...watched });
  const dirty = !sameDraft(measureType, currentDraft, state.saved.draft);

  useQueueOutcomes(options, dispatch);
  useStoredVersion(options, state, dispatch, entry != null);
  useQueuedValueOnLoad(options, entry?.key ?? null, entry?.request.draft ?? null, state);

  const attemptSave = useCallback(async () => {
    if (readOnly || !outbox || entryRef.current?.state === 'conflict') return;
    const base = stateRef.current.saved;
    if (!entryRef.current && sameDraft(measureType, draftFromForm(measureType, form.getValues()), base.draft)) {
      form.clearErrors();
      dispatch({ type: 'reverted' });
      return;
    }
    // handleSubmit (not trigger) marks the form submitted, so errors then update as the user types.
    let valid = false;
    await form.handleSubmit(
      () => void (valid = true),
      () => void (valid = false),
    )();
    if (!valid) return dispatch({ type: 'invalidForm' });
    dispatch({ type: 'sending' });
    await outbox.enqueue({
      year,
      kecamatanCode,
      indicatorCode: code,
      measureType,
      optionValues: options.optionValues,
      allowNoCases: indicator.scoring.noCasesPoints != null,
      draft: draftFromForm(measureType, form.getValues()),
      expectedVersion: base.version,
    });
  }, [
    code,
    form,
    indicator.scoring.noCasesPoints,
    kecamatanCode,
    measureType,
    options.optionValues,
    outbox,
    readOnly,
    year,
  ]);

  const keepMine = useCallback(() => {
    const current = entryRef.current?.conflict;
    if (!outbox || !current) return;
    dispatch({ type: 'adopt', saved: { draft: draftFromStored(measureType, current), version: current.version } });
    void outbox.keepMine(key);
  }, [key, measureType, outbox]);

  const takeServers = useCallback(() => {
    const current = entryRef.current?.conflict;
    if (!outbox || !current) return;
    form.reset(formFromStored(current));
    dispatch({ type: 'reset', saved: { draft: draftFromStored(measureType, current), version: current.version } });
    void outbox.discard(key);
  }, [form, key, measureType, outbox]);

  const displayed = displayedAutosave(state, {
    entry,
    sending: outbox?.inFlightKey === key,
    dirty,
    pendingCarry: options.pendingCarry,
  });
  return { state, dispatch, displayed, entry, currentDraft, dirty, attemptSave, keepMine, takeServers };
}

type Dispatch = (action: Parameters<typeof autosaveReducer>[1]) => void;

/** Outcomes of this card's queued sends, whenever they arrive. */
function useQueueOutcomes({ indicator, form, year, kecamatanCode }: AutosaveOptions, dispatch: Dispatch) {
  const outbox = useOutbox();
  const { code, measureType } = indicator;
  useEffect(() => {
    if (!outbox) return;
    const key = outbox.keyOf({ year, kecamatanCode, indicatorCode: code });
    return outbox.onOutcome(({ key: of, outcome }) => {
      if (of !== key) return;
      if (outcome.kind === 'saved') form.reset(form.getValues(), { keepValues: true });
      if (outcome.kind === 'invalid') {
        for (const fieldError of outcome.fieldErrors) {
          const field = formFieldOfPath(fieldError.field);
          if (field)
            form.setError(field, { type: fieldError.code, message: fieldError.message }, { shouldFocus: false });
        }
      }
      dispatch({ type: 'outcome', outcome, measureType, generalErrors: generalErrorsOf(outcome) });
    });
  }, [code, dispatch, form, kecamatanCode, measureType, outbox, year]);
}

/** Adopts a newer stored answer (or locks the card) unless something typed or queued differs. */
function useStoredVersion(
  { indicator, form, submission, statusEditable }: AutosaveOptions,
  state: AutosaveState,
  dispatch: Dispatch,
  queued: boolean,
) {
  const { measureType } = indicator;
  const storedVersion = submission?.version ?? 0;
  // Only a new stored version matters here; the rest is read as it is then.
  const adoptStored = useEffectEvent(() => {
    if (!submission || storedVersion <= state.saved.version || queued) return;
    const stored = draftFromStored(measureType, submission);
    const saved = { draft: stored, version: storedVersion };
    // Same answer under a newer version (e.g. an evidence upload created the row): keep what is typed.
    if (sameDraft(measureType, stored, state.saved.draft)) return dispatch({ type: 'adopt', saved });
    if (!sameDraft(measureType, draftFromForm(measureType, form.getValues()), state.saved.draft)) return;
    form.reset(formFromStored(submission));
    dispatch({ type: 'adopt', saved });
  });
  useEffect(() => adoptStored(), [storedVersion]);

  // Submitted or verified: show exactly what the server holds.
  const lockedVersion = statusEditable ? null : (submission?.version ?? null);
  const showLocked = useEffectEvent(() => {
    if (lockedVersion == null || !submission) return;
    form.reset(formFromStored(submission));
    dispatch({
      type: 'reset',
      saved: { draft: draftFromStored(measureType, submission), version: submission.version },
      phase: state.phase,
    });
  });
  useEffect(() => showLocked(), [lockedVersion]);
}

/** After a reload the queued value replaces the server's in the form, while it waits. */
function useQueuedValueOnLoad(
  { indicator, form }: AutosaveOptions,
  entryKey: string | null,
  queued: AutosaveState['saved']['draft'] | null,
  state: AutosaveState,
) {
  const { measureType } = indicator;
  // Only the entry's first appearance matters: later the form is the source of its value.
  const showQueued = useEffectEvent(() => {
    if (!entryKey || !queued) return;
    const typed = draftFromForm(measureType, form.getValues());
    if (sameDraft(measureType, typed, queued) || !sameDraft(measureType, typed, state.saved.draft)) return;
    form.reset(formFromStored(queued));
  });
  useEffect(() => showQueued(), [entryKey]);
}
