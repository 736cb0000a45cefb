import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { renderWithApollo } from '../../test/render';
import { KECAMATAN, YEAR, percentageAnswer, percentageIndicator, submission } from '../../test/fixtures';
import { pendingConfirmationOf, progressOf } from '../../routes/operator/form-progress';
import { StatusCountList } from '../../routes/operator/StatusCountList';
import { IndicatorCard } from './IndicatorCard';
import { CarryForwardOffer } from './CarryForwardOffer';
import {
  CarryForwardOfferDocument,
  CarryForwardSubmissionsDocument,
  ConfirmCarriedForwardDocument,
  SaveSubmissionDocument,
} from './submission.documents';

/** K1-04 prefilled from 2025's verified 96 / 100, not confirmed yet: the answer itself is still empty. */
const pending = submission({
  indicatorCode: 'K1-04',
  id: 'sub-carried',
  version: 1,
  answer: null,
  points: 0,
  note: 'Data Puskesmas 2025',
  carriedForward: {
    __typename: 'CarriedForwardInfo',
    fromYear: 2025,
    pending: true,
    answer: percentageAnswer(96, 100),
  },
});
const confirmed = {
  ...pending,
  version: 2,
  answer: percentageAnswer(96, 100),
  points: 50,
  carriedForward: {
    __typename: 'CarriedForwardInfo' as const,
    fromYear: 2025,
    pending: false,
    answer: percentageAnswer(96, 100),
  },
};
const { evidence: _evidence, ...confirmedFields } = confirmed;

function renderCard(stored: SubmissionFieldsFragment, mocks: MockLink.MockedResponse[] = []) {
  const utils = renderWithApollo(
    <>
      <IndicatorCard indicator={percentageIndicator} submission={stored} year={YEAR} kecamatanCode={KECAMATAN} />
      <button type="button">di luar kartu</button>
    </>,
    { mocks },
  );
  return { ...utils, card: screen.getByTestId('indicator-K1-04') };
}

const offerMock = (prefilled: number): MockLink.MockedResponse => ({
  request: { query: CarryForwardOfferDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } },
  result: {
    data: {
      carryForwardOffer: {
        __typename: 'CarryForwardCounts',
        fromYear: 2025,
        prefilled,
        alreadyAnswered: 24 - prefilled - 5,
        noVerifiedAnswer: 5,
        incompatible: 0,
        notInNewSet: 0,
      },
    },
  },
});

describe('a carried-forward card', () => {
  it('is marked "Dari 2025 — belum dikonfirmasi", shows the carried value, earns no points and cannot be submitted', async () => {
    const { card } = renderCard(pending);
    expect(within(card).getByTestId('carry-marker-K1-04')).toHaveTextContent('Dari 2025 — belum dikonfirmasi');
    expect(within(card).getByLabelText(percentageIndicator.numeratorLabel!)).toHaveValue('96');
    expect(within(card).getByLabelText(percentageIndicator.denominatorLabel!)).toHaveValue('100');
    expect(within(card).getByLabelText('Catatan')).toHaveValue('Data Puskesmas 2025');
    expect(within(card).getByText('Nilai maks. 50')).toBeInTheDocument();
    expect(within(card).getByTestId('confirm-carry-K1-04')).toHaveTextContent('Tidak berubah');
    expect(within(card).getByTestId('submit-K1-04')).toBeDisabled();
    expect(within(card).getByTestId('save-state-K1-04')).not.toHaveTextContent('Tersimpan');
  });

  it('saves nothing when focus merely passes through it: the first save the link sees is the edit after it', async () => {
    const user = userEvent.setup();
    const edited = { ...confirmedFields, answer: percentageAnswer(90, 100), points: 40 };
    // Every saveSubmission the card sends, in order (the answer queue sends one at a time).
    const sent: unknown[] = [];
    const result = vi.fn((variables: { input: { answer: unknown } }) => {
      sent.push(variables.input.answer);
      return { data: { saveSubmission: edited } };
    });
    const { card } = renderCard(pending, [
      { request: { query: SaveSubmissionDocument, variables: () => true }, result, maxUsageCount: 5 },
    ]);
    const numerator = within(card).getByLabelText(percentageIndicator.numeratorLabel!);
    await user.click(numerator);
    await user.click(screen.getByText('di luar kartu'));
    expect(within(card).getByTestId('carry-marker-K1-04')).toBeInTheDocument();
    // A save the pass-through had queued would go out before this edit's.
    await user.clear(numerator);
    await user.type(numerator, '90');
    await user.click(screen.getByText('di luar kartu'));
    await waitFor(() => expect(sent).toContainEqual({ numerator: 90, denominator: 100 }));
    expect(sent).toEqual([{ numerator: 90, denominator: 100 }]);
  });

  it('"Tidak berubah" confirms with the version it shows; the confirmed card loses the marker and counts', async () => {
    const user = userEvent.setup();
    const result = vi.fn(() => ({
      data: { confirmCarriedForward: { __typename: 'ConfirmCarriedForwardSuccess', confirmed: [confirmedFields] } },
    }));
    // The page passes down what the cache holds; here a button stands in for the cache update.
    function Harness() {
      const [stored, setStored] = useState<SubmissionFieldsFragment>(pending);
      return (
        <>
          <IndicatorCard indicator={percentageIndicator} submission={stored} year={YEAR} kecamatanCode={KECAMATAN} />
          <button type="button" onClick={() => setStored(confirmed)}>
            dari cache
          </button>
        </>
      );
    }
    renderWithApollo(<Harness />, {
      mocks: [
        {
          request: {
            query: ConfirmCarriedForwardDocument,
            variables: { input: { items: [{ submissionId: 'sub-carried', expectedVersion: 1 }] } },
          },
          result,
        },
      ],
    });
    const card = screen.getByTestId('indicator-K1-04');
    await user.click(within(card).getByTestId('confirm-carry-K1-04'));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(within(card).getByTestId('confirm-carry-K1-04')).toHaveTextContent('Tidak berubah'));
    expect(within(card).queryByTestId('save-error-K1-04')).toBeNull();

    await user.click(screen.getByText('dari cache'));
    const after = screen.getByTestId('indicator-K1-04');
    expect(within(after).queryByTestId('carry-marker-K1-04')).toBeNull();
    expect(within(after).queryByTestId('confirm-carry-K1-04')).toBeNull();
    expect(within(after).getByText('Poin: 50 / 50')).toBeInTheDocument();
    expect(within(after).getByTestId('save-state-K1-04')).toHaveTextContent('Tersimpan');
    expect(within(after).getByTestId('submit-K1-04')).toBeEnabled();
  });

  it('an edit saves through saveSubmission with the carried version (the server clears the marker)', async () => {
    const user = userEvent.setup();
    const edited = { ...confirmedFields, answer: percentageAnswer(90, 100), points: 40 };
    const result = vi.fn(() => ({ data: { saveSubmission: edited } }));
    const { card } = renderCard(pending, [
      {
        request: {
          query: SaveSubmissionDocument,
          variables: {
            input: {
              year: YEAR,
              kecamatanCode: KECAMATAN,
              indicatorCode: 'K1-04',
              answer: { numerator: 90, denominator: 100 },
              note: 'Data Puskesmas 2025',
              expectedVersion: 1,
            },
          },
        },
        result,
      },
    ]);
    const numerator = within(card).getByLabelText(percentageIndicator.numeratorLabel!);
    await user.clear(numerator);
    await user.type(numerator, '90');
    expect(within(card).queryByTestId('confirm-carry-K1-04')).toBeNull();
    await user.click(screen.getByText('di luar kartu'));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });

  it('counts as unanswered in the form progress until confirmed', () => {
    const indicators = [percentageIndicator];
    expect(progressOf(indicators, new Map([['K1-04', pending]]))).toEqual({ answered: 0, total: 1 });
    expect(progressOf(indicators, new Map([['K1-04', confirmed]]))).toEqual({ answered: 1, total: 1 });
  });

  it('is counted as "perlu konfirmasi" in the status summary until confirmed', () => {
    const indicators = [percentageIndicator];
    expect(pendingConfirmationOf(indicators, new Map([['K1-04', pending]]))).toBe(1);
    expect(pendingConfirmationOf(indicators, new Map([['K1-04', confirmed]]))).toBe(0);
    render(
      <StatusCountList
        counts={{ DRAFT: 1, SUBMITTED: 0, RETURNED: 0, VERIFIED: 0 }}
        pendingConfirmation={1}
        testId="summary"
      />,
    );
    expect(screen.getByTestId('summary').textContent).toContain('1 perlu konfirmasi');
  });
});

describe('the carry-forward offer', () => {
  it('offers to fill in from the verified answers of 2025 with how many, then reports what it prefilled', async () => {
    const user = userEvent.setup();
    const carried = vi.fn(() => ({
      data: {
        carryForwardSubmissions: {
          __typename: 'CarryForwardSuccess',
          counts: {
            __typename: 'CarryForwardCounts',
            fromYear: 2025,
            prefilled: 7,
            alreadyAnswered: 12,
            noVerifiedAnswer: 5,
            incompatible: 0,
            notInNewSet: 0,
          },
          prefilled: [{ ...pending, evidence: undefined }].map(({ evidence: _e, ...fields }) => fields),
        },
      },
    }));
    renderWithApollo(<CarryForwardOffer year={YEAR} kecamatanCode={KECAMATAN} />, {
      mocks: [
        offerMock(7),
        {
          request: {
            query: CarryForwardSubmissionsDocument,
            variables: { input: { year: YEAR, kecamatanCode: KECAMATAN } },
          },
          result: carried,
        },
        offerMock(0),
      ],
    });
    const offer = await screen.findByTestId('carry-offer');
    expect(offer).toHaveTextContent('Isi dari jawaban terverifikasi tahun 2025');
    expect(offer).toHaveTextContent('7 indikator yang belum diisi');
    await user.click(within(offer).getByTestId('carry-offer-button'));
    await waitFor(() => expect(carried).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId('carry-offer-result')).toHaveTextContent('7 indikator diisi dari tahun 2025');
  });

  it('offers nothing when last year has nothing to fill in', async () => {
    const { cache } = renderWithApollo(<CarryForwardOffer year={YEAR} kecamatanCode={KECAMATAN} />, {
      mocks: [offerMock(0)],
    });
    // Once the offer has arrived (it is in the cache), the component has rendered it: nothing.
    const variables = { year: YEAR, kecamatanCode: KECAMATAN };
    await waitFor(() => expect(cache.readQuery({ query: CarryForwardOfferDocument, variables })).not.toBeNull());
    expect(screen.queryByTestId('carry-offer')).toBeNull();
  });
});
