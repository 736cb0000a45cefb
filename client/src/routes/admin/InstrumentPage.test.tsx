import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import type { IndicatorSetOverviewFieldsFragment } from '../../gql/graphql';
import {
  AddIndicatorDocument,
  CopyIndicatorSetDocument,
  DeleteIndicatorDocument,
  DeleteIndicatorSetDocument,
  IndicatorSetDetailDocument,
  IndicatorSetsDocument,
} from '../../features/indicator/indicator-set-admin.documents';
import { indicatorFixture } from '../../features/indicator/indicator-fixtures';
import { renderWithApollo } from '../../test/render';
import { InstrumentPage } from './InstrumentPage';

const overview = (
  code: string,
  status: 'DRAFT' | 'PUBLISHED',
  totalMaxPoints = 1000,
): IndicatorSetOverviewFieldsFragment => ({
  __typename: 'IndicatorSetOverview',
  code,
  name: `Set ${code}`,
  status,
  totalMaxPoints,
  indicatorCount: 2,
  usedByPeriods: status === 'PUBLISHED' ? [2026] : [],
  editable: status === 'DRAFT',
});

function detail(
  code: string,
  points: [number, number],
  extra: ReturnType<typeof indicatorFixture>[] = [],
): MockLink.MockedResponse {
  const set = overview(code, 'DRAFT', points[0] + points[1] + extra.reduce((sum, i) => sum + i.maxPoints, 0));
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
            {
              __typename: 'Cluster',
              code: 'K2',
              name: 'Klaster II',
              nameEn: 'Cluster II',
              indicators: [indicatorFixture({ code: 'K2-08', maxPoints: points[0] })],
            },
            {
              __typename: 'Cluster',
              code: 'K3',
              name: 'Klaster III',
              nameEn: 'Cluster III',
              indicators: [indicatorFixture({ code: 'K3-17', maxPoints: points[1] }), ...extra],
            },
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

const sets = (...list: IndicatorSetOverviewFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: IndicatorSetsDocument },
  result: { data: { indicatorSets: list } },
});

describe('InstrumentPage', () => {
  it('copies a set through the "Salin" dialog and opens the new draft in the editor', async () => {
    const user = userEvent.setup();
    renderPage([
      sets(overview('KLA-24', 'PUBLISHED')),
      {
        request: {
          query: CopyIndicatorSetDocument,
          variables: { input: { sourceCode: 'KLA-24', code: 'KLA-24-2027', name: 'KLA 2027' } },
        },
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
    expect(screen.getByTestId('publish-reason')).toHaveTextContent(
      'Total nilai maks. harus tepat 1000 (sekarang 990).',
    );
  });

  it('refuses to send a rule that does not give maxPoints, naming the problem', async () => {
    const user = userEvent.setup();
    renderPage([sets(overview('KLA-X', 'DRAFT')), detail('KLA-X', [960, 40])], '/admin/instrumen?set=KLA-X');
    const maxPoints = await screen.findByTestId('max-points-K3-17');
    await user.clear(maxPoints);
    await user.type(maxPoints, '30');
    await user.click(screen.getByTestId('save-indicator-K3-17'));
    await waitFor(() =>
      expect(screen.getByTestId('indicator-message-K3-17')).toHaveTextContent(
        'rule gives at most 40 points, maxPoints is 30',
      ),
    );
  });
  it('adds an indicator through "Tambah indikator": the code is checked first, then the total follows', async () => {
    const user = userEvent.setup();
    const added = indicatorFixture({ code: 'K3-25', maxPoints: 10 });
    const input = {
      setCode: 'KLA-X',
      code: 'K3-25',
      clusterCode: 'K3',
      position: 1,
      name: 'Pojok baca anak',
      shortName: 'Pojok baca',
      nameEn: 'Reading corner',
      guidance: '',
      measureType: 'YES_NO',
      direction: 'HIGHER_IS_BETTER',
      maxPoints: 10,
      scoringRule: { type: 'YES_NO', yes: 10, no: 0 },
      numeratorLabel: null,
      denominatorLabel: null,
      unit: null,
      shortNameEn: null,
      guidanceEn: null,
      numeratorLabelEn: null,
      denominatorLabelEn: null,
      unitEn: null,
      evidenceItems: null,
    };
    renderPage(
      [
        sets(overview('KLA-X', 'DRAFT', 990)),
        detail('KLA-X', [960, 30]),
        { request: { query: AddIndicatorDocument, variables: { input } }, result: { data: { addIndicator: added } } },
        sets(overview('KLA-X', 'DRAFT', 1000)),
        detail('KLA-X', [960, 30], [added]),
      ],
      '/admin/instrumen?set=KLA-X',
    );
    expect(await screen.findByTestId('set-total')).toHaveTextContent('990 / 1000');
    await user.click(screen.getByTestId('add-indicator'));
    const form = screen.getByTestId('add-indicator-form');
    await user.selectOptions(screen.getByTestId('cluster-new'), 'K3');
    await user.clear(screen.getByTestId('new-indicator-code'));
    await user.type(screen.getByTestId('new-indicator-code'), 'K2-25');
    await user.click(screen.getByTestId('add-indicator-submit'));
    expect(await within(form).findByText('Kode harus diawali klasternya: K3-…')).toBeInTheDocument();
    await user.clear(screen.getByTestId('new-indicator-code'));
    await user.type(screen.getByTestId('new-indicator-code'), 'k3-25');
    await user.type(screen.getByTestId('new-indicator-position'), '1');
    await user.type(within(form).getByLabelText('Nama'), 'Pojok baca anak');
    await user.type(within(form).getByLabelText('Nama singkat'), 'Pojok baca');
    await user.type(within(form).getByLabelText('Nama (Inggris)'), 'Reading corner');
    await user.type(within(form).getByLabelText('Nilai maks.'), '10');
    await user.type(screen.getByTestId('rule-yes-new'), '5');
    await user.click(screen.getByTestId('add-indicator-submit'));
    // The same rule check as the server: the rule gives 5, maxPoints is 10.
    expect(await screen.findByTestId('add-indicator-failure')).toHaveTextContent(
      'rule gives at most 5 points, maxPoints is 10',
    );
    await user.clear(screen.getByTestId('rule-yes-new'));
    await user.type(screen.getByTestId('rule-yes-new'), '10');
    await user.click(screen.getByTestId('add-indicator-submit'));
    expect(await screen.findByTestId('set-notice')).toHaveTextContent('Indikator K3-25 ditambahkan.');
    expect(screen.getByTestId('set-total')).toHaveTextContent('Total nilai maks.: 1000 / 1000');
    expect(screen.getByTestId('indicator-editor-K3-25')).toBeInTheDocument();
    expect(screen.queryByTestId('add-indicator-form')).not.toBeInTheDocument();
  });

  it('deletes an indicator only after a confirmation, and the total follows', async () => {
    const user = userEvent.setup();
    const extra = indicatorFixture({ code: 'K3-25', maxPoints: 10 });
    renderPage(
      [
        sets(overview('KLA-X', 'DRAFT', 1000)),
        detail('KLA-X', [960, 30], [extra]),
        {
          request: { query: DeleteIndicatorDocument, variables: { setCode: 'KLA-X', indicatorCode: 'K3-25' } },
          result: { data: { deleteIndicator: overview('KLA-X', 'DRAFT', 990) } },
        },
        sets(overview('KLA-X', 'DRAFT', 990)),
        detail('KLA-X', [960, 30]),
      ],
      '/admin/instrumen?set=KLA-X',
    );
    expect(await screen.findByTestId('set-total')).toHaveTextContent('1000 / 1000');
    await user.click(screen.getByTestId('delete-indicator-K3-25'));
    expect(screen.getByText(/Hapus K3-25 beserta aturan nilai.*Total berkurang 10/)).toBeInTheDocument();
    await user.click(screen.getByTestId('confirm-delete-indicator-K3-25'));
    await waitFor(() => expect(screen.queryByTestId('indicator-editor-K3-25')).not.toBeInTheDocument());
    expect(screen.getByTestId('set-total')).toHaveTextContent('990 / 1000');
  });

  it('offers "Hapus set" only for a draft no period uses, and deletes it after a confirmation', async () => {
    const user = userEvent.setup();
    renderPage([
      sets(overview('KLA-24', 'PUBLISHED'), overview('KLA-X', 'DRAFT'), {
        ...overview('KLA-Y', 'DRAFT'),
        usedByPeriods: [2027],
      }),
      {
        request: { query: DeleteIndicatorSetDocument, variables: { code: 'KLA-X' } },
        result: { data: { deleteIndicatorSet: { __typename: 'IndicatorSetDeleted', code: 'KLA-X' } } },
      },
      sets(overview('KLA-24', 'PUBLISHED'), { ...overview('KLA-Y', 'DRAFT'), usedByPeriods: [2027] }),
    ]);
    await screen.findByTestId('set-row-KLA-X');
    expect(screen.queryByTestId('delete-set-KLA-24')).not.toBeInTheDocument();
    expect(screen.queryByTestId('delete-set-KLA-Y')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('delete-set-KLA-X'));
    expect(screen.getByText(/Hapus set draf KLA-X/)).toBeInTheDocument();
    await user.click(screen.getByTestId('confirm-delete-set-KLA-X'));
    expect(await screen.findByTestId('sets-notice')).toHaveTextContent('Set KLA-X dihapus.');
    await waitFor(() => expect(screen.queryByTestId('set-row-KLA-X')).not.toBeInTheDocument());
  });
});
