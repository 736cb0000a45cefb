import { localeOf } from '../../app/i18n';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The exact moment as Bekasi reads it: Western Indonesia Time (WIB, Asia/Jakarta), whatever the device's zone. */
export function formatWib(iso: string, language: string): string {
  const text = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
  return `${text} WIB`;
}

/**
 * How far away a deadline is, in words of the UI language ("dalam 3 hari", "in 5 hours"); null
 * once it has passed. Days are counted up, so the last day still reads "dalam 1 hari".
 */
export function timeUntil(iso: string, now: Date, language: string): string | null {
  const left = new Date(iso).getTime() - now.getTime();
  if (!(left > 0)) return null;
  const format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'always' });
  if (left < HOUR) return format.format(Math.max(1, Math.ceil(left / 60_000)), 'minute');
  if (left < DAY) return format.format(Math.ceil(left / HOUR), 'hour');
  return format.format(Math.ceil(left / DAY), 'day');
}

const WIB_OFFSET = 7 * HOUR;

/** The value of a `datetime-local` input showing `iso` in WIB (UTC+7, no daylight saving). */
export function toWibInput(iso: string): string {
  return new Date(new Date(iso).getTime() + WIB_OFFSET).toISOString().slice(0, 16);
}

/** The instant a `datetime-local` value means when read as WIB; null when empty or invalid. */
export function fromWibInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00+07:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
