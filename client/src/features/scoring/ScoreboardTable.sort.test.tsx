import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { ScoreboardTable } from './ScoreboardTable';
import { scoreboardRow } from '../../test/score-fixtures';

const rows = [
  scoreboardRow('32.75.07', 'Bantargebang', [40, 30, 50, 60, 20, 10], 'NONE', {
    scores: [100, 100, 100, 100, 100, 50],
    category: 'MADYA',
  }),
  scoreboardRow('32.75.09', 'Jatiasih', [150, 120, 150, 200, 140, 100], 'UTAMA', { scores: [10], category: 'NONE' }),
  scoreboardRow('32.75.01', 'Bekasi Timur', [100, 10, 100, 100, 100, 100], 'PRATAMA'),
];

function names() {
  return within(screen.getByTestId('scoreboard-table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

describe('ScoreboardTable sorting', () => {
  it('starts by the total in force, highest first, and marks that header', () => {
    render(<ScoreboardTable rows={rows} mode="self" hrefOf={(c) => `/k/${c}`} />, { wrapper: MemoryRouter });
    expect(names()).toEqual(['Jatiasih', 'Bekasi Timur', 'Bantargebang']);
    expect(screen.getByTestId('sort-header-self')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByTestId('sort-header-name')).toHaveAttribute('aria-sort', 'none');
  });

  it('sorts by name, by the verified total and by a cluster; a second press reverses', async () => {
    const user = userEvent.setup();
    render(<ScoreboardTable rows={rows} mode="self" hrefOf={(c) => `/k/${c}`} />, { wrapper: MemoryRouter });
    await user.click(screen.getByTestId('sort-name'));
    expect(names()).toEqual(['Bantargebang', 'Bekasi Timur', 'Jatiasih']);
    expect(screen.getByTestId('sort-header-name')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByTestId('sort-name'));
    expect(names()).toEqual(['Jatiasih', 'Bekasi Timur', 'Bantargebang']);
    expect(screen.getByTestId('sort-header-name')).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByTestId('sort-verified'));
    expect(names()).toEqual(['Bantargebang', 'Jatiasih', 'Bekasi Timur']);

    // K1 in the self mode: Jatiasih 120, Bantargebang 30, Bekasi Timur 10.
    await user.click(screen.getByTestId('sort-cluster:K1'));
    expect(names()).toEqual(['Jatiasih', 'Bantargebang', 'Bekasi Timur']);
    expect(screen.getByTestId('sort-header-cluster:K1')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByTestId('sort-header-self')).toHaveAttribute('aria-sort', 'none');
  });

  it('is keyboard operable: the sort controls are buttons reached with Tab', async () => {
    const user = userEvent.setup();
    render(<ScoreboardTable rows={rows} mode="self" hrefOf={(c) => `/k/${c}`} />, { wrapper: MemoryRouter });
    screen.getByTestId('sort-name').focus();
    await user.keyboard('{Enter}');
    expect(names()[0]).toBe('Bantargebang');
    // The rank stays the rank by the total in force, whatever the order.
    expect(within(screen.getByTestId('scoreboard-row-32.75.07')).getAllByRole('cell')[0]).toHaveTextContent('3');
  });
});
