import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import { PeriodsDocument } from '../period/period.documents';
import { KecamatanListDocument, KecamatanScoreDocument } from '../../routes/evaluator/evaluator.documents';
import { KecamatanScorePage } from '../../routes/evaluator/KecamatanScorePage';
import { renderWithApollo } from '../../test/render';
import { apiScore, scoreboardRow } from '../../test/score-fixtures';
import { ScoreboardTable } from './ScoreboardTable';
import { defaultScoreMode, rowInMode } from './score-model';

const YEAR = 2026;
const partlyVerified = scoreboardRow('32.75.09', 'Jatiasih', [150, 87.5, 160, 200, 140, 75], 'NINDYA', {
  scores: [120, 0, 60, 0, 0, 0],
  category: 'NONE',
});
const unverified = scoreboardRow('32.75.01', 'Bekasi Timur', [100, 100, 100, 100, 100, 50], 'PRATAMA');

describe('defaultScoreMode / rowInMode', () => {
  it('defaults to verified as soon as one indicator is verified, else to self-assessed', () => {
    expect(defaultScoreMode([unverified])).toBe('self');
    expect(defaultScoreMode([unverified, partlyVerified])).toBe('verified');
    expect(defaultScoreMode([])).toBe('self');
  });

  it('takes total, category and cluster scores from the verified answers in verified mode', () => {
    const shown = rowInMode(partlyVerified, 'verified');
    expect([shown.total, shown.category]).toEqual([180, 'NONE']);
    expect(shown.clusters.map((c) => c.score)).toEqual([120, 0, 60, 0, 0, 0]);
    expect(rowInMode(partlyVerified, 'self').total).toBe(812.5);
  });
});

function renderKecamatan(code: string, rows = [partlyVerified, unverified]) {
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: PeriodsDocument },
      result: {
        data: {
          periods: [{ __typename: 'Period', id: 'p', year: YEAR, status: 'OPEN', deadline: null, statusReason: null }],
        },
      },
      maxUsageCount: 5,
    },
    {
      request: { query: KecamatanListDocument },
      result: { data: { kecamatans: rows.map((r) => ({ __typename: 'Kecamatan', code: r.code, name: r.name })) } },
    },
    ...rows.map((row) => ({
      request: { query: KecamatanScoreDocument, variables: { year: YEAR, kecamatanCode: row.code } },
      result: { data: { kecamatanScore: apiScore(row) } },
      maxUsageCount: 3,
    })),
  ];
  return renderWithApollo(
    <MemoryRouter initialEntries={[`/skor/kecamatan/${code}?tahun=${YEAR}`]}>
      <Routes>
        <Route path="/skor/kecamatan/:code?" element={<KecamatanScorePage />} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

describe('KecamatanScorePage score mode', () => {
  it('shows the verified score by default when something is verified, with both totals side by side', async () => {
    const user = userEvent.setup();
    renderKecamatan('32.75.09');
    const total = await screen.findByTestId('total-score');
    expect(screen.getByTestId('score-mode')).toHaveAttribute('data-mode', 'verified');
    expect(screen.getByRole('radio', { name: 'Terverifikasi' })).toBeChecked();
    expect(total).toHaveTextContent('180');
    expect(screen.getByTestId('verified-total')).toHaveTextContent('180');
    expect(screen.getByTestId('self-total')).toHaveTextContent('812,5');
    expect(screen.getByTestId('verified-count')).toHaveTextContent('2 dari 24 indikator terverifikasi');
    expect(screen.getByTestId('category-badge')).toHaveTextContent('Belum berperingkat');
    // The table shows both; the score of the mode in force carries cluster-score-<CODE>.
    expect(screen.getByTestId('cluster-score-KEL')).toHaveTextContent('120');
    expect(
      within(screen.getByTestId('cluster-verified-score-KEL')).getByTestId('cluster-score-KEL'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('cluster-self-score-KEL')).toHaveTextContent('150');
    expect(screen.getByTestId('cluster-verified-score-K1')).toHaveTextContent('0');

    await user.click(screen.getByRole('radio', { name: 'Penilaian mandiri' }));
    expect(screen.getByTestId('score-mode')).toHaveAttribute('data-mode', 'self');
    expect(screen.getByTestId('total-score')).toHaveTextContent('812,5');
    expect(screen.getByTestId('category-badge')).toHaveTextContent('Nindya');
    expect(screen.getByTestId('cluster-score-K1')).toHaveTextContent('87,5');
    expect(within(screen.getByTestId('cluster-self-score-K1')).getByTestId('cluster-score-K1')).toBeInTheDocument();
    expect(screen.getByTestId('cluster-verified-score-KEL')).toHaveTextContent('120');
  });

  it('defaults to the self-assessed score while nothing is verified', async () => {
    renderKecamatan('32.75.01');
    await waitFor(() => expect(screen.getByTestId('total-score')).toHaveTextContent('550'));
    expect(screen.getByTestId('score-mode')).toHaveAttribute('data-mode', 'self');
    expect(screen.getByTestId('verified-total')).toHaveTextContent('0');
    expect(screen.getByTestId('cluster-score-K5')).toHaveTextContent('50');
  });
});

describe('ScoreboardTable', () => {
  it('shows self-assessed and verified totals side by side and ranks by the mode in force', () => {
    const highSelf = scoreboardRow('32.75.02', 'Bekasi Barat', [170, 130, 180, 220, 150, 50], 'UTAMA');
    const rows = [unverified, highSelf, partlyVerified];
    const { rerender } = render(
      <MemoryRouter>
        <ScoreboardTable rows={rows} mode="verified" hrefOf={(code) => `/skor/kecamatan/${code}`} />
      </MemoryRouter>,
    );
    const names = () =>
      within(screen.getByTestId('scoreboard-table'))
        .getAllByRole('rowheader')
        .map((c) => c.textContent);
    expect(names()).toEqual(['Jatiasih', 'Bekasi Barat', 'Bekasi Timur']);
    expect(screen.getByTestId('scoreboard-total-32.75.09')).toHaveTextContent('812,5');
    expect(screen.getByTestId('scoreboard-verified-total-32.75.09')).toHaveTextContent('180');
    expect(screen.getByTestId('scoreboard-verified-category-32.75.09')).toHaveTextContent('Belum berperingkat');
    expect(screen.getByTestId('scoreboard-row-32.75.09')).toHaveTextContent('2 dari 24 indikator terverifikasi');
    rerender(
      <MemoryRouter>
        <ScoreboardTable rows={rows} mode="self" hrefOf={(code) => `/skor/kecamatan/${code}`} />
      </MemoryRouter>,
    );
    expect(names()).toEqual(['Bekasi Barat', 'Jatiasih', 'Bekasi Timur']);
    expect(screen.getByTestId('scoreboard-total-32.75.01')).toHaveTextContent('550');
    expect(screen.getByTestId('scoreboard-verified-total-32.75.02')).toHaveTextContent('0');
  });
});
