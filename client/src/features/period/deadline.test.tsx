import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../app/i18n';
import { formatWib, fromWibInput, timeUntil, toWibInput } from './deadline';
import { PeriodDeadline, PeriodLockBanner } from './PeriodDeadline';

const now = new Date('2026-06-27T10:00:00Z');

describe('deadline wording', () => {
  it('counts days (rounded up), then hours, then minutes; null once passed', () => {
    expect(timeUntil('2026-06-30T09:00:00Z', now, 'id')).toBe('dalam 3 hari');
    expect(timeUntil('2026-06-27T15:00:00Z', now, 'en')).toBe('in 5 hours');
    expect(timeUntil('2026-06-27T10:20:00Z', now, 'en')).toBe('in 20 minutes');
    expect(timeUntil('2026-06-27T09:00:00Z', now, 'id')).toBeNull();
  });

  it('shows the exact time in WIB whatever the device zone, and reads datetime-local values as WIB', () => {
    expect(formatWib('2026-06-30T16:59:00Z', 'en')).toMatch(/Tuesday, 30 June 2026 at 23:59 WIB/);
    expect(toWibInput('2026-06-30T16:59:00.000Z')).toBe('2026-06-30T23:59');
    expect(fromWibInput('2026-06-30T23:59')).toBe('2026-06-30T16:59:00.000Z');
    expect(fromWibInput('')).toBeNull();
  });
});

describe('PeriodDeadline and PeriodLockBanner', () => {
  it('says "ditutup dalam 3 hari" with the exact WIB time as the tooltip', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <PeriodDeadline deadline="2026-06-30T09:00:00Z" now={now} />
      </I18nextProvider>,
    );
    const time = screen.getByText('Pengisian ditutup dalam 3 hari');
    expect(time).toHaveAttribute('title', expect.stringMatching(/16\.00 WIB$/));
    expect(time).toHaveAttribute('datetime', '2026-06-30T09:00:00Z');
  });

  it('locks a closed year and gives the reason', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <PeriodLockBanner year={2026} reason="Batas waktu evaluasi telah lewat" />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('period-locked')).toHaveTextContent('Periode 2026 sudah ditutup');
    expect(screen.getByTestId('period-locked-reason')).toHaveTextContent('Alasan: Batas waktu evaluasi telah lewat');
  });
});
