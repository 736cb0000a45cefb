import { describe, expect, it } from 'vitest';
import { intervalsOf, type WorkflowAction } from './turnaround-intervals.js';

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 3));
const events = (...list: Array<[WorkflowAction, number, string?]>) =>
  list.map(([action, day, userId]) => ({ submissionId: 's', action, at: at(day), userId: userId ?? null }));

describe('turnaround intervals', () => {
  it('a returned-and-resubmitted chain: two decisions and one resubmission, each with its evaluator', () => {
    const intervals = intervalsOf(
      events(['SUBMITTED', 2, 'op'], ['RETURNED', 3, 'ev1'], ['SUBMITTED', 5, 'op'], ['VERIFIED', 6, 'ev2']),
    );
    expect(intervals.map((i) => [i.kind, i.start.getUTCDate(), i.end?.getUTCDate(), i.evaluatorId])).toEqual([
      ['DECISION', 2, 3, 'ev1'],
      ['RESUBMISSION', 3, 5, 'ev1'],
      ['DECISION', 5, 6, 'ev2'],
    ]);
  });

  it('a reopened verification waits again, marked reopened; still open at the end', () => {
    const intervals = intervalsOf(events(['SUBMITTED', 2], ['VERIFIED', 3, 'ev'], ['REOPENED', 4, 'ev']));
    expect(intervals.map((i) => [i.kind, i.start.getUTCDate(), i.end, i.reopened])).toEqual([
      ['DECISION', 2, at(3), false],
      ['DECISION', 4, null, true],
    ]);
  });

  it('a returned answer not yet resubmitted is an open resubmission', () => {
    const intervals = intervalsOf(events(['SUBMITTED', 2], ['RETURNED', 3, 'ev']));
    expect(intervals.at(-1)).toMatchObject({ kind: 'RESUBMISSION', end: null, evaluatorId: 'ev' });
  });

  it('no events, no intervals', () => {
    expect(intervalsOf([])).toEqual([]);
  });
});
