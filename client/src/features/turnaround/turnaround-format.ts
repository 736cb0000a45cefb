import type { TFunction } from 'i18next';
import { formatNumber } from '../../shared/format';

/** "0,7 hari kerja", or a dash when there is nothing to measure yet. */
export function workDaysText(t: TFunction, value: number | null | undefined, language: string): string {
  if (value == null) return '–';
  return t('turnaround.workDays', { count: value, value: formatNumber(value, language, 1) });
}

/** "75%" of a 0–1 share, or a dash. */
export function shareText(value: number | null | undefined, language: string): string {
  return value == null ? '–' : `${formatNumber(value * 100, language, 0)}%`;
}
