import { median, percentile90, workDaysBetween } from '@kecala/domain';
import type { IntervalKind, TurnaroundInterval } from './turnaround-intervals.js';

/** Median, p90 and the share within one working day of some intervals (pure). */
export interface FigureValues {
  count: number;
  medianWorkDays: number | null;
  p90WorkDays: number | null;
  withinOneWorkDayShare: number | null;
  waiting: number;
  oldestWaitingWorkDays: number | null;
}

const round2 = (value: number | null) => (value == null ? null : Math.round(value * 100) / 100);

export function figureOf(
  intervals: readonly TurnaroundInterval[],
  kind: IntervalKind,
  holidays: ReadonlySet<string>,
  now: Date,
): FigureValues {
  const done: number[] = [];
  const open: number[] = [];
  for (const interval of intervals) {
    if (interval.kind !== kind) continue;
    if (interval.end) done.push(workDaysBetween(interval.start, interval.end, holidays));
    else open.push(workDaysBetween(interval.start, now, holidays));
  }
  return {
    count: done.length,
    medianWorkDays: round2(median(done)),
    p90WorkDays: round2(percentile90(done)),
    withinOneWorkDayShare: done.length === 0 ? null : round2(done.filter((d) => d <= 1).length / done.length),
    waiting: open.length,
    oldestWaitingWorkDays: round2(open.length === 0 ? null : Math.max(...open)),
  };
}

/** Intervals grouped by a key (kecamatan, cluster, evaluator), keys in first-seen order. */
export function groupIntervals(
  intervals: readonly TurnaroundInterval[],
  keyOf: (interval: TurnaroundInterval) => string | null,
): Map<string, TurnaroundInterval[]> {
  const groups = new Map<string, TurnaroundInterval[]>();
  for (const interval of intervals) {
    const key = keyOf(interval);
    if (key == null) continue;
    const list = groups.get(key);
    if (list) list.push(interval);
    else groups.set(key, [interval]);
  }
  return groups;
}
