import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { SubmissionStatus } from '../../gql/graphql';
import { ReadinessMatrix } from './ReadinessMatrix';
import { readinessMatrix, cellKey } from './readiness';

const clusters = [
  { code: 'K1', indicators: [{ code: 'K1-04' }, { code: 'K1-05' }, { code: 'K1-06' }] },
  { code: 'KEL', indicators: [{ code: 'KEL-01' }, { code: 'KEL-02' }] },
];
const kecamatans = [
  { code: '32.75.09', name: 'Jatiasih' },
  { code: '32.75.07', name: 'Bantargebang' },
];
const sub = (kecamatanCode: string, indicatorCode: string, status: SubmissionStatus) => ({
  kecamatanCode,
  indicatorCode,
  status,
});
const queue = [
  sub('32.75.09', 'K1-04', 'DRAFT'),
  sub('32.75.09', 'K1-05', 'RETURNED'),
  sub('32.75.09', 'KEL-01', 'VERIFIED'),
  sub('32.75.09', 'KEL-02', 'VERIFIED'),
  sub('32.75.07', 'K1-04', 'SUBMITTED'),
  sub('32.75.07', 'K1-05', 'SUBMITTED'),
  sub('32.75.07', 'K1-06', 'VERIFIED'),
  // Not part of the set: ignored.
  sub('32.75.07', 'X-99', 'DRAFT'),
];

describe('readiness matrix', () => {
  it('counts each state per kecamatan and cluster, empty = indicators without a submission', () => {
    render(<ReadinessMatrix kecamatans={kecamatans} clusters={clusters} submissions={queue} />, {
      wrapper: MemoryRouter,
    });
    const mixed = screen.getByTestId('readiness-32.75.09-K1');
    expect(mixed.dataset).toMatchObject({
      empty: '1',
      draft: '1',
      submitted: '0',
      returned: '1',
      verified: '0',
      state: 'returned',
    });
    expect(mixed).toHaveTextContent('Dikembalikan');
    expect(screen.getByTestId('readiness-32.75.09-KEL').dataset).toMatchObject({
      verified: '2',
      empty: '0',
      state: 'verified',
    });
    expect(screen.getByTestId('readiness-32.75.07-K1').dataset).toMatchObject({
      submitted: '2',
      verified: '1',
      empty: '0',
      state: 'submitted',
    });
    const empty = screen.getByTestId('readiness-32.75.07-KEL');
    expect(empty.dataset).toMatchObject({ empty: '2', draft: '0', state: 'empty' });
    // Labelled in text, not only by colour.
    expect(empty).toHaveTextContent('2 Kosong');
    // Clusters in instrument order: KEL before K1.
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Kecamatan', 'KEL', 'K1']);
  });

  it('does not count a duplicate submission twice', () => {
    const cells = readinessMatrix(['32.75.09'], clusters, [
      sub('32.75.09', 'K1-04', 'DRAFT'),
      sub('32.75.09', 'K1-04', 'DRAFT'),
    ]);
    expect(cells.get(cellKey('32.75.09', 'K1'))!.counts).toEqual({
      empty: 2,
      draft: 1,
      submitted: 0,
      returned: 0,
      verified: 0,
    });
  });
});
