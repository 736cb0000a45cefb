import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activeFilterCount, QueueFilters } from './QueueFilters';

const periods = [
  { __typename: 'Period' as const, id: 'p26', year: 2026, status: 'OPEN' as const, deadline: null, statusReason: null },
];
const kecamatans = [{ code: '32.75.09', name: 'Jatiasih' }];
const clusters = [{ code: 'K1', name: 'Klaster I', nameEn: 'Cluster I' }];

describe('QueueFilters', () => {
  it('counts the filters that narrow the list (the year is always one)', () => {
    expect(activeFilterCount({ kecamatanCode: null, clusterCode: null, status: 'semua' })).toBe(0);
    expect(activeFilterCount({ kecamatanCode: null, clusterCode: null, status: 'SUBMITTED' })).toBe(1);
    expect(activeFilterCount({ kecamatanCode: '32.75.09', clusterCode: 'K1', status: 'RETURNED' })).toBe(3);
  });

  it('one "Filter" button with the active count and what is applied opens the four filters', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <QueueFilters
        filter={{ kecamatanCode: '32.75.09', clusterCode: null, status: 'SUBMITTED', sort: 'terlama' }}
        onChange={onChange}
        periods={periods}
        year={2026}
        onYearChange={() => {}}
        kecamatans={kecamatans}
        clusters={clusters}
      />,
    );
    const toggle = screen.getByTestId('queue-filter-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAccessibleName('Filter (2 filter aktif)');
    expect(screen.getByTestId('queue-filter-summary')).toHaveTextContent('2026 · Jatiasih · Diajukan');
    const form = screen.getByRole('form', { name: 'Saring antrean' });
    expect(toggle).toHaveAttribute('aria-controls', form.id);
    expect(form).toHaveAttribute('data-open', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(form).toHaveAttribute('data-open', 'true');
    for (const label of ['Tahun', 'Kecamatan', 'Klaster', 'Status'])
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Klaster'), 'K1');
    expect(onChange).toHaveBeenCalledWith({ clusterCode: 'K1' });
  });
});
