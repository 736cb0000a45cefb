import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import { MeDocument } from '../../features/auth/auth.documents';
import { PeriodsDocument } from '../../features/period/period.documents';
import { SubmitSubmissionsDocument } from '../../features/submission/submission.documents';
import {
  KECAMATAN,
  YEAR,
  operatorUser as operator,
  countIndicator,
  optionsIndicator,
  percentageAnswer,
  percentageIndicator,
  submission,
  yesNoIndicator,
} from '../../test/fixtures';
import { renderWithApollo } from '../../test/render';
import { OperatorFormPage } from './OperatorFormPage';
import { OperatorFormDocument } from './operator-form.documents';

const count = (n: number) => ({
  __typename: 'Answer' as const,
  numerator: null,
  denominator: null,
  percentage: null,
  count: n,
  yes: null,
  option: null,
});

const returnedK104 = submission({
  indicatorCode: 'K1-04',
  version: 5,
  status: 'RETURNED',
  statusReason: 'Penyebut harus jumlah anak 0–17 tahun, bukan jumlah penduduk.',
  answer: percentageAnswer(45, 900),
});

function renderForm(mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <MemoryRouter>
      <OperatorFormPage />
    </MemoryRouter>,
    {
      mocks: [
        { request: { query: MeDocument }, result: { data: { me: operator } } },
        {
          request: { query: PeriodsDocument },
          result: {
            data: {
              periods: [
                { __typename: 'Period', id: 'p26', year: YEAR, status: 'OPEN', deadline: null, statusReason: null },
              ],
            },
          },
          maxUsageCount: 5,
        },
        {
          request: { query: OperatorFormDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } },
          result: {
            data: {
              clusters: [
                {
                  __typename: 'Cluster',
                  code: 'KEL',
                  name: 'Kelembagaan',
                  nameEn: 'Institutions',
                  maxPoints: 100,
                  indicators: [optionsIndicator, countIndicator],
                },
                {
                  __typename: 'Cluster',
                  code: 'K1',
                  name: 'Klaster I',
                  nameEn: 'Cluster I',
                  maxPoints: 50,
                  indicators: [percentageIndicator],
                },
                {
                  __typename: 'Cluster',
                  code: 'K2',
                  name: 'Klaster II',
                  nameEn: 'Cluster II',
                  maxPoints: 40,
                  indicators: [yesNoIndicator],
                },
              ],
              submissions: [
                submission({
                  indicatorCode: 'KEL-03',
                  version: 2,
                  status: 'VERIFIED',
                  answer: count(5),
                  verifiedAnswer: count(5),
                  verifiedPoints: 30,
                }),
                returnedK104,
                submission({
                  indicatorCode: 'K2-08',
                  version: 1,
                  status: 'DRAFT',
                  answer: { ...count(0), count: null, yes: true },
                }),
              ],
              previousYearAnswers: [],
            },
          },
        },
        ...mocks,
      ],
    },
  );
}

describe('OperatorFormPage workflow', () => {
  it('counts indicators per status, overall and per cluster', async () => {
    renderForm([]);
    const overall = await screen.findByTestId('overall-status');
    const counts = (el: HTMLElement) =>
      Object.fromEntries(
        within(el)
          .getAllByRole('listitem')
          .map((li) => [li.getAttribute('data-status'), Number(li.getAttribute('data-count'))]),
      );
    expect(counts(overall)).toEqual({ DRAFT: 2, RETURNED: 1, VERIFIED: 1 });
    expect(counts(screen.getByTestId('cluster-status-KEL'))).toEqual({ DRAFT: 1, VERIFIED: 1 });
    expect(screen.getByTestId('cluster-status-K1')).toHaveTextContent('1 Dikembalikan');
  });

  it('lists returned indicators with their reasons at the top; a link opens the section and goes to the card', async () => {
    const user = userEvent.setup();
    renderForm([]);
    const summary = await screen.findByTestId('returned-summary');
    expect(within(summary).getByRole('heading')).toHaveTextContent('Dikembalikan evaluator (1)');
    expect(summary).toHaveTextContent('Penyebut harus jumlah anak 0–17 tahun, bukan jumlah penduduk.');
    // A closed section has not mounted its cards yet: the link opens it and waits for the card.
    expect(screen.queryByTestId('indicator-K1-04')).toBeNull();
    await user.click(within(summary).getByTestId('returned-link-K1-04'));
    const card = await screen.findByTestId('indicator-K1-04');
    expect(card).toBeVisible();
    await waitFor(() => expect(card).toHaveFocus());
    expect(within(card).getByTestId('return-reason-K1-04')).toHaveTextContent('bukan jumlah penduduk');
  });

  it('"Ajukan semua" asks first, then shows next to it what is missing per indicator', async () => {
    const user = userEvent.setup();
    renderForm([
      {
        request: {
          query: SubmitSubmissionsDocument,
          variables: { input: { year: YEAR, kecamatanCode: KECAMATAN, indicatorCodes: null, clusterCode: null } },
        },
        result: {
          data: {
            submitSubmissions: {
              __typename: 'IncompleteSubmissionError',
              code: 'INCOMPLETE_SUBMISSION',
              message: 'incomplete',
              items: [
                {
                  __typename: 'MissingItem',
                  indicatorCode: 'KEL-01',
                  answerMissing: true,
                  unconfirmed: false,
                  missingEvidence: ['SK_SE_CAMAT_KLA'],
                },
                {
                  __typename: 'MissingItem',
                  indicatorCode: 'K2-08',
                  answerMissing: false,
                  unconfirmed: false,
                  missingEvidence: ['SK_PUSPAGA'],
                },
              ],
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByTestId('submit-all'));
    expect(screen.getByText(/Ajukan 3 indikator yang belum diajukan\?/)).toBeInTheDocument();
    await user.click(screen.getByTestId('confirm-submit-all'));
    const result = await screen.findByTestId('submit-result-all');
    expect(result).toHaveTextContent('tidak ada yang diajukan');
    expect(within(result).getByTestId('missing-KEL-01')).toHaveTextContent('1. Perda KLA');
    expect(within(result).getByTestId('missing-KEL-01')).toHaveTextContent('jawaban belum diisi');
    expect(within(result).getByTestId('missing-KEL-01')).toHaveTextContent('bukti dukung belum ada: SK_SE_CAMAT_KLA');
    expect(within(result).getByTestId('missing-K2-08')).not.toHaveTextContent('jawaban belum diisi');
    // An item the indicator's checklist does not list is named by its code.
    expect(within(result).getByTestId('missing-K2-08')).toHaveTextContent('bukti dukung belum ada: SK_PUSPAGA');
    // Shown at the button that triggered it, not in the cards.
    expect(screen.getByTestId('submit-all').closest('.submit-action')).toContainElement(result);
  });

  it('"Ajukan klaster" shows what moved; the cards become read-only from the returned submissions', async () => {
    const user = userEvent.setup();
    renderForm([
      {
        request: {
          query: SubmitSubmissionsDocument,
          variables: { input: { year: YEAR, kecamatanCode: KECAMATAN, indicatorCodes: null, clusterCode: 'K1' } },
        },
        result: {
          data: {
            submitSubmissions: {
              __typename: 'SubmitSuccess',
              submitted: [{ ...returnedK104, version: 6, status: 'SUBMITTED' }],
            },
          },
        },
      },
    ]);
    const section = await screen.findByTestId('cluster-K1');
    await user.click(within(section).getByRole('heading', { level: 2 }));
    await user.click(within(section).getByTestId('submit-cluster-K1'));
    await user.click(within(section).getByTestId('confirm-submit-cluster-K1'));
    const result = await within(section).findByTestId('submit-result-cluster-K1');
    expect(result).toHaveTextContent('1 indikator diajukan untuk verifikasi:');
    expect(result).toHaveTextContent('4. Akta Kelahiran');
    await waitFor(() => expect(screen.getByTestId('status-K1-04')).toHaveTextContent('Diajukan'));
    expect(within(section).getByLabelText(percentageIndicator.numeratorLabel!)).toBeDisabled();
    expect(screen.queryByTestId('returned-summary')).toBeNull();
    expect(within(section).getByTestId('submit-cluster-K1')).toBeDisabled();
  });
});
