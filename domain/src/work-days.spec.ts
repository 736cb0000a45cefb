import { describe, expect, it } from 'vitest';
import { isWorkDay, median, percentile90, waitingWorkDays, wibDate, workDaysBetween } from './work-days.js';

/** An instant given as WIB wall-clock time. */
const wib = (local: string) => new Date(`${local}+07:00`);
const NONE = new Set<string>();
// Nyepi and Idul Fitri 2026 (SKB 3 Menteri 1497/2025): 18–24 March are all days off.
const MARCH_2026 = new Set([
  '2026-03-18',
  '2026-03-19',
  '2026-03-20',
  '2026-03-21',
  '2026-03-22',
  '2026-03-23',
  '2026-03-24',
]);

describe('work days (WIB, Monday–Friday, minus holidays)', () => {
  it('reads the calendar date in WIB, not UTC', () => {
    expect(wibDate(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
    expect(wibDate(new Date('2026-03-01T16:59:59Z'))).toBe('2026-03-01');
  });

  it('knows weekends and holidays', () => {
    expect(isWorkDay('2026-03-06', NONE)).toBe(true); // Friday
    expect(isWorkDay('2026-03-07', NONE)).toBe(false); // Saturday
    expect(isWorkDay('2026-03-08', NONE)).toBe(false); // Sunday
    expect(isWorkDay('2026-03-19', MARCH_2026)).toBe(false); // Nyepi, a Thursday
  });

  it('counts the working part of a span: a weekend in between counts nothing', () => {
    expect(workDaysBetween(wib('2026-03-06T16:00:00'), wib('2026-03-09T10:00:00'), NONE)).toBeCloseTo(0.75);
    expect(workDaysBetween(wib('2026-03-07T09:00:00'), wib('2026-03-08T17:00:00'), NONE)).toBe(0);
    expect(workDaysBetween(wib('2026-03-02T09:00:00'), wib('2026-03-03T09:00:00'), NONE)).toBe(1);
  });

  it('skips holidays and cuti bersama: a week of days off in between counts nothing', () => {
    expect(workDaysBetween(wib('2026-03-17T12:00:00'), wib('2026-03-25T12:00:00'), MARCH_2026)).toBe(1);
    expect(workDaysBetween(wib('2026-03-17T12:00:00'), wib('2026-03-25T12:00:00'), NONE)).toBe(6);
  });

  it('gives 0 for an empty or reversed span', () => {
    const t = wib('2026-03-02T09:00:00');
    expect(workDaysBetween(t, t, NONE)).toBe(0);
    expect(workDaysBetween(t, wib('2026-03-01T09:00:00'), NONE)).toBe(0);
  });

  it('says how many whole working days something has waited, overdue past one', () => {
    expect(waitingWorkDays(wib('2026-03-02T09:00:00'), wib('2026-03-03T08:00:00'), NONE)).toEqual({
      days: 0,
      overdue: false,
    });
    expect(waitingWorkDays(wib('2026-03-05T09:00:00'), wib('2026-03-09T10:00:00'), NONE)).toEqual({
      days: 2,
      overdue: true,
    });
  });

  it('median and nearest-rank p90', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(percentile90([])).toBeNull();
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(percentile90([5])).toBe(5);
  });
});
