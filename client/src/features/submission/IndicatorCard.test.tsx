import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { SaveSubmissionInput, SubmissionFieldsFragment } from '../../gql/graphql';
import { renderWithApollo } from '../../test/render';
import {
  KECAMATAN,
  YEAR,
  percentageAnswer,
  percentageIndicator,
  submission,
  yesNoIndicator,
} from '../../test/fixtures';
import { IndicatorCard } from './IndicatorCard';
import { SaveSubmissionDocument } from './submission.documents';

type SaveResult = Record<string, unknown>;

/** A mocked saveSubmission that records what was sent. */
function saveMock(input: SaveSubmissionInput, result: SaveResult | (() => SaveResult), error?: Error) {
  const resultFn = vi.fn(() => ({ data: { saveSubmission: typeof result === 'function' ? result() : result } }));
  const mock: MockLink.MockedResponse = error
    ? { request: { query: SaveSubmissionDocument, variables: { input } }, error }
    : { request: { query: SaveSubmissionDocument, variables: { input } }, result: resultFn };
  return { mock, resultFn };
}

function input(overrides: Partial<SaveSubmissionInput>): SaveSubmissionInput {
  return {
    year: YEAR,
    kecamatanCode: KECAMATAN,
    indicatorCode: 'K1-04',
    answer: null,
    note: null,
    expectedVersion: 0,
    ...overrides,
  };
}

function renderCard(
  stored: SubmissionFieldsFragment | null,
  mocks: MockLink.MockedResponse[],
  indicator = percentageIndicator,
) {
  const utils = renderWithApollo(
    <>
      <IndicatorCard indicator={indicator} submission={stored} year={YEAR} kecamatanCode={KECAMATAN} />
      <button type="button">di luar kartu</button>
    </>,
    { mocks },
  );
  const card = screen.getByTestId(`indicator-${indicator.code}`);
  const badge = screen.getByTestId(`save-state-${indicator.code}`);
  return { ...utils, card, badge };
}

const stored = submission({ indicatorCode: 'K1-04', version: 2, answer: percentageAnswer(30, 60), points: 20 });

describe('IndicatorCard', () => {
  it('shows number, short name, full name, max points and collapsible guidance', () => {
    const { card, badge } = renderCard(null, []);
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('4. Akta Kelahiran');
    expect(card).toHaveTextContent('Persentase anak yang memiliki kutipan akta kelahiran');
    expect(card).toHaveTextContent('Nilai maks. 50');
    expect(within(card).getByText('Petunjuk (definisi operasional)')).toBeInTheDocument();
    expect(within(card).getByText(/anak 0–17 tahun yang memiliki kutipan/)).not.toBeVisible();
    expect(badge).toHaveAttribute('data-state', 'idle');
    expect(badge).toHaveTextContent('Belum diisi');
  });

  it('refuses a numerator above the denominator with the domain message and does not save', async () => {
    const user = userEvent.setup();
    const { mock, resultFn } = saveMock(
      input({ answer: { numerator: 70, denominator: 60 }, expectedVersion: 2 }),
      stored,
    );
    const { card, badge } = renderCard(stored, [mock]);
    const numerator = within(card).getByLabelText(percentageIndicator.numeratorLabel!);
    const denominator = within(card).getByLabelText(percentageIndicator.denominatorLabel!);
    await user.clear(numerator);
    await user.type(numerator, '70');
    await user.click(within(card).getByRole('button', { name: 'Simpan' }));

    const message = await within(card).findByText('Pembilang tidak boleh lebih besar dari penyebut.');
    expect(numerator).toHaveAttribute('aria-invalid', 'true');
    expect(numerator.getAttribute('aria-describedby')).toBe(message.id);
    expect(badge).toHaveAttribute('data-state', 'failed');
    expect(resultFn).not.toHaveBeenCalled();

    // Fixing the denominator clears the numerator's error (they depend on each other).
    await user.clear(denominator);
    await user.type(denominator, '80');
    await waitFor(() =>
      expect(within(card).queryByText('Pembilang tidak boleh lebih besar dari penyebut.')).toBeNull(),
    );
  });

  it('refuses negative and non-whole numbers', async () => {
    const user = userEvent.setup();
    const { card } = renderCard(null, []);
    await user.type(within(card).getByLabelText(percentageIndicator.numeratorLabel!), '-3');
    await user.type(within(card).getByLabelText(percentageIndicator.denominatorLabel!), '1.000');
    await user.click(within(card).getByRole('button', { name: 'Simpan' }));
    expect(await within(card).findByText('Tidak boleh negatif.')).toBeInTheDocument();
    expect(within(card).getByText('Harus bilangan bulat, tanpa titik, koma, atau huruf.')).toBeInTheDocument();
  });

  it('saves a changed answer when focus leaves the card, sending the version last seen', async () => {
    const user = userEvent.setup();
    const saved = submission({
      indicatorCode: 'K1-04',
      version: 3,
      answer: percentageAnswer(45, 60),
      note: 'Disdukcapil 2026',
      points: 40,
    });
    const { mock, resultFn } = saveMock(
      input({ answer: { numerator: 45, denominator: 60 }, note: 'Disdukcapil 2026', expectedVersion: 2 }),
      saved,
    );
    const { card, badge } = renderCard(stored, [mock]);
    // A stored answer is what the server holds: saved.
    expect(badge).toHaveAttribute('data-state', 'saved');
    expect(badge).toHaveTextContent('Tersimpan');
    const numerator = within(card).getByLabelText(percentageIndicator.numeratorLabel!);
    await user.clear(numerator);
    await user.type(numerator, '45');
    await user.type(within(card).getByLabelText('Catatan'), 'Disdukcapil 2026');
    expect(badge).toHaveTextContent('Belum disimpan');
    expect(within(card).getByTestId('ind-K1-04-percentage')).toHaveTextContent('75%');

    await user.click(screen.getByRole('button', { name: 'di luar kartu' }));
    await waitFor(() => expect(badge).toHaveAttribute('data-state', 'saved'));
    expect(badge).toHaveTextContent('Tersimpan');
    expect(resultFn).toHaveBeenCalledTimes(1);

    // Leaving again without a change does not save again.
    await user.click(numerator);
    await user.click(screen.getByRole('button', { name: 'di luar kartu' }));
    expect(resultFn).toHaveBeenCalledTimes(1);
  });

  it('shows a server field error next to the field it names', async () => {
    const user = userEvent.setup();
    const { mock } = saveMock(input({ answer: { numerator: 10, denominator: 60 }, expectedVersion: 2 }), {
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: 'Refused',
      fieldErrors: [
        {
          __typename: 'FieldError',
          field: 'answer.denominator',
          code: 'SOMETHING_NEW',
          message: 'denominator is above the population',
        },
      ],
    });
    const { card, badge } = renderCard(stored, [mock]);
    const numerator = within(card).getByLabelText(percentageIndicator.numeratorLabel!);
    await user.clear(numerator);
    await user.type(numerator, '10');
    await user.click(within(card).getByRole('button', { name: 'Simpan' }));
    const message = await within(card).findByText('denominator is above the population');
    expect(within(card).getByLabelText(percentageIndicator.denominatorLabel!).getAttribute('aria-describedby')).toBe(
      message.id,
    );
    expect(badge).toHaveAttribute('data-state', 'failed');
    expect(badge).toHaveTextContent('Gagal disimpan');
  });

  describe('when someone else saved first', () => {
    const theirs = submission({
      indicatorCode: 'K1-04',
      version: 5,
      answer: percentageAnswer(50, 60),
      updatedBy: { __typename: 'UserSummary', username: 'op-lain', displayName: 'Operator Lain' },
    });
    const stale = {
      __typename: 'StaleVersionError',
      code: 'STALE_VERSION',
      message: 'Someone saved first',
      current: theirs,
    };

    async function typeAndSave(mocks: MockLink.MockedResponse[]) {
      const user = userEvent.setup();
      const utils = renderCard(stored, mocks);
      const numerator = within(utils.card).getByLabelText(percentageIndicator.numeratorLabel!);
      await user.clear(numerator);
      await user.type(numerator, '45');
      await user.click(within(utils.card).getByRole('button', { name: 'Simpan' }));
      await within(utils.card).findByTestId('conflict-K1-04');
      return { ...utils, user, numerator };
    }

    it('keeps what the user typed and shows the server value', async () => {
      const first = saveMock(input({ answer: { numerator: 45, denominator: 60 }, expectedVersion: 2 }), stale);
      const { card, badge, numerator } = await typeAndSave([first.mock]);
      expect(numerator).toHaveValue('45');
      expect(within(card).getByTestId('conflict-server-K1-04')).toHaveTextContent('50 / 60 (83,33%)');
      expect(card).toHaveTextContent('Diubah oleh Operator Lain');
      expect(badge).toHaveAttribute('data-state', 'conflict');
      expect(badge).toHaveTextContent('Perlu dipilih');
    });

    it('"Pakai nilai saya" saves again on top of the new version', async () => {
      const first = saveMock(input({ answer: { numerator: 45, denominator: 60 }, expectedVersion: 2 }), stale);
      const mine = submission({ indicatorCode: 'K1-04', version: 6, answer: percentageAnswer(45, 60) });
      const second = saveMock(input({ answer: { numerator: 45, denominator: 60 }, expectedVersion: 5 }), mine);
      const { card, badge, user, numerator } = await typeAndSave([first.mock, second.mock]);
      await user.click(within(card).getByRole('button', { name: 'Pakai nilai saya' }));
      await waitFor(() => expect(badge).toHaveAttribute('data-state', 'saved'));
      expect(second.resultFn).toHaveBeenCalledTimes(1);
      expect(numerator).toHaveValue('45');
      expect(within(card).queryByTestId('conflict-K1-04')).toBeNull();
    });

    it('"Pakai nilai server" replaces the typed value with the server one', async () => {
      const first = saveMock(input({ answer: { numerator: 45, denominator: 60 }, expectedVersion: 2 }), stale);
      const { card, badge, user, numerator } = await typeAndSave([first.mock]);
      await user.click(within(card).getByRole('button', { name: 'Pakai nilai server' }));
      expect(numerator).toHaveValue('50');
      expect(within(card).getByLabelText(percentageIndicator.denominatorLabel!)).toHaveValue('60');
      expect(badge).toHaveAttribute('data-state', 'saved');
      expect(within(card).queryByTestId('conflict-K1-04')).toBeNull();
    });
  });

  it('keeps the typed value in the queue, waiting for the connection, when the network fails', async () => {
    const user = userEvent.setup();
    const { mock } = saveMock(
      input({ indicatorCode: 'K2-08', answer: { yes: true } }),
      {},
      new TypeError('Failed to fetch'),
    );
    const { card, badge } = renderCard(null, [mock], yesNoIndicator);
    await user.click(within(card).getByRole('radio', { name: 'Ya' }));
    await waitFor(() => expect(badge).toHaveAttribute('data-state', 'queued'));
    expect(badge).toHaveTextContent('Menunggu koneksi');
    expect(within(card).getByRole('radio', { name: 'Ya' })).toBeChecked();
    expect(within(card).getByTestId('save-queued-K2-08')).toHaveTextContent(
      'Tidak ada koneksi — perubahan disimpan di ponsel dan dikirim otomatis',
    );
    expect(card).not.toHaveTextContent('Failed to fetch');
  });

  it('saves a Ya/Tidak answer as soon as it is tapped, as a new submission (version 0)', async () => {
    const user = userEvent.setup();
    const created = submission({
      indicatorCode: 'K2-08',
      version: 1,
      points: 40,
      answer: {
        __typename: 'Answer',
        numerator: null,
        denominator: null,
        percentage: null,
        count: null,
        yes: true,
        option: null,
      },
    });
    const { mock, resultFn } = saveMock(input({ indicatorCode: 'K2-08', answer: { yes: true } }), created);
    const { card, badge } = renderCard(null, [mock], yesNoIndicator);
    await user.click(within(card).getByRole('radio', { name: 'Ya' }));
    await waitFor(() => expect(badge).toHaveAttribute('data-state', 'saved'));
    expect(resultFn).toHaveBeenCalledTimes(1);
  });

  it('is read-only when the period is closed', () => {
    renderWithApollo(
      <IndicatorCard
        indicator={percentageIndicator}
        submission={stored}
        year={YEAR}
        kecamatanCode={KECAMATAN}
        readOnly
      />,
    );
    expect(screen.getByLabelText(percentageIndicator.numeratorLabel!)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
  });
});

describe('IndicatorCard and a row created by an evidence upload', () => {
  it('keeps the typed answer and saves on the new version instead of reporting a conflict', async () => {
    const user = userEvent.setup();
    const created = submission({ indicatorCode: 'K1-04', version: 1, answer: null, points: 0 });
    const saved = submission({ indicatorCode: 'K1-04', version: 2, answer: percentageAnswer(45, 60), points: 10 });
    const { mock, resultFn } = saveMock(
      input({ answer: { numerator: 45, denominator: 60 }, expectedVersion: 1 }),
      saved,
    );
    const ui = (stored: SubmissionFieldsFragment | null) => (
      <IndicatorCard indicator={percentageIndicator} submission={stored} year={YEAR} kecamatanCode={KECAMATAN} />
    );
    const { rerender } = renderWithApollo(ui(null), { mocks: [mock] });
    const card = () => screen.getByTestId('indicator-K1-04');
    await user.type(within(card()).getByLabelText(percentageIndicator.numeratorLabel!), '45');
    await user.type(within(card()).getByLabelText(percentageIndicator.denominatorLabel!), '60');
    // Meanwhile an evidence upload created the submission (version 1, no answer).
    rerender(ui(created));
    expect(within(card()).getByLabelText(percentageIndicator.numeratorLabel!)).toHaveValue('45');
    await user.click(within(card()).getByTestId('save-K1-04'));
    await waitFor(() => expect(resultFn).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('save-state-K1-04')).toHaveAttribute('data-state', 'saved'));
    expect(screen.queryByTestId('conflict-K1-04')).toBeNull();
  });
});
