import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import type { IndicatorSetOverviewFieldsFragment } from '../../gql/graphql';
import { CopyIndicatorSetDocument, IndicatorSetDetailDocument, IndicatorSetsDocument } from '../../features/instrument/instrument.documents';
import { indicatorFixture } from '../../features/instrument/instrument-fixtures';
import { renderWithApollo } from '../../test/render';
import { InstrumentPage } from './InstrumentPage';

const overview = (code: string, status: 'DRAFT' | 'PUBLISHED', totalMaxPoints = 1000): IndicatorSetOverviewFieldsFragment => ({
  __typename: 'IndicatorSetOverview',
  code,
  name: `Set ${code}`,
  status,
  totalMaxPoints,
  indicatorCount: 2,
  usedByPeriods: status === 'PUBLISHED' ? [2026] : [],
  editable: status === 'DRAFT',
});

function detail(code: string, points: [number, number]): MockLink.MockedResponse {
  const set = overview(code, 'DRAFT', points[0] + points[1]);
  return {
    request: { query: IndicatorSetDetailDocument, variables: { code } },
    result: {
      data: {
        indicatorSetDetail: {
          __typename: 'IndicatorSetDetail',
          code: set.code,
          name: set.name,
          status: set.status,
          totalMaxPoints: set.totalMaxPoints,
          usedByPeriods: set.usedByPeriods,
          editable: true,
          clusters: [
            { __typename: 'Cluster', code: 'K2', name: 'Klaster II', nameEn: 'Cluster II', indicators: [indicatorFixture({ code: 'K2-08', maxPoints: points[0] })] },
            { __typename: 'Cluster', code: 'K3', name: 'Klaster III', nameEn: 'Cluster III', indicators: [indicatorFixture({ code: 'K3-17', maxPoints: points[1] })] },
          ],
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], url = '/admin/instrumen') {
  return renderWithApollo(
    <MemoryRouter initialEntries={[url]}>
      <InstrumentPage />
    </MemoryRouter>,
    { mocks },
  );
}

const sets = (...list: IndicatorSetOverviewFieldsFragment[]): MockLink.MockedResponse => ({ request: { query: IndicatorSetsDocument }, result: { data: { indicatorSets: list } } });

describe('InstrumentPage', () => {
  it('copies a set through the "Salin" dialog and opens the new draft in the editor', async () => {
    const user = userEvent.setup();
    renderPage([
      sets(overview('KLA-24', 'PUBLISHED')),
      {
        request: { query: CopyIndicatorSetDocument, variables: { input: { sourceCode: 'KLA-24', code: 'KLA-24-2027', name: 'KLA 2027' } } },
        result: { data: { copyIndicatorSet: overview('KLA-24-2027', 'DRAFT') } },
      },
      sets(overview('KLA-24', 'PUBLISHED'), overview('KLA-24-2027', 'DRAFT')),
      detail('KLA-24-2027', [960, 40]),
    ]);
    expect(await screen.findByTestId('set-row-KLA-24')).toHaveTextContent('Terbit');
    expect(screen.queryByTestId('edit-set-KLA-24')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('copy-set-KLA-24'));
    await user.click(screen.getByTestId('copy-submit'));
    expect(await screen.findByText('Kode 2–40 karakter: huruf, angka dan "-".')).toBeInTheDocument();
    await user.type(screen.getByTestId('copy-code'), 'KLA-24-2027');
    await user.type(screen.getByTestId('copy-name'), 'KLA 2027');
    await user.click(screen.getByTestId('copy-submit'));
    expect(await screen.findByTestId('set-row-KLA-24-2027')).toHaveTextContent('Draf');
    expect(await screen.findByTestId('indicator-editor-K2-08')).toBeInTheDocument();
    expect(screen.getByTestId('set-total')).toHaveTextContent('Total nilai maks.: 1000 / 1000');
  });

  it('enables "Terbitkan" at exactly 1000', async () => {
    renderPage([sets(overview('KLA-X', 'DRAFT')), detail('KLA-X', [960, 40])], '/admin/instrumen?set=KLA-X');
    const total = await screen.findByTestId('set-total');
    expect(total).toHaveTextContent('Total nilai maks.: 1000 / 1000');
    expect(total).not.toHaveClass('set-total--warning');
    expect(screen.getByTestId('publish-set')).toBeEnabled();
    expect(screen.queryByTestId('publish-reason')).not.toBeInTheDocument();
  });

  it('warns and disables "Terbitkan" with the reason when the total is not 1000', async () => {
    renderPage([sets(overview('KLA-X', 'DRAFT', 990)), detail('KLA-X', [960, 30])], '/admin/instrumen?set=KLA-X');
    const total = await screen.findByTestId('set-total');
    expect(total).toHaveTextContent('Total nilai maks.: 990 / 1000');
    expect(total).toHaveClass('set-total--warning');
    expect(screen.getByTestId('publish-set')).toBeDisabled();
    expect(screen.getByTestId('publish-reason')).toHaveTextContent('Total nilai maks. harus tepat 1000 (sekarang 990).');
  });

  it('refuses to send a rule that does not give maxPoints, naming the problem', async () => {
    const user = userEvent.setup();
    renderPage([sets(overview('KLA-X', 'DRAFT')), detail('KLA-X', [960, 40])], '/admin/instrumen?set=KLA-X');
    const maxPoints = await screen.findByTestId('max-points-K3-17');
    await user.clear(maxPoints);
    await user.type(maxPoints, '30');
    await user.click(screen.getByTestId('save-indicator-K3-17'));
    await waitFor(() => expect(screen.getByTestId('indicator-message-K3-17')).toHaveTextContent('rule gives at most 40 points, maxPoints is 30'));
  });
});
