import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { renderWithApollo } from '../../test/render';
import {
  KECAMATAN,
  YEAR,
  countIndicator,
  percentageAnswer,
  percentageIndicator,
  submission,
} from '../../test/fixtures';
import { IndicatorCard } from './IndicatorCard';
import { SubmitSubmissionsDocument } from './submission.documents';

function renderCard(
  stored: SubmissionFieldsFragment | null,
  mocks: MockLink.MockedResponse[] = [],
  indicator = percentageIndicator,
  readOnly = false,
) {
  renderWithApollo(
    <IndicatorCard
      indicator={indicator}
      submission={stored}
      year={YEAR}
      kecamatanCode={KECAMATAN}
      readOnly={readOnly}
    />,
    { mocks },
  );
  return screen.getByTestId(`indicator-${indicator.code}`);
}

const submitOne = (code: string) => ({
  query: SubmitSubmissionsDocument,
  variables: { input: { year: YEAR, kecamatanCode: KECAMATAN, indicatorCodes: [code], clusterCode: null } },
});

describe('IndicatorCard in the verification workflow', () => {
  it('shows the workflow status apart from the save state', () => {
    const card = renderCard(submission({ indicatorCode: 'K1-04', version: 2, answer: percentageAnswer(30, 60) }));
    expect(within(card).getByTestId('status-K1-04')).toHaveAttribute('data-status', 'DRAFT');
    expect(within(card).getByTestId('status-K1-04')).toHaveTextContent('Draf');
    expect(within(card).getByTestId('save-state-K1-04')).toHaveTextContent('Tersimpan');
  });

  it('shows the evaluator’s reason on a RETURNED card as an alert, and keeps it editable', () => {
    const card = renderCard(
      submission({
        indicatorCode: 'K1-04',
        version: 5,
        status: 'RETURNED',
        statusReason: 'Penyebut tidak sesuai data Disdukcapil; perbaiki.',
        statusChangedAt: '2026-04-02T03:00:00.000Z',
        answer: percentageAnswer(30, 60),
      }),
    );
    const reason = within(card).getByTestId('return-reason-K1-04');
    expect(reason).toHaveAttribute('role', 'alert');
    expect(reason).toHaveTextContent('Penyebut tidak sesuai data Disdukcapil; perbaiki.');
    expect(reason).toHaveTextContent('Dikembalikan evaluator');
    expect(within(card).getByTestId('status-K1-04')).toHaveTextContent('Dikembalikan');
    expect(within(card).getByLabelText(percentageIndicator.numeratorLabel!)).toBeEnabled();
    expect(within(card).getByTestId('save-K1-04')).toBeInTheDocument();
    expect(within(card).getByTestId('submit-K1-04')).toBeEnabled();
  });

  it('makes a SUBMITTED card read-only: inputs disabled, no save, no submit', () => {
    const card = renderCard(
      submission({ indicatorCode: 'K1-04', version: 6, status: 'SUBMITTED', answer: percentageAnswer(30, 60) }),
    );
    expect(within(card).getByLabelText(percentageIndicator.numeratorLabel!)).toBeDisabled();
    expect(within(card).getByLabelText('Catatan')).toBeDisabled();
    expect(within(card).queryByTestId('save-K1-04')).toBeNull();
    expect(within(card).queryByTestId('submit-K1-04')).toBeNull();
    expect(within(card).getByTestId('locked-K1-04')).toHaveTextContent('menunggu verifikasi');
    expect(within(card).queryByTestId('return-reason-K1-04')).toBeNull();
  });

  it('shows the verified value on a VERIFIED card only when the evaluator corrected it', () => {
    const corrected = submission({
      indicatorCode: 'K1-04',
      version: 7,
      status: 'VERIFIED',
      answer: percentageAnswer(45, 60),
      points: 40,
      verifiedAnswer: percentageAnswer(30, 60),
      verifiedPoints: 20,
      verificationNote: 'Sesuai data Disdukcapil',
    });
    const card = renderCard(corrected);
    expect(within(card).getByLabelText(percentageIndicator.numeratorLabel!)).toBeDisabled();
    expect(within(card).queryByTestId('save-K1-04')).toBeNull();
    const verified = within(card).getByTestId('verified-value-K1-04');
    expect(verified).toHaveTextContent('30 / 60 (50%)');
    expect(verified).toHaveTextContent('Poin: 20 / 50');
    expect(verified).toHaveTextContent('Sesuai data Disdukcapil');
  });

  it('shows no verified value when it was verified as entered', () => {
    const card = renderCard(
      submission({
        indicatorCode: 'K1-04',
        version: 7,
        status: 'VERIFIED',
        answer: percentageAnswer(45, 60),
        verifiedAnswer: percentageAnswer(45, 60),
        verifiedPoints: 40,
      }),
    );
    expect(within(card).queryByTestId('verified-value-K1-04')).toBeNull();
    expect(within(card).getByTestId('locked-K1-04')).toHaveTextContent('Terverifikasi sesuai isian');
  });

  it('enables "Ajukan" only with a complete saved answer, and not while the typed value is unsaved', async () => {
    const user = userEvent.setup();
    const half = renderCard(
      submission({ indicatorCode: 'KEL-03', version: 1, answer: null, note: 'catatan saja' }),
      [],
      countIndicator,
    );
    expect(within(half).getByTestId('submit-KEL-03')).toBeDisabled();
    expect(within(half).getByText('Bisa diajukan setelah jawaban lengkap tersimpan.')).toBeInTheDocument();
    await user.type(within(half).getByLabelText('Jumlah'), '4');
    expect(within(half).getByTestId('submit-KEL-03')).toBeDisabled();
  });

  it('submits one card and lists what it still lacks next to its button', async () => {
    const user = userEvent.setup();
    const card = renderCard(submission({ indicatorCode: 'K1-04', version: 2, answer: percentageAnswer(30, 60) }), [
      {
        request: submitOne('K1-04'),
        result: {
          data: {
            submitSubmissions: {
              __typename: 'IncompleteSubmissionError',
              code: 'INCOMPLETE_SUBMISSION',
              message: 'incomplete',
              items: [
                {
                  __typename: 'MissingItem',
                  indicatorCode: 'K1-04',
                  answerMissing: false,
                  unconfirmed: false,
                  missingEvidence: ['REKAP_AKTA'],
                },
              ],
            },
          },
        },
      },
    ]);
    await user.click(within(card).getByTestId('submit-K1-04'));
    const result = await within(card).findByTestId('submit-result-K1-04');
    expect(result).toHaveAttribute('role', 'alert');
    expect(result).toHaveTextContent('Belum dapat diajukan');
    expect(within(result).getByTestId('missing-K1-04')).toHaveTextContent('4. Akta Kelahiran');
    // Named by the checklist label from Indicator.evidenceRequirements, not by its code.
    expect(within(result).getByTestId('missing-K1-04')).toHaveTextContent(
      'bukti dukung belum ada: Rekap kepemilikan akta kelahiran dari Disdukcapil',
    );
    expect(within(result).getByTestId('missing-K1-04')).not.toHaveTextContent('REKAP_AKTA');
    expect(within(result).getByTestId('missing-K1-04')).not.toHaveTextContent('jawaban belum diisi');
  });

  it('offers no submit at all when the period is closed', () => {
    const card = renderCard(
      submission({ indicatorCode: 'K1-04', version: 2, answer: percentageAnswer(30, 60) }),
      [],
      percentageIndicator,
      true,
    );
    expect(within(card).queryByTestId('submit-K1-04')).toBeNull();
  });
});
