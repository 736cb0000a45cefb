import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import type { AdminPeriodFieldsFragment } from '../../gql/graphql';
import {
  AdminPeriodsDocument,
  ClosePeriodDocument,
  ReopenPeriodDocument,
} from '../../features/period/period-admin.documents';
import { PeriodsDocument } from '../../features/period/period.documents';
import { IndicatorSetsDocument } from '../../features/indicator/indicator-set-admin.documents';
import { renderWithApollo } from '../../test/render';
import { PeriodsPage } from './PeriodsPage';

const set = { __typename: 'IndicatorSet' as const, id: 's', code: 'KLA-24', name: 'KLA 24 indikator' };
const period = (
  year: number,
  status: 'OPEN' | 'CLOSED',
  statusReason: string | null = null,
): AdminPeriodFieldsFragment => ({
  __typename: 'Period',
  id: `p${year}`,
  year,
  status,
  deadline: `${year}-12-31T16:59:59.000Z`,
  statusReason,
  demo: false,
  indicatorSet: set,
});
const periodsRefetch: MockLink.MockedResponse = {
  request: { query: PeriodsDocument },
  result: { data: { periods: [] } },
  maxUsageCount: 5,
};

const publishedSets: MockLink.MockedResponse = {
  request: { query: IndicatorSetsDocument },
  result: {
    data: {
      indicatorSets: [
        {
          __typename: 'IndicatorSetOverview',
          code: 'KLA-24',
          name: 'KLA 24 indikator',
          status: 'PUBLISHED',
          totalMaxPoints: 1000,
          indicatorCount: 24,
          usedByPeriods: [2026],
          editable: false,
        },
        {
          __typename: 'IndicatorSetOverview',
          code: 'KLA-DRAFT',
          name: 'Draf',
          status: 'DRAFT',
          totalMaxPoints: 990,
          indicatorCount: 24,
          usedByPeriods: [],
          editable: true,
        },
      ],
    },
  },
  maxUsageCount: 5,
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <MemoryRouter>
      <PeriodsPage />
    </MemoryRouter>,
    { mocks: [...mocks, periodsRefetch, publishedSets] },
  );
}

describe('PeriodsPage', () => {
  it('offers only published indicator sets when opening a year', async () => {
    const user = userEvent.setup();
    renderPage([{ request: { query: AdminPeriodsDocument }, result: { data: { periods: [period(2026, 'OPEN')] } } }]);
    await user.click(await screen.findByTestId('period-open'));
    await waitFor(() => expect(screen.getByTestId('period-open-set')).toHaveTextContent('KLA 24 indikator (KLA-24)'));
    expect(screen.getByTestId('period-open-set')).not.toHaveTextContent('KLA-DRAFT');
  });

  it('closes an open year after a confirmation, with an optional reason', async () => {
    const user = userEvent.setup();
    renderPage([
      { request: { query: AdminPeriodsDocument }, result: { data: { periods: [period(2026, 'OPEN')] } } },
      {
        request: { query: ClosePeriodDocument, variables: { year: 2026, reason: 'Batas waktu lewat' } },
        result: { data: { closePeriod: period(2026, 'CLOSED', 'Batas waktu lewat') } },
      },
    ]);
    expect(await screen.findByTestId('period-row-2026')).toHaveTextContent('Terbuka');
    await user.click(screen.getByTestId('period-close-2026'));
    await user.type(screen.getByTestId('period-reason-2026'), 'Batas waktu lewat');
    await user.click(screen.getByTestId('period-confirm-2026'));
    await waitFor(() => expect(screen.getByTestId('period-row-2026')).toHaveTextContent('Ditutup'));
    expect(screen.getByTestId('period-row-2026')).toHaveTextContent('Alasan: Batas waktu lewat');
  });

  it('reopens a closed year only with a reason', async () => {
    const user = userEvent.setup();
    renderPage([
      { request: { query: AdminPeriodsDocument }, result: { data: { periods: [period(2025, 'CLOSED')] } } },
      {
        request: { query: ReopenPeriodDocument, variables: { year: 2025, reason: 'Perpanjangan' } },
        result: { data: { reopenPeriod: period(2025, 'OPEN', 'Perpanjangan') } },
      },
    ]);
    await user.click(await screen.findByTestId('period-reopen-2025'));
    await user.click(screen.getByTestId('period-confirm-2025'));
    expect(await screen.findByText('Alasan wajib diisi.')).toBeInTheDocument();
    await user.type(screen.getByTestId('period-reason-2025'), 'Perpanjangan');
    await user.click(screen.getByTestId('period-confirm-2025'));
    await waitFor(() => expect(screen.getByTestId('period-row-2025')).toHaveTextContent('Terbuka'));
  });
});
