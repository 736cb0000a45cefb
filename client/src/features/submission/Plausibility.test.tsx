import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { I18nextProvider } from 'react-i18next';
import type { IndicatorFieldsFragment, PreviousYearFieldsFragment } from '../../gql/graphql';
import { i18n } from '../../app/i18n';
import { renderWithApollo } from '../../test/render';
import { KECAMATAN, YEAR, percentageAnswer, percentageIndicator, submission } from '../../test/fixtures';
import { IndicatorCard } from './IndicatorCard';
import { SaveSubmissionDocument } from './submission.documents';
import { PlausibilityMarker, PlausibilityReview } from '../review/PlausibilityReview';

/** K2-07-like: child marriages among registered marriages, at most 20 % plausible, at most ×3 from last year. */
const childMarriage: IndicatorFieldsFragment = {
  ...percentageIndicator,
  id: 'ind-7',
  code: 'K2-07',
  number: 7,
  clusterCode: 'K2',
  shortName: 'Perkawinan Anak',
  numeratorLabel: 'Perkawinan anak',
  denominatorLabel: 'Perkawinan tercatat',
  plausibility: {
    __typename: 'PlausibilityRule',
    min: 0,
    max: 20,
    maxChangePercent: 200,
    maxDenominatorChangePercent: 50,
  },
};

const lastYear: PreviousYearFieldsFragment = {
  __typename: 'PreviousYearAnswer',
  indicatorCode: 'K2-07',
  year: 2025,
  state: 'VERIFIED',
  points: 20,
  answer: percentageAnswer(5, 450),
};

function renderCard(mocks: MockLink.MockedResponse[] = [], previous: PreviousYearFieldsFragment | null = lastYear) {
  renderWithApollo(
    <>
      <IndicatorCard
        indicator={childMarriage}
        submission={null}
        year={YEAR}
        kecamatanCode={KECAMATAN}
        previousYear={previous}
      />
      <button type="button">di luar kartu</button>
    </>,
    { mocks },
  );
  return screen.getByTestId('indicator-K2-07');
}

describe('last year beside the answer, plausibility on the card', () => {
  it("shows last year's verified answer and points in one line", () => {
    const card = renderCard();
    expect(within(card).getByTestId('previous-year-K2-07')).toHaveTextContent(
      '2025 (Terverifikasi): 5 / 450 (1,11%) · 20 poin',
    );
  });

  it('warns while typing (no save needed), in words, and offers the confirmation note', async () => {
    const user = userEvent.setup();
    const card = renderCard();
    expect(within(card).queryByTestId('ind-K2-07-plausibility')).toBeNull();
    await user.type(within(card).getByLabelText('Perkawinan anak'), '312');
    await user.type(within(card).getByLabelText('Perkawinan tercatat'), '450');
    const notice = await within(card).findByTestId('ind-K2-07-plausibility');
    expect(notice).toHaveTextContent('69,33 % di atas batas wajar 20 %');
    expect(notice).toHaveTextContent('naik 6.146 % dari 2025 (1,11 % → 69,33 %)');
    expect(within(notice).getByLabelText(/Jika nilainya benar/)).toBeInTheDocument();

    await user.clear(within(card).getByLabelText('Perkawinan anak'));
    await user.type(within(card).getByLabelText('Perkawinan anak'), '5');
    await waitFor(() => expect(within(card).queryByTestId('ind-K2-07-plausibility')).toBeNull());
  });

  it('saves the implausible value with the note through the one save path (a warning never blocks)', async () => {
    const user = userEvent.setup();
    const saved = submission({
      indicatorCode: 'K2-07',
      version: 1,
      answer: percentageAnswer(312, 450),
      plausibilityNote: 'Data KUA benar',
      points: 0,
    });
    const resultFn = vi.fn(() => ({ data: { saveSubmission: saved } }));
    const input = {
      year: YEAR,
      kecamatanCode: KECAMATAN,
      indicatorCode: 'K2-07',
      answer: { numerator: 312, denominator: 450 },
      note: null,
      plausibilityNote: 'Data KUA benar',
      expectedVersion: 0,
    };
    const card = renderCard([{ request: { query: SaveSubmissionDocument, variables: { input } }, result: resultFn }]);
    await user.type(within(card).getByLabelText('Perkawinan anak'), '312');
    await user.type(within(card).getByLabelText('Perkawinan tercatat'), '450');
    await user.type(await within(card).findByLabelText(/Jika nilainya benar/), 'Data KUA benar');
    await user.click(screen.getByRole('button', { name: 'di luar kartu' }));
    await waitFor(() => expect(resultFn).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('save-state-K2-07')).toHaveAttribute('data-state', 'saved'));
  });

  it('shows no line and compares with nothing when there was no previous answer', async () => {
    const user = userEvent.setup();
    const card = renderCard([], null);
    expect(within(card).queryByTestId('previous-year-K2-07')).toBeNull();
    await user.type(within(card).getByLabelText('Perkawinan anak'), '10');
    await user.type(within(card).getByLabelText('Perkawinan tercatat'), '100');
    expect(within(card).queryByTestId('ind-K2-07-plausibility')).toBeNull();
  });
});

describe('plausibility for the evaluator', () => {
  const reviewed = {
    ...submission({ indicatorCode: 'K2-07', answer: percentageAnswer(312, 450), points: 0 }),
    plausibilityNote: 'Data KUA benar',
    previousYear: lastYear,
    plausibility: [
      {
        __typename: 'PlausibilityWarning' as const,
        code: 'ABOVE_MAX' as const,
        message: '69,33 % di atas batas wajar 20 %',
        messageEn: '69.33 % is above the plausible maximum of 20 %',
      },
    ],
  };

  it("shows last year with the change in points, the server's warnings and the operator's note", () => {
    render(
      <I18nextProvider i18n={i18n}>
        <PlausibilityReview submission={reviewed} indicator={childMarriage} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('review-previous-year')).toHaveTextContent('-20 poin dibanding tahun itu');
    expect(screen.getByTestId('review-plausibility')).toHaveTextContent('69,33 % di atas batas wajar 20 %');
    expect(screen.getByTestId('review-plausibility-note')).toHaveTextContent('Data KUA benar');
  });

  it('marks the queue row, and only when there is a warning', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <PlausibilityMarker submission={reviewed} testId="marker" />
        <PlausibilityMarker submission={{ ...reviewed, plausibility: [] }} testId="none" />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('marker')).toHaveTextContent('Tidak biasa');
    expect(screen.getByTestId('marker')).toHaveAttribute(
      'title',
      'Nilai tidak biasa: 69,33 % di atas batas wajar 20 %',
    );
    expect(screen.queryByTestId('none')).toBeNull();
  });
});
