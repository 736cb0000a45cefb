import { describe, expect, it } from 'vitest';
import { submission } from '../../test/fixtures';
import { type AutosaveState, autosaveReducer, displayedAutosave, initialAutosave } from './autosave-state';
import type { AnswerEntry } from '../outbox/outbox-store';

const counted = (count: number, version: number) =>
  submission({
    indicatorCode: 'K2-11',
    version,
    answer: {
      __typename: 'Answer',
      numerator: null,
      denominator: null,
      percentage: null,
      count,
      yes: null,
      option: null,
    },
  });

function entry(overrides: Partial<AnswerEntry> = {}): AnswerEntry {
  return {
    key: 'u|2026|32.75.09|K2-11',
    userId: 'u',
    seq: 1,
    revision: 1,
    state: 'pending',
    waiting: false,
    updatedAt: 0,
    request: {
      year: 2026,
      kecamatanCode: '32.75.09',
      indicatorCode: 'K2-11',
      measureType: 'COUNT',
      optionValues: [],
      draft: { answer: { count: 7 }, note: null },
      expectedVersion: 2,
    },
    ...overrides,
  };
}

const view = { entry: undefined, sending: false, dirty: false, pendingCarry: false };

describe('autosave states', () => {
  it('goes idle → saving → saved, and the saved value becomes the base', () => {
    let state: AutosaveState = initialAutosave('COUNT', null);
    expect(displayedAutosave(state, view)).toBe('idle');
    expect(displayedAutosave(state, { ...view, dirty: true })).toBe('dirty');
    state = autosaveReducer(state, { type: 'sending' });
    expect(displayedAutosave(state, view)).toBe('saving');
    state = autosaveReducer(state, {
      type: 'outcome',
      measureType: 'COUNT',
      outcome: { kind: 'saved', submission: counted(7, 3) },
    });
    expect(displayedAutosave(state, view)).toBe('saved');
    expect(state.saved).toEqual({ draft: { answer: { count: 7 }, note: null }, version: 3 });
  });

  it('is queued while the entry waits for the connection, saving while it is sent, conflict when stopped', () => {
    const state = autosaveReducer(initialAutosave('COUNT', counted(3, 2)), { type: 'sending' });
    expect(displayedAutosave(state, { ...view, entry: entry({ waiting: true }), dirty: true })).toBe('queued');
    expect(displayedAutosave(state, { ...view, entry: entry({ waiting: true }), sending: true })).toBe('saving');
    expect(displayedAutosave(state, { ...view, entry: entry({ state: 'conflict', conflict: counted(12, 3) }) })).toBe(
      'conflict',
    );
  });

  it('names a refusal as failed with its reason, and a network failure as queued without one', () => {
    const base = initialAutosave('COUNT', counted(3, 2));
    const locked = autosaveReducer(base, {
      type: 'outcome',
      measureType: 'COUNT',
      outcome: { kind: 'invalidTransition', message: 'Submitted', currentStatus: 'SUBMITTED' },
    });
    expect(locked).toMatchObject({ phase: 'failed', message: { key: 'save.locked', params: { status: 'SUBMITTED' } } });
    const network = autosaveReducer(base, {
      type: 'outcome',
      measureType: 'COUNT',
      outcome: { kind: 'failed', message: 'Failed to fetch', retryable: true },
    });
    expect(network).toMatchObject({ phase: 'queued', message: null });
    expect(autosaveReducer(locked, { type: 'reverted' })).toMatchObject({ phase: 'idle', message: null });
  });
});
