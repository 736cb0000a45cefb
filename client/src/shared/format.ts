import { localeOf } from '../app/i18n';

/** Scores and counts: up to two decimals, in the language's notation (id: 612,5; en: 612.5). */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}

/** A percentage given on the 0–100 scale. */
export function formatPercent(value: number, language: string): string {
  return `${formatNumber(value, language)}%`;
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' }).format(date);
}

/** A moment in Bekasi's time (WIB, Asia/Jakarta) whatever the device's zone, short: "2 Des 2026, 21.05 WIB". */
export function formatDateTimeWib(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(date);
  return `${text} WIB`;
}
