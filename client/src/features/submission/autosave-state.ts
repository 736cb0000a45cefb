import type { SubmissionDraft } from './answer-draft';
import { draftFromStored, formFieldOfPath } from './answer-draft';
import type { MeasureType } from '@kecala/domain';
import type { SaveSubmissionOutcome, SavedSubmission } from './submission-saver';
import type { AnswerEntry } from '../outbox/outbox-store';

/**
 * The named states of one card's autosave. `dirty`, `queued` and `conflict` are partly read from
 * the form and the save queue (see displayedAutosave); the reducer keeps what only the card knows.
 */
export type AutosavePhase = 'idle' | 'dirty' | 'saving' | 'saved' | 'queued' | 'failed' | 'conflict';

/** What the server holds, as far as this card knows: the base of the user's edits. */
export interface SavedBase {
  draft: SubmissionDraft;
  version: number;
}

/** A message to show under the card, as an i18n key (translated by the view). */
export interface CardMessage {
  key: string;
  params?: Record<string, string | number>;
  detail?: string;
}

export interface AutosaveState {
  phase: Exclude<AutosavePhase, 'dirty'>;
  saved: SavedBase;
  message: CardMessage | null;
}

export type AutosaveAction =
  | { type: 'sending' }
  | { type: 'invalidForm' }
  /** Back to the stored value: an earlier refusal no longer applies. */
  | { type: 'reverted' }
  | { type: 'outcome'; outcome: SaveSubmissionOutcome; measureType: MeasureType; generalErrors?: string[] }
  /** The server holds a newer version of the same (or an untouched) answer. */
  | { type: 'adopt'; saved: SavedBase }
  /** The card now shows exactly what the server holds (locked, "Pakai nilai server"). */
  | { type: 'reset'; saved: SavedBase; phase?: AutosaveState['phase'] }
  | { type: 'message'; message: CardMessage | null; phase?: AutosaveState['phase'] };

export function initialAutosave(measureType: MeasureType, submission: SavedSubmission | null): AutosaveState {
  return {
    phase: 'idle',
    saved: { draft: draftFromStored(measureType, submission), version: submission?.version ?? 0 },
    message: null,
  };
}

export function autosaveReducer(state: AutosaveState, action: AutosaveAction): AutosaveState {
  switch (action.type) {
    case 'sending':
      return { ...state, phase: 'saving', message: null };
    case 'invalidForm':
      return { ...state, phase: 'failed', message: { key: 'save.invalid' } };
    case 'reverted':
      return { ...state, phase: state.phase === 'failed' ? 'idle' : state.phase, message: null };
    case 'adopt':
      return { ...state, saved: action.saved };
    case 'reset':
      return { phase: action.phase ?? 'saved', saved: action.saved, message: null };
    case 'message':
      return { ...state, message: action.message, phase: action.phase ?? state.phase };
    case 'outcome':
      return afterOutcome(state, action.outcome, action.measureType, action.generalErrors ?? []);
  }
}

function afterOutcome(
  state: AutosaveState,
  outcome: SaveSubmissionOutcome,
  measureType: MeasureType,
  general: string[],
): AutosaveState {
  switch (outcome.kind) {
    case 'saved':
      return {
        phase: 'saved',
        message: null,
        saved: { draft: draftFromStored(measureType, outcome.submission), version: outcome.submission.version },
      };
    case 'stale':
      return { ...state, phase: 'conflict', message: null };
    case 'invalid':
      return {
        ...state,
        phase: 'failed',
        message: { key: 'save.invalid', detail: general.length > 0 ? general.join(' ') : undefined },
      };
    case 'periodClosed':
      return {
        ...state,
        phase: 'failed',
        message: { key: 'save.periodClosed', params: { year: outcome.year }, detail: outcome.message },
      };
    case 'notAllowed':
      return { ...state, phase: 'failed', message: { key: 'save.notAllowed', detail: outcome.message } };
    case 'invalidTransition':
      return {
        ...state,
        phase: 'failed',
        message: { key: 'save.locked', params: { status: outcome.currentStatus }, detail: outcome.message },
      };
    case 'failed':
      if (outcome.retryable || outcome.code === 'UNAUTHENTICATED') return { ...state, phase: 'queued', message: null };
      return { ...state, phase: 'failed', message: { key: 'save.failed', params: { message: outcome.message } } };
  }
}

/** Server field paths that name no input of the card: shown as one general message. */
export function generalErrorsOf(outcome: SaveSubmissionOutcome): string[] {
  if (outcome.kind !== 'invalid') return [];
  return outcome.fieldErrors.filter((error) => formFieldOfPath(error.field) == null).map((error) => error.message);
}

/**
 * What the badge and card show. The queue wins (a conflict to decide, a send running or waiting
 * for the connection), then a running or refused save, then the form against the stored value.
 */
export function displayedAutosave(
  state: AutosaveState,
  view: { entry: AnswerEntry | undefined; sending: boolean; dirty: boolean; pendingCarry: boolean },
): AutosavePhase {
  const { entry } = view;
  if (entry?.state === 'conflict') return 'conflict';
  if (entry) return view.sending || !entry.waiting ? 'saving' : 'queued';
  if (state.phase === 'saving' || state.phase === 'failed') return state.phase;
  if (view.dirty || view.pendingCarry) return 'dirty';
  const storedContent = state.saved.draft.answer != null || state.saved.draft.note != null;
  return storedContent || state.phase === 'saved' ? 'saved' : 'idle';
}
