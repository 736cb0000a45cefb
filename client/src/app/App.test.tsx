import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import { LoginDocument, MeDocument } from '../features/auth/auth.documents';
import { PeriodsDocument } from '../features/period/period.documents';
import { SaveSubmissionDocument } from '../features/submission/submission.documents';
import { OperatorFormDocument } from '../routes/operator/operator-form.documents';
import {
  KecamatanListDocument,
  KecamatanScoreDocument,
  ScoreboardDocument,
} from '../routes/evaluator/evaluator.documents';
import { apiScore, scoreboardRow } from '../test/score-fixtures';
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
} from '../test/fixtures';
import { renderWithApollo } from '../test/render';
import { AppRoutes } from './App';

const evaluator = {
  ...operator,
  id: 'u-e',
  username: 'evaluator',
  displayName: 'Evaluator Kota',
  role: 'EVALUATOR' as const,
  kecamatan: null,
};

const meMock = (me: unknown): MockLink.MockedResponse => ({ request: { query: MeDocument }, result: { data: { me } } });
const periodsMock: MockLink.MockedResponse = {
  request: { query: PeriodsDocument },
  result: {
    data: {
      periods: [
        { __typename: 'Period', id: 'p25', year: 2025, status: 'CLOSED', deadline: null, statusReason: null },
        {
          __typename: 'Period',
          id: 'p26',
          year: YEAR,
          status: 'OPEN',
          deadline: '2026-06-30T16:59:59.000Z',
          statusReason: null,
        },
      ],
    },
  },
  maxUsageCount: 5,
};
const formMock: MockLink.MockedResponse = {
  request: { query: OperatorFormDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } },
  result: {
    data: {
      clusters: [
        // Deliberately out of order: the page shows KEL first.
        {
          __typename: 'Cluster',
          code: 'K1',
          name: 'Klaster I – Hak Sipil dan Kebebasan',
          nameEn: 'Cluster I',
          maxPoints: 50,
          indicators: [percentageIndicator],
        },
        {
          __typename: 'Cluster',
          code: 'KEL',
          name: 'Kelembagaan',
          nameEn: 'Institutions',
          maxPoints: 100,
          indicators: [countIndicator, optionsIndicator],
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
      previousYearAnswers: [],
      submissions: [
        submission({
          indicatorCode: 'KEL-03',
          version: 1,
          answer: {
            __typename: 'Answer',
            numerator: null,
            denominator: null,
            percentage: null,
            count: 4,
            yes: null,
            option: null,
          },
        }),
      ],
    },
  },
};

function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
    { mocks },
  );
}

describe('App', () => {
  it('sends a signed-out user to the login page and refuses wrong credentials', async () => {
    const user = userEvent.setup();
    renderAt('/isian', [
      meMock(null),
      {
        request: { query: LoginDocument, variables: { username: 'op-3275-09', password: 'salah' } },
        result: {
          data: {
            login: {
              __typename: 'InvalidCredentialsError',
              code: 'INVALID_CREDENTIALS',
              message: 'Invalid credentials',
            },
          },
        },
      },
    ]);
    await user.type(await screen.findByTestId('login-username'), 'op-3275-09');
    await user.type(screen.getByTestId('login-password'), 'salah');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Nama pengguna atau kata sandi salah.');
  });

  it('tells an integrator account that it cannot sign in with a password', async () => {
    const user = userEvent.setup();
    renderAt('/isian', [
      meMock(null),
      {
        request: { query: LoginDocument, variables: { username: 'satu-data', password: 'apa-saja' } },
        result: {
          data: {
            login: {
              __typename: 'InvalidCredentialsError',
              code: 'INTEGRATOR_NO_LOGIN',
              message: 'This is an integrator account',
            },
          },
        },
      },
    ]);
    await user.type(await screen.findByTestId('login-username'), 'satu-data');
    await user.type(screen.getByTestId('login-password'), 'apa-saja');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Akun integrator tidak bisa masuk dengan kata sandi',
    );
  });

  it('says when sign-in is slowed down or locked after repeated failures', async () => {
    const user = userEvent.setup();
    renderAt('/isian', [
      meMock(null),
      {
        request: { query: LoginDocument, variables: { username: 'op-3275-09', password: 'salah' } },
        result: {
          data: {
            login: {
              __typename: 'TooManyAttemptsError',
              code: 'TOO_MANY_ATTEMPTS',
              message: 'locked',
              retryAfterSeconds: 840,
              locked: true,
            },
          },
        },
      },
    ]);
    await user.type(await screen.findByTestId('login-username'), 'op-3275-09');
    await user.type(screen.getByTestId('login-password'), 'salah');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Akun dikunci sementara; coba lagi dalam 14 menit.',
    );
  });

  it('lands an operator on the form of their kecamatan, clusters in order with progress', async () => {
    const user = userEvent.setup();
    renderAt('/isian', [
      meMock(null),
      {
        request: { query: LoginDocument, variables: { username: 'op-3275-09', password: 'kecala2026' } },
        result: {
          data: { login: { __typename: 'LoginSuccess', expiresAt: '2026-12-31T00:00:00.000Z', user: operator } },
        },
      },
      periodsMock,
      formMock,
      {
        request: {
          query: SaveSubmissionDocument,
          variables: {
            input: {
              year: YEAR,
              kecamatanCode: KECAMATAN,
              indicatorCode: 'K1-04',
              answer: { numerator: 45, denominator: 60 },
              note: null,
              expectedVersion: 0,
            },
          },
        },
        result: {
          data: {
            saveSubmission: submission({
              indicatorCode: 'K1-04',
              version: 1,
              answer: percentageAnswer(45, 60),
              points: 40,
            }),
          },
        },
      },
    ]);
    await user.type(await screen.findByTestId('login-username'), 'op-3275-09');
    await user.type(screen.getByTestId('login-password'), 'kecala2026');
    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByTestId('form-kecamatan')).toHaveTextContent('Kecamatan Jatiasih');
    expect(screen.getByTestId('form-year')).toHaveTextContent('Tahun 2026');
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['KEL Kelembagaan', 'K1 Klaster I – Hak Sipil dan Kebebasan', 'K2 Klaster II']);
    expect(screen.getByTestId('cluster-progress-KEL')).toHaveTextContent('1 / 2');
    expect(screen.getByTestId('cluster-progress-K1')).toHaveTextContent('0 / 1');
    expect(screen.getByTestId('overall-progress')).toHaveTextContent('1 / 4 indikator terisi');
    // Sections start closed (the overview on a phone), with no card rendered yet, and open from their summary.
    expect(screen.queryByTestId('indicator-KEL-03')).toBeNull();
    await user.click(within(screen.getByTestId('cluster-KEL')).getByRole('heading', { level: 2 }));
    expect(await screen.findByTestId('indicator-KEL-03')).toBeVisible();
    expect(screen.getByTestId('logout')).toBeInTheDocument();

    // Saving one card updates the progress from the cache, without reloading the form.
    await user.click(within(screen.getByTestId('cluster-K1')).getByRole('heading', { level: 2 }));
    const card = await screen.findByTestId('indicator-K1-04');
    await user.type(within(card).getByLabelText(percentageIndicator.numeratorLabel!), '45');
    await user.type(within(card).getByLabelText(percentageIndicator.denominatorLabel!), '60');
    await user.click(within(card).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByTestId('save-state-K1-04')).toHaveAttribute('data-state', 'saved'));
    expect(screen.getByTestId('cluster-progress-K1')).toHaveTextContent('1 / 1');
    expect(screen.getByTestId('overall-progress')).toHaveTextContent('2 / 4 indikator terisi');
  });

  it('sends an evaluator away from the operator form to the lazily loaded scoreboard', async () => {
    renderAt('/isian', [
      meMock(evaluator),
      periodsMock,
      {
        request: { query: ScoreboardDocument, variables: { year: YEAR } },
        result: {
          data: {
            scoreboard: [
              scoreboardRow('32.75.07', 'Bantargebang', [40, 30, 50, 60, 20, 10], 'NONE'),
              scoreboardRow('32.75.09', 'Jatiasih', [150, 120, 150, 200, 140, 100], 'UTAMA'),
            ].map(apiScore),
          },
        },
      },
    ]);
    const table = await screen.findByTestId('scoreboard-table');
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Jatiasih', 'Bantargebang']);
    expect(screen.getByTestId('scoreboard-total-32.75.09')).toHaveTextContent('860');
    expect(screen.getByTestId('scoreboard-category-32.75.07')).toHaveTextContent('Belum berperingkat');
  });

  it('switches the language from the header', async () => {
    const user = userEvent.setup();
    renderAt('/masuk', [meMock(null)]);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Masuk');
    await user.click(screen.getByTestId('lang-switch'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sign in');
    expect(localStorage.getItem('kecala.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    localStorage.removeItem('kecala.lang');
  });

  it('shows one kecamatan: total out of 1000, category and each cluster score', async () => {
    const user = userEvent.setup();
    const jatiasih = scoreboardRow('32.75.09', 'Jatiasih', [150, 87.5, 160, 200, 140, 75], 'NINDYA');
    renderAt('/skor/kecamatan/32.75.09?tahun=2026', [
      meMock({ ...evaluator, role: 'ADMIN' }),
      periodsMock,
      {
        request: { query: KecamatanListDocument },
        result: {
          data: {
            kecamatans: [
              { __typename: 'Kecamatan', code: '32.75.09', name: 'Jatiasih' },
              { __typename: 'Kecamatan', code: '32.75.01', name: 'Bekasi Timur' },
            ],
          },
        },
      },
      {
        request: { query: KecamatanScoreDocument, variables: { year: YEAR, kecamatanCode: '32.75.09' } },
        result: { data: { kecamatanScore: apiScore(jatiasih) } },
      },
      {
        request: { query: KecamatanScoreDocument, variables: { year: YEAR, kecamatanCode: '32.75.01' } },
        result: {
          data: {
            kecamatanScore: apiScore(
              scoreboardRow('32.75.01', 'Bekasi Timur', [100, 100, 100, 100, 100, 50], 'PRATAMA'),
            ),
          },
        },
      },
    ]);
    expect(await screen.findByTestId('total-score')).toHaveTextContent('812,5');
    expect(screen.getByTestId('category-badge')).toHaveTextContent('Nindya');
    expect(screen.getByTestId('cluster-score-K1')).toHaveTextContent('87,5');
    expect(screen.getByTestId('cluster-score-KEL')).toHaveTextContent('150');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Jatiasih');

    await user.selectOptions(screen.getByLabelText('Kecamatan'), '32.75.01');
    await waitFor(() => expect(screen.getByTestId('total-score')).toHaveTextContent('550'));
    expect(screen.getByTestId('category-badge')).toHaveTextContent('Pratama');
  });
});
