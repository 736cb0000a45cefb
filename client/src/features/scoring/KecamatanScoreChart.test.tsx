import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { KecamatanScoreChart } from './KecamatanScoreChart';
import { ClusterScoreTable } from './ClusterScoreTable';
import { CategoryBadge } from './CategoryBadge';
import { scoreboardRow } from '../../test/score-fixtures';
import { i18n } from '../../app/i18n';

const row = scoreboardRow('32.75.09', 'Jatiasih', [150, 87.5, 160, 200, 140, 75], 'NINDYA');

describe('KecamatanScoreChart', () => {
  it('draws each cluster score next to its maximum, in instrument order', () => {
    const { container } = render(<KecamatanScoreChart clusters={[...row.clusters].reverse()} width={600} />);
    const scores = [...container.querySelectorAll('.chart-score-label text, text.chart-score-label')].map(
      (el) => el.textContent,
    );
    const maxima = [...container.querySelectorAll('.chart-max-label text, text.chart-max-label')].map(
      (el) => el.textContent,
    );
    expect(scores).toEqual(['150', '87,5', '160', '200', '140', '75']);
    expect(maxima).toEqual(['170', '130', '180', '220', '150', '150']);
    const ticks = [
      ...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((el) => el.textContent);
    expect(ticks).toEqual(['KEL', 'K1', 'K2', 'K3', 'K4', 'K5']);
  });

  it('formats numbers for English too', async () => {
    await i18n.changeLanguage('en');
    const { container } = render(<KecamatanScoreChart clusters={row.clusters} width={600} />);
    const scores = [...container.querySelectorAll('.chart-score-label text, text.chart-score-label')].map(
      (el) => el.textContent,
    );
    expect(scores).toContain('87.5');
  });
});

describe('ClusterScoreTable', () => {
  it('shows every cluster score by its code', () => {
    render(<ClusterScoreTable clusters={row.clusters} />);
    expect(screen.getByTestId('cluster-score-KEL')).toHaveTextContent('150');
    expect(screen.getByTestId('cluster-score-K1')).toHaveTextContent('87,5');
    expect(screen.getByTestId('cluster-score-K5')).toHaveTextContent('75');
  });
});

describe('CategoryBadge', () => {
  it('names the category, and "Belum berperingkat" for NONE', async () => {
    const { rerender } = render(<CategoryBadge category="NINDYA" />);
    expect(screen.getByTestId('category-badge')).toHaveTextContent('Nindya');
    rerender(<CategoryBadge category="NONE" />);
    expect(screen.getByTestId('category-badge')).toHaveTextContent('Belum berperingkat');
    await i18n.changeLanguage('en');
    rerender(<CategoryBadge category="NONE" />);
    expect(screen.getByTestId('category-badge')).toHaveTextContent('Not ranked');
  });
});
