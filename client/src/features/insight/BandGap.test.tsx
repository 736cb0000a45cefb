import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { MissingStep, ScoreCategory } from '../../gql/graphql';
import { BandGap, type BandGapData } from './BandGap';

const indicator = (code: string, pointsAvailable: number, missing: MissingStep[]) => ({
  __typename: 'GapIndicator' as const,
  pointsAvailable,
  missing,
  indicator: {
    __typename: 'Indicator' as const,
    id: code,
    code,
    clusterCode: code.split('-')[0],
    name: `Indikator ${code}`,
    shortName: `Ind ${code}`,
    shortNameEn: null,
    nameEn: `Indicator ${code}`,
  },
});

function gap(partial: Partial<BandGapData> & { category: ScoreCategory }): BandGapData {
  return {
    __typename: 'BandGap',
    basis: 'VERIFIED',
    total: 0,
    nextCategory: null,
    threshold: null,
    inclusive: false,
    pointsNeeded: 0,
    reachable: true,
    indicators: [],
    ...partial,
  };
}

describe('BandGap', () => {
  it('says "Sudah KLA" in the top band and lists nothing', () => {
    render(
      <BandGap gap={gap({ category: 'KLA', total: 950, indicators: [indicator('K1-04', 10, ['VERIFICATION'])] })} />,
    );
    expect(screen.getByTestId('gap-headline')).toHaveTextContent('Sudah KLA');
    expect(screen.queryByTestId('gap-K1-04')).not.toBeInTheDocument();
  });

  it('says "lebih dari N poin" when the edge is exclusive, indicators by points available', () => {
    render(
      <BandGap
        gap={gap({
          category: 'PRATAMA',
          total: 580,
          nextCategory: 'MADYA',
          threshold: 600,
          inclusive: false,
          pointsNeeded: 20,
          indicators: [
            indicator('K3-10', 30, ['EVIDENCE', 'VERIFICATION']),
            indicator('K1-04', 12.5, ['VERIFICATION']),
          ],
        })}
      />,
    );
    expect(screen.getByTestId('gap-headline')).toHaveTextContent('lebih dari 20 poin lagi menuju Madya');
    const rows = within(screen.getByTestId('gap-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset.testid)).toEqual(['gap-K3-10', 'gap-K1-04']);
    expect(screen.getByTestId('gap-K3-10')).toHaveTextContent('bukti dukung');
    expect(screen.getByTestId('gap-K3-10')).toHaveTextContent('verifikasi');
    expect(screen.getByTestId('gap-K1-04')).toHaveTextContent('12,5');
  });

  it('says "N poin" (inclusive) when nothing is answered, each indicator lacking its answer', () => {
    render(
      <BandGap
        gap={gap({
          category: 'NONE',
          total: 0,
          nextCategory: 'PRATAMA',
          threshold: 500,
          inclusive: true,
          pointsNeeded: 500,
          indicators: [
            indicator('K3-10', 60, ['ANSWER', 'EVIDENCE', 'VERIFICATION']),
            indicator('KEL-01', 50, ['VERIFICATION', 'ANSWER']),
          ],
        })}
      />,
    );
    const headline = screen.getByTestId('gap-headline');
    expect(headline).toHaveTextContent('500 poin lagi menuju Pratama');
    expect(headline).not.toHaveTextContent('lebih dari');
    // Missing steps in a fixed order: answer, evidence, verification.
    expect(
      within(screen.getByTestId('gap-KEL-01'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['jawaban', 'verifikasi']);
    expect(screen.getByTestId('gap-K3-10')).toHaveTextContent('jawaban');
  });
});
