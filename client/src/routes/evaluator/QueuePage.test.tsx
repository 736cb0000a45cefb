import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import { PeriodsDocument } from '../../features/period/period.documents';
import {
  ReturnSubmissionDocument,
  SubmissionHistoryDocument,
  VerifySubmissionDocument,
  VerifySubmissionsDocument,
} from '../../features/review/review.documents';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import {
  KECAMATAN,
  YEAR,
  countIndicator,
  percentageAnswer,
  percentageIndicator,
  submission,
  yesNoIndicator,
} from '../../test/fixtures';
import { renderWithApollo } from '../../test/render';
import { QueuePage } from './QueuePage';
import { ReviewContextDocument, ReviewQueueDocument } from './queue.documents';

const periodsMock: MockLink.MockedResponse = {
  request: { query: PeriodsDocument },
  result: {
    data: {
      periods: [{ __typename: 'Period', id: 'p26', year: YEAR, status: 'OPEN', deadline: null, statusReason: null }],
    },
  },
  maxUsageCount: 10,
};
const contextMock: MockLink.MockedResponse = {
  request: { query: ReviewContextDocument, variables: { year: YEAR } },
  result: {
    data: {
      clusters: [
        {
          __typename: 'Cluster',
          code: 'KEL',
          name: 'Kelembagaan',
          nameEn: 'Institutions',
          maxPoints: 40,
          indicators: [countIndicator],
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
      kecamatans: [
        { __typename: 'Kecamatan', code: KECAMATAN, name: 'Jatiasih' },
        { __typename: 'Kecamatan', code: '32.75.01', name: 'Bekasi Timur' },
      ],
      holidays: [{ __typename: 'Holiday', date: '2026-03-06' }],
    },
  },
};

const yes = {
  __typename: 'Answer' as const,
  numerator: null,
  denominator: null,
  percentage: null,
  count: null,
  yes: true,
  option: null,
};
const count = (n: number) => ({
  __typename: 'Answer' as const,
  numerator: null,
  denominator: null,
  percentage: null,
  count: n,
  yes: null,
  option: null,
});
const rows: SubmissionFieldsFragment[] = [
  submission({
    id: 'id-kel03',
    indicatorCode: 'KEL-03',
    version: 3,
    status: 'SUBMITTED',
    answer: count(5),
    points: 30,
  }),
  submission({
    id: 'id-k104',
    indicatorCode: 'K1-04',
    version: 6,
    status: 'SUBMITTED',
    answer: percentageAnswer(45, 80),
    points: 25,
    statusReason: 'Penyebut tidak sesuai data',
    returnedVersion: {
      __typename: 'ReturnedVersion',
      answer: percentageAnswer(45, 60),
      note: null,
      evidenceFileIds: [],
    },
  }),
  submission({ id: 'id-k208', indicatorCode: 'K2-08', version: 2, status: 'SUBMITTED', answer: yes, points: 40 }),
];

function queueMock(result: SubmissionFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: {
      query: ReviewQueueDocument,
      variables: { filter: { year: YEAR, kecamatanCode: KECAMATAN, clusterCode: null, statuses: ['SUBMITTED'] } },
    },
    result: { data: { submissionQueue: result.map((row) => ({ previousYear: null, plausibility: [], ...row })) } },
    maxUsageCount: 5,
  };
}

function historyMock(id: string, entries: unknown[] = []): MockLink.MockedResponse {
  return {
    request: { query: SubmissionHistoryDocument, variables: { submissionId: id } },
    result: { data: { submissionHistory: entries } },
    maxUsageCount: 5,
  };
}

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function renderQueue(mocks: MockLink.MockedResponse[], path = `/verifikasi?tahun=${YEAR}&kecamatan=${KECAMATAN}`) {
  return renderWithApollo(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/verifikasi"
          element={
            <>
              <QueuePage />
              <Location />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { mocks: [periodsMock, contextMock, ...mocks] },
  );
}

const key = (code: string) => `${KECAMATAN}-${code}`;

describe('QueuePage', () => {
  it('reads the filters from the URL (state SUBMITTED by default) and lists the rows', async () => {
    renderQueue([queueMock(rows)]);
    const table = await screen.findByTestId('queue-table');
    expect(screen.getByLabelText('Kecamatan')).toHaveValue(KECAMATAN);
    expect(screen.getByLabelText('Status')).toHaveValue('SUBMITTED');
    const row = within(table).getByTestId(`queue-row-${key('K1-04')}`);
    expect(row).toHaveTextContent('Jatiasih');
    expect(row).toHaveTextContent('4. Akta Kelahiran');
    expect(row).toHaveTextContent('45 / 80 (56,25%)');
    expect(row).toHaveTextContent('25');
    expect(row).toHaveTextContent('Diajukan');
    expect(within(table).getByTestId(`queue-row-${key('KEL-03')}`)).toHaveTextContent('5 lembaga');
  });

  it('marks how long each submitted answer has waited in working days, overdue past one', async () => {
    renderQueue([queueMock(rows)]);
    const table = await screen.findByTestId('queue-table');
    expect(screen.getByLabelText('Urutan')).toHaveValue('terlama');
    const row = within(table).getByTestId(`queue-row-${key('K1-04')}`);
    // Submitted in March 2026: long over one working day whenever this runs.
    expect(within(row).getByTestId('queue-waiting')).toHaveTextContent(/menunggu \d+ hari kerja/);
    expect(row).toHaveAttribute('data-overdue', 'true');
  });

  it('puts a changed filter into the query string', async () => {
    const user = userEvent.setup();
    renderQueue([
      queueMock(rows),
      {
        request: {
          query: ReviewQueueDocument,
          variables: { filter: { year: YEAR, kecamatanCode: KECAMATAN, clusterCode: 'K1', statuses: ['SUBMITTED'] } },
        },
        result: { data: { submissionQueue: [{ previousYear: null, plausibility: [], ...rows[1] }] } },
      },
      {
        request: {
          query: ReviewQueueDocument,
          variables: {
            filter: {
              year: YEAR,
              kecamatanCode: KECAMATAN,
              clusterCode: 'K1',
              statuses: ['DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED'],
            },
          },
        },
        result: { data: { submissionQueue: [{ previousYear: null, plausibility: [], ...rows[1] }] } },
      },
    ]);
    await screen.findByTestId('queue-table');
    await user.selectOptions(screen.getByLabelText('Klaster'), 'K1');
    await user.selectOptions(screen.getByLabelText('Status'), 'semua');
    expect(screen.getByTestId('location')).toHaveTextContent(`kecamatan=${KECAMATAN}&klaster=K1&status=semua`);
    await waitFor(() => expect(screen.queryByTestId(`queue-row-${key('KEL-03')}`)).toBeNull());
    expect(screen.getByTestId(`queue-row-${key('K1-04')}`)).toBeInTheDocument();
  });

  it('verifies the selected rows in bulk; they show as verified', async () => {
    const user = userEvent.setup();
    renderQueue([
      queueMock(rows),
      {
        request: { query: VerifySubmissionsDocument, variables: { input: { submissionIds: ['id-kel03', 'id-k208'] } } },
        result: {
          data: {
            verifySubmissions: {
              __typename: 'VerifySubmissionsSuccess',
              verified: [
                { ...rows[0], version: 4, status: 'VERIFIED', verifiedAnswer: count(5), verifiedPoints: 30 },
                { ...rows[2], version: 3, status: 'VERIFIED', verifiedAnswer: yes, verifiedPoints: 40 },
              ],
            },
          },
        },
      },
    ]);
    await screen.findByTestId('queue-table');
    expect(screen.getByTestId('bulk-verify')).toBeDisabled();
    await user.click(screen.getByTestId(`queue-select-${key('KEL-03')}`));
    await user.click(screen.getByTestId(`queue-select-${key('K2-08')}`));
    expect(screen.getByTestId('bulk-verify')).toHaveTextContent('Verifikasi terpilih (2)');
    await user.click(screen.getByTestId('bulk-verify'));
    expect(await screen.findByTestId('bulk-result')).toHaveTextContent('2 jawaban terverifikasi sesuai isian.');
    expect(screen.getByTestId(`queue-row-${key('KEL-03')}`)).toHaveAttribute('data-status', 'VERIFIED');
    expect(screen.getByTestId(`queue-row-${key('K2-08')}`)).toHaveTextContent('Terverifikasi');
    expect(screen.getByTestId(`queue-row-${key('K1-04')}`)).toHaveAttribute('data-status', 'SUBMITTED');
    expect(screen.getByTestId(`queue-select-${key('KEL-03')}`)).toBeDisabled();
    expect(screen.getByTestId('bulk-verify')).toHaveTextContent('Verifikasi terpilih (0)');
  });

  it('shows a refused bulk verify naming the indicator, its kecamatan and state; nothing changes', async () => {
    const user = userEvent.setup();
    renderQueue([
      queueMock(rows),
      {
        request: {
          query: VerifySubmissionsDocument,
          variables: { input: { submissionIds: ['id-kel03', 'id-k104', 'id-k208'] } },
        },
        result: {
          data: {
            verifySubmissions: {
              __typename: 'InvalidTransitionError',
              code: 'INVALID_TRANSITION',
              message: 'K2-08 is RETURNED: it cannot be verified.',
              indicatorCode: 'K2-08',
              currentStatus: 'RETURNED',
            },
          },
        },
      },
    ]);
    await screen.findByTestId('queue-table');
    await user.click(screen.getByTestId('queue-select-all'));
    await user.click(screen.getByTestId('bulk-verify'));
    const result = await screen.findByTestId('bulk-result');
    expect(result).toHaveAttribute('role', 'alert');
    expect(result).toHaveTextContent(
      'Tidak ada yang diverifikasi: 8. Lembaga Konsultasi (Jatiasih) berstatus Dikembalikan.',
    );
    for (const code of ['KEL-03', 'K1-04', 'K2-08'])
      expect(screen.getByTestId(`queue-row-${key(code)}`)).toHaveAttribute('data-status', 'SUBMITTED');
    // The selection stays, so the evaluator can reload and try again.
    expect(screen.getByTestId(`queue-select-${key('K1-04')}`)).toBeChecked();
  });

  it('opens a row: what changed since it was returned, the history in words, and a return that needs a reason', async () => {
    const user = userEvent.setup();
    renderQueue([
      queueMock(rows),
      historyMock('id-k104', [
        {
          __typename: 'AuditEntry',
          id: 'h1',
          at: '2026-04-01T02:00:00.000Z',
          username: 'evaluator',
          role: 'EVALUATOR',
          action: 'SUBMISSION_RETURNED',
          before: { status: 'SUBMITTED' },
          after: { status: 'RETURNED', statusReason: 'Penyebut tidak sesuai data' },
        },
        {
          __typename: 'AuditEntry',
          id: 'h2',
          at: '2026-04-03T02:00:00.000Z',
          username: 'op-3275-09',
          role: 'OPERATOR',
          action: 'SUBMISSION_UPDATED',
          before: { numerator: 45, denominator: 60, note: null },
          after: { numerator: 45, denominator: 80, note: null },
        },
      ]),
      {
        request: {
          query: ReturnSubmissionDocument,
          variables: {
            input: { submissionId: 'id-k104', expectedVersion: 6, reason: 'Lampirkan data Disdukcapil terbaru' },
          },
        },
        result: {
          data: {
            returnSubmission: {
              ...rows[1],
              version: 7,
              status: 'RETURNED',
              statusReason: 'Lampirkan data Disdukcapil terbaru',
            },
          },
        },
      },
    ]);
    await screen.findByTestId('queue-table');
    await user.click(screen.getByTestId(`queue-open-${key('K1-04')}`));
    const panel = await screen.findByTestId('review-panel');
    expect(screen.getByTestId('location')).toHaveTextContent('buka=id-k104');
    expect(within(panel).getByTestId('review-answer')).toHaveTextContent('45 / 80 (56,25%)');
    const changes = within(panel).getByTestId('changes-since-return');
    expect(within(changes).getAllByRole('row')[2]).toHaveAttribute('data-changed', 'true');

    const history = await within(panel).findByTestId('history');
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('op-3275-09 (Operator) mengubah jawaban');
    expect(items[0]).toHaveTextContent('Jawaban: 45 / 60 (75%) → 45 / 80 (56,25%)');
    expect(items[1]).toHaveTextContent('evaluator (Evaluator) mengembalikan ke operator');
    expect(items[1]).toHaveTextContent('Alasan: Penyebut tidak sesuai data');

    await user.click(within(panel).getByTestId('return-K1-04'));
    await user.click(within(panel).getByTestId('confirm-return'));
    expect(within(panel).getByTestId('error-reason')).toHaveTextContent('Alasan wajib diisi.');
    expect(within(panel).getByTestId('reason-input')).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(panel).getByTestId('reason-input'), 'Lampirkan data Disdukcapil terbaru');
    await user.click(within(panel).getByTestId('confirm-return'));
    expect(await within(panel).findByTestId('review-result')).toHaveTextContent('Dikembalikan ke operator.');
    expect(within(panel).getByTestId('review-status')).toHaveTextContent('Dikembalikan');
    expect(screen.getByTestId(`queue-row-${key('K1-04')}`)).toHaveAttribute('data-status', 'RETURNED');
    expect(within(panel).queryByTestId('verify-K1-04')).toBeNull();
  });

  it('asks for a note when the verified value is corrected, then verifies with the correction', async () => {
    const user = userEvent.setup();
    renderQueue(
      [
        queueMock(rows),
        historyMock('id-kel03'),
        {
          request: {
            query: VerifySubmissionDocument,
            variables: {
              input: {
                submissionId: 'id-kel03',
                expectedVersion: 3,
                correctedAnswer: { count: 4 },
                note: 'Satu lembaga belum aktif',
              },
            },
          },
          result: {
            data: {
              verifySubmission: {
                ...rows[0],
                version: 4,
                status: 'VERIFIED',
                verifiedAnswer: count(4),
                verifiedPoints: 20,
                verificationNote: 'Satu lembaga belum aktif',
              },
            },
          },
        },
      ],
      `/verifikasi?tahun=${YEAR}&kecamatan=${KECAMATAN}&buka=id-kel03`,
    );
    const panel = await screen.findByTestId('review-panel');
    await user.click(within(panel).getByTestId('verify-KEL-03'));
    await user.click(within(panel).getByTestId('correct-toggle'));
    const countInput = within(panel).getByLabelText('Jumlah');
    expect(countInput).toHaveValue('5');
    await user.clear(countInput);
    await user.type(countInput, '4');
    await user.click(within(panel).getByTestId('confirm-verify'));
    expect(within(panel).getByTestId('error-note')).toHaveTextContent('Wajib diisi.');
    await user.type(within(panel).getByTestId('verify-note'), 'Satu lembaga belum aktif');
    await user.click(within(panel).getByTestId('confirm-verify'));
    expect(await within(panel).findByTestId('review-result')).toHaveTextContent('Terverifikasi.');
    expect(within(panel).getByTestId('review-verified-answer')).toHaveTextContent('4 lembaga · 20 / 40');
    expect(within(panel).getByTestId('reopen-KEL-03')).toBeInTheDocument();
  });

  it('says clearly when someone else changed the answer meanwhile, and shows the reloaded state', async () => {
    const user = userEvent.setup();
    renderQueue(
      [
        queueMock(rows),
        historyMock('id-k208'),
        {
          request: {
            query: VerifySubmissionDocument,
            variables: { input: { submissionId: 'id-k208', expectedVersion: 2, correctedAnswer: null, note: null } },
          },
          result: {
            data: {
              verifySubmission: {
                __typename: 'StaleVersionError',
                code: 'STALE_VERSION',
                message: 'Changed meanwhile',
                current: {
                  ...rows[2],
                  version: 3,
                  status: 'RETURNED',
                  statusReason: 'Dikembalikan rekan',
                  statusChangedAt: '2026-04-05T03:00:00.000Z',
                },
              },
            },
          },
        },
      ],
      `/verifikasi?tahun=${YEAR}&kecamatan=${KECAMATAN}&buka=id-k208`,
    );
    const panel = await screen.findByTestId('review-panel');
    await user.click(within(panel).getByTestId('verify-K2-08'));
    await user.click(within(panel).getByTestId('confirm-verify'));
    const result = await within(panel).findByTestId('review-result');
    expect(result).toHaveAttribute('role', 'alert');
    expect(result).toHaveTextContent('Jawaban ini baru saja diubah orang lain');
    expect(result).toHaveTextContent('status sekarang: Dikembalikan');
    expect(within(panel).getByTestId('review-status')).toHaveTextContent('Dikembalikan');
    expect(screen.getByTestId(`queue-row-${key('K2-08')}`)).toHaveAttribute('data-status', 'RETURNED');
    // No decision is offered for a returned answer.
    expect(within(panel).queryByTestId('confirm-verify')).toBeNull();
  });
});
