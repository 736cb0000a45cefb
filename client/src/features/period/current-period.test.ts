import { describe, expect, it } from 'vitest';
import { currentPeriodOf, defaultPeriodOf, type PeriodSummary } from './current-period';

const period = (year: number, status: 'OPEN' | 'CLOSED'): PeriodSummary => ({
  __typename: 'Period',
  id: String(year),
  year,
  status,
  deadline: null,
  statusReason: null,
});

describe('currentPeriodOf', () => {
  it('picks the OPEN period with the highest year', () => {
    expect(currentPeriodOf([period(2027, 'CLOSED'), period(2025, 'OPEN'), period(2026, 'OPEN')])?.year).toBe(2026);
    expect(currentPeriodOf([period(2025, 'CLOSED')])).toBeNull();
  });

  it('falls back to the latest year for read-only views', () => {
    expect(defaultPeriodOf([period(2024, 'CLOSED'), period(2025, 'CLOSED')])?.year).toBe(2025);
    expect(defaultPeriodOf([])).toBeNull();
  });
});
