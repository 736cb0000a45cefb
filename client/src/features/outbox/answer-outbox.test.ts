import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { KECAMATAN, YEAR, submission } from '../../test/fixtures';
import type { SaveSubmissionOutcome, SaveSubmissionRequest } from '../submission/submission-saver';
import { AnswerOutbox, type AnswerOutboxOptions } from './answer-outbox';
import { createIdbOutboxStore, createMemoryOutboxStore } from './outbox-store';

function request(indicatorCode: string, count: number, expectedVersion = 0): SaveSubmissionRequest {
  return {
    year: YEAR,
    kecamatanCode: KECAMATAN,
    indicatorCode,
    measureType: 'COUNT',
    optionValues: [],
    draft: { answer: { count }, note: null },
    expectedVersion,
  };
}

function saved(indicatorCode: string, count: number, version: number): SaveSubmissionOutcome {
  return {
    kind: 'saved',
    submission: submission({
      indicatorCode,
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
    }),
  };
}

const NETWORK: SaveSubmissionOutcome = { kind: 'failed', message: 'Failed to fetch', retryable: true, code: 'NETWORK' };

function setup(overrides: Partial<AnswerOutboxOptions> & { online?: { value: boolean } } = {}) {
  const online = overrides.online ?? { value: true };
  const timers: Array<{ run: () => void; ms: number }> = [];
  const send = vi.fn<AnswerOutboxOptions['send']>(async (r) =>
    saved(r.indicatorCode, (r.draft.answer as { count: number }).count, r.expectedVersion + 1),
  );
  const outbox = new AnswerOutbox({
    userId: 'op-1',
    store: createMemoryOutboxStore(),
    send,
    isOnline: () => online.value,
    backoff: { baseMs: 1000, maxMs: 8000, random: () => 0.5 },
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => {},
    ...overrides,
  });
  return { outbox, send: (overrides.send as typeof send) ?? send, online, timers };
}

describe('AnswerOutbox', () => {
  it('keeps an edit made offline in IndexedDB and finds it again after a restart', async () => {
    const store = createIdbOutboxStore('outbox-test-restore');
    const { outbox, send } = setup({ store, online: { value: false } });
    await outbox.enqueue(request('K1-01', 7, 3));
    expect(send).not.toHaveBeenCalled();
    expect(outbox.entries()).toHaveLength(1);
    expect(outbox.entries()[0]).toMatchObject({ waiting: true, state: 'pending' });

    const restarted = setup({ store: createIdbOutboxStore('outbox-test-restore') });
    await restarted.outbox.load();
    expect(restarted.outbox.entries().map((e) => e.request)).toEqual([request('K1-01', 7, 3)]);
    await restarted.outbox.flush();
    expect(restarted.send).toHaveBeenCalledWith(request('K1-01', 7, 3));
    expect(restarted.outbox.entries()).toHaveLength(0);
    expect(await createIdbOutboxStore('outbox-test-restore').all('op-1')).toEqual([]);
  });

  it('coalesces successive edits into the latest value on the version of the first unsent edit', async () => {
    const { outbox, send, online } = setup({ online: { value: false } });
    await outbox.enqueue(request('K1-01', 1, 4));
    await outbox.enqueue(request('K1-01', 2, 9));
    await outbox.enqueue(request('K1-01', 3, 9));
    expect(outbox.entries()).toHaveLength(1);
    online.value = true;
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(request('K1-01', 3, 4));
  });

  it('sends in the order of the first edit, one at a time', async () => {
    let running = 0;
    const order: string[] = [];
    // Each send waits until the test lets it finish: a second send starting meanwhile is caught.
    const finish: Array<() => void> = [];
    const { outbox, online } = setup({
      online: { value: false },
      send: async (r) => {
        running += 1;
        order.push(r.indicatorCode);
        await new Promise<void>((resolve) => finish.push(resolve));
        running -= 1;
        return saved(r.indicatorCode, 1, 1);
      },
    });
    await outbox.enqueue(request('K3-05', 1));
    await outbox.enqueue(request('K1-01', 1));
    await outbox.enqueue(request('K3-05', 2));
    await outbox.enqueue(request('K2-02', 1));
    online.value = true;
    const flushing = Promise.all([outbox.flush(), outbox.flush()]);
    for (let sent = 1; sent <= 3; sent += 1) {
      await vi.waitFor(() => expect(finish).toHaveLength(sent));
      expect(running).toBe(1);
      finish[sent - 1]();
    }
    await flushing;
    expect(order).toEqual(['K3-05', 'K1-01', 'K2-02']);
  });

  it('retries network failures with growing, jittered delays and stops at a refusal', async () => {
    const outcomes: SaveSubmissionOutcome[] = [
      NETWORK,
      NETWORK,
      { kind: 'invalidTransition', message: 'Submitted', currentStatus: 'SUBMITTED' },
    ];
    const { outbox, send, timers } = setup({ send: vi.fn(async () => outcomes.shift()!) });
    const reported: string[] = [];
    outbox.onOutcome((event) => reported.push(event.outcome.kind));
    await outbox.enqueue(request('K1-01', 5));
    await outbox.flush();
    expect(outbox.entries()[0]).toMatchObject({ waiting: true });
    expect(timers.map((t) => t.ms)).toEqual([750]);
    timers[0]!.run();
    await outbox.flush();
    expect(timers.map((t) => t.ms)).toEqual([750, 1500]);
    timers[1]!.run();
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(3);
    // The refusal leaves the queue (the card shows why) and nothing more is scheduled.
    expect(outbox.entries()).toEqual([]);
    expect(timers).toHaveLength(2);
    expect(reported).toEqual(['failed', 'failed', 'invalidTransition']);
  });

  it('keeps an entry that meets a newer server version as a conflict until the operator chooses', async () => {
    const theirs = submission({
      indicatorCode: 'K1-01',
      version: 6,
      answer: {
        __typename: 'Answer',
        numerator: null,
        denominator: null,
        percentage: null,
        count: 40,
        yes: null,
        option: null,
      },
    });
    const outcomes: SaveSubmissionOutcome[] = [
      { kind: 'stale', message: 'Stale', current: theirs },
      saved('K1-01', 5, 7),
    ];
    const { outbox, send } = setup({ send: vi.fn(async () => outcomes.shift()!) });
    await outbox.enqueue(request('K1-01', 5, 2));
    await outbox.flush();
    const [entry] = outbox.entries();
    expect(entry).toMatchObject({ state: 'conflict', conflict: theirs, request: request('K1-01', 5, 2) });
    // Flushing again never sends a conflicting entry blindly.
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
    await outbox.keepMine(entry!.key);
    await outbox.flush();
    expect(send).toHaveBeenLastCalledWith(request('K1-01', 5, 6));
    expect(outbox.entries()).toEqual([]);
  });

  it('"Pakai nilai server" drops the queued value', async () => {
    const theirs = submission({ indicatorCode: 'K1-01', version: 6 });
    const { outbox } = setup({ send: async () => ({ kind: 'stale', message: 'Stale', current: theirs }) });
    await outbox.enqueue(request('K1-01', 5, 2));
    await outbox.flush();
    await outbox.discard(outbox.entries()[0]!.key);
    expect(outbox.entries()).toEqual([]);
  });

  it('never shows or sends another user’s entries', async () => {
    const store = createMemoryOutboxStore();
    const first = setup({ store, online: { value: false } });
    await first.outbox.enqueue(request('K1-01', 5));
    const second = setup({ store, userId: 'op-2' });
    await second.outbox.load();
    await second.outbox.flush();
    expect(second.outbox.entries()).toEqual([]);
    expect(second.send).not.toHaveBeenCalled();
    expect(await store.all('op-1')).toHaveLength(1);
  });

  it('keeps a value edited while its send was running, on the version that send returned', async () => {
    let release: () => void = () => {};
    const sends: SaveSubmissionRequest[] = [];
    const { outbox } = setup({
      send: async (r) => {
        sends.push(r);
        if (sends.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return saved(r.indicatorCode, 1, r.expectedVersion + 1);
      },
    });
    await outbox.enqueue(request('K1-01', 1, 2));
    await vi.waitFor(() => expect(sends).toHaveLength(1));
    await outbox.enqueue(request('K1-01', 9, 2));
    release();
    await vi.waitFor(() => expect(sends).toHaveLength(2));
    expect(sends[1]).toEqual(request('K1-01', 9, 3));
    await vi.waitFor(() => expect(outbox.entries()).toEqual([]));
  });
});
