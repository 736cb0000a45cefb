/**
 * Working-day arithmetic in WIB (Asia/Jakarta, UTC+7, no daylight saving): Monday to Friday,
 * minus the holidays given (national holidays and cuti bersama, data an admin edits).
 *
 * Working time between two instants is the part of that span that falls on working days,
 * counted in whole 24-hour days: submitted on Friday at 16:00 and decided on Monday at 10:00 is
 * 8 + 10 hours = 0.75 working day; the weekend and holidays in between count nothing.
 */

const WIB_OFFSET_MS = 7 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;
/** At most this many calendar days are walked; a longer span is cut there (no real wait is that long). */
const MAX_DAYS = 3700;

/** The WIB calendar date of an instant, `YYYY-MM-DD`. */
export function wibDate(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a WIB calendar date (`YYYY-MM-DD`) is a working day: Monday–Friday and not a holiday. */
export function isWorkDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** Milliseconds of working-day time between two instants (0 when `end` is not after `start`). */
export function workingMsBetween(start: Date, end: Date, holidays: ReadonlySet<string>): number {
  const from = start.getTime();
  const to = end.getTime();
  if (!(to > from)) return 0;
  // Midnight WIB at or before `from`, as an instant.
  let dayStart = Math.floor((from + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS;
  let total = 0;
  for (let i = 0; dayStart < to && i < MAX_DAYS; i += 1, dayStart += DAY_MS) {
    if (!isWorkDay(wibDate(new Date(dayStart)), holidays)) continue;
    total += Math.min(to, dayStart + DAY_MS) - Math.max(from, dayStart);
  }
  return total;
}

/** Working days (fractional) between two instants. */
export function workDaysBetween(start: Date, end: Date, holidays: ReadonlySet<string>): number {
  return workingMsBetween(start, end, holidays) / DAY_MS;
}

/** Whole working days waited so far ("menunggu 2 hari kerja"), and whether that is over one working day. */
export function waitingWorkDays(
  since: Date,
  now: Date,
  holidays: ReadonlySet<string>,
): { days: number; overdue: boolean } {
  const exact = workDaysBetween(since, now, holidays);
  return { days: Math.floor(exact), overdue: exact > 1 };
}

/** The median of some numbers (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The 90th percentile by nearest rank (the smallest value with at least 90% at or below it); null for none. */
export function percentile90(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)];
}
