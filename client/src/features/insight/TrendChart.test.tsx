import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { TrendChart, type TrendPoint } from './TrendChart';

const point = (year: number, total: number, extra: Partial<TrendPoint> = {}): TrendPoint => ({
  year,
  total,
  category: total > 600 ? 'MADYA' : total >= 500 ? 'PRATAMA' : 'NONE',
  demo: false,
  inProgress: false,
  ...extra,
});

describe('TrendChart', () => {
  it('labels the open year as in progress, in the table and the caption, and only that year', () => {
    render(
      <TrendChart
        title="Tren"
        valueLabel="Total"
        width={600}
        points={[point(2026, 120, { inProgress: true }), point(2025, 640)]}
      />,
    );
    expect(screen.getByTestId('trend-row-2026').getAttribute('data-in-progress')).toBe('true');
    expect(screen.getByTestId('trend-row-2026').textContent).toContain('berjalan');
    expect(screen.getByTestId('trend-row-2025').textContent).not.toContain('berjalan');
    expect(screen.getByTestId('trend-in-progress-note').textContent).toContain('belum final');
    // Rows oldest first whatever the order received.
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.getAttribute('data-testid')),
    ).toEqual(['trend-row-2025', 'trend-row-2026']);
  });

  it('says nothing about progress when every year is closed', () => {
    render(
      <TrendChart
        title="Tren"
        valueLabel="Total"
        width={600}
        points={[point(2024, 520, { demo: true }), point(2025, 640)]}
      />,
    );
    expect(screen.queryByTestId('trend-in-progress-note')).toBeNull();
    expect(screen.getByTestId('trend-row-2024').textContent).toContain('data demo');
  });
});
