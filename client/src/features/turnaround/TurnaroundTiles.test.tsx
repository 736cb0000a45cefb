import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { TurnaroundGroupFieldsFragment } from '../../gql/graphql';
import { TurnaroundTable } from './TurnaroundTable';
import { TurnaroundTiles } from './TurnaroundTiles';

const figure = (values: Partial<TurnaroundGroupFieldsFragment['decision']>) => ({
  __typename: 'TurnaroundFigure' as const,
  count: 0,
  medianWorkDays: null,
  p90WorkDays: null,
  withinOneWorkDayShare: null,
  waiting: 0,
  oldestWaitingWorkDays: null,
  ...values,
});
const group = (code: string, name: string): TurnaroundGroupFieldsFragment => ({
  __typename: 'TurnaroundGroup',
  code,
  name,
  decision: figure({
    count: 4,
    medianWorkDays: 0.73,
    p90WorkDays: 2,
    withinOneWorkDayShare: 0.75,
    waiting: 1,
    oldestWaitingWorkDays: 1,
  }),
  resubmission: figure({ count: 1, medianWorkDays: 2.08 }),
});

describe('turnaround tiles and table', () => {
  it('shows one tile per figure in working days, in Bahasa Indonesia', () => {
    render(<TurnaroundTiles group={group('ALL', 'Semua')} title="Waktu tanggap verifikasi" />);
    const tiles = screen.getByTestId('turnaround-tiles');
    expect(within(tiles).getByTestId('turnaround-median')).toHaveTextContent('Median keputusan0,7 hari kerja');
    expect(within(tiles).getByTestId('turnaround-p90')).toHaveTextContent('2 hari kerja');
    expect(within(tiles).getByTestId('turnaround-share')).toHaveTextContent('75%');
    expect(within(tiles).getByTestId('turnaround-waiting')).toHaveTextContent('1terlama 1 hari kerja');
    expect(within(tiles).getByTestId('turnaround-resubmission')).toHaveTextContent('2,1 hari kerja');
    expect(tiles).toHaveTextContent('Dari 4 keputusan');
  });

  it('shows a dash where nothing was decided yet', () => {
    const empty = { ...group('ALL', 'Semua'), decision: figure({}) };
    render(<TurnaroundTiles group={empty} title="Waktu tanggap" />);
    expect(screen.getByTestId('turnaround-median')).toHaveTextContent('–');
    expect(screen.getByTestId('turnaround-share')).toHaveTextContent('–');
  });

  it('lists each kecamatan with a link to its page', () => {
    render(
      <MemoryRouter>
        <TurnaroundTable groups={[group('32.75.09', 'Jatiasih')]} hrefOf={(code) => `/kecamatan/${code}`} />
      </MemoryRouter>,
    );
    const row = screen.getByTestId('turnaround-row-32.75.09');
    expect(within(row).getByRole('link', { name: 'Jatiasih' })).toHaveAttribute('href', '/kecamatan/32.75.09');
    expect(row).toHaveTextContent('75%');
  });
});
