import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ScoreboardChart } from './ScoreboardChart';
import { ScoreboardTable } from './ScoreboardTable';
import { scoreboardRow } from '../../test/score-fixtures';

const rows = [
  scoreboardRow('32.75.02', 'Bekasi Barat', [100, 80, 90, 120, 100, 22.5], 'PRATAMA'), // 512,5
  scoreboardRow('32.75.09', 'Jatiasih', [150, 120, 150, 200, 140, 100], 'KLA'), // 860 → shown as given
  scoreboardRow('32.75.07', 'Bantargebang', [40, 30, 50, 60, 20, 10], 'NONE'), // 210
];

describe('ScoreboardChart', () => {
  it('draws one bar row per kecamatan, highest total first, labelled with the totals', () => {
    const { container } = render(<ScoreboardChart rows={rows} width={800} />);
    // Totals: the right-hand axis, one per row, in the same order as the names.
    const totals = [...container.querySelectorAll('.recharts-yAxis-tick-labels text[orientation="right"]')].map(
      (el) => el.textContent,
    );
    expect(totals).toEqual(['860', '512,5', '210']);
    const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels text[orientation="left"]')].map(
      (el) => el.textContent,
    );
    expect(ticks).toEqual(['Jatiasih', 'Bekasi Barat', 'Bantargebang']);
    // One stacked segment per cluster per kecamatan.
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(rows.length * 6);
  });

  it('opens a kecamatan when its bar is clicked', async () => {
    const onSelect = vi.fn();
    const { container } = render(<ScoreboardChart rows={rows} width={800} onSelect={onSelect} />);
    const first = container.querySelector('.recharts-bar-rectangle path, .recharts-bar-rectangle');
    expect(first).not.toBeNull();
    first!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith('32.75.09');
  });
});

describe('ScoreboardTable', () => {
  it('lists kecamatan by total with their category, linking to the detail page', () => {
    render(
      <MemoryRouter>
        <ScoreboardTable rows={rows} hrefOf={(code) => `/skor/kecamatan/${code}`} />
      </MemoryRouter>,
    );
    const table = screen.getByTestId('scoreboard-table');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Jatiasih',
      'Bekasi Barat',
      'Bantargebang',
    ]);
    expect(screen.getByTestId('scoreboard-total-32.75.02')).toHaveTextContent('512,5');
    expect(screen.getByTestId('scoreboard-category-32.75.07')).toHaveTextContent('Belum berperingkat');
    expect(screen.getByTestId('scoreboard-category-32.75.09')).toHaveTextContent('KLA');
    expect(within(bodyRows[0]).getByRole('link')).toHaveAttribute('href', '/skor/kecamatan/32.75.09');
  });
});

describe('ScoreboardChart legend', () => {
  it('lists the clusters in instrument order, Kelembagaan first', () => {
    const { container } = render(<ScoreboardChart rows={rows} width={800} />);
    const legend = [...container.querySelectorAll('.recharts-legend-item-text')].map((el) => el.textContent);
    expect(legend).toEqual(['KEL', 'K1', 'K2', 'K3', 'K4', 'K5']);
  });
});
