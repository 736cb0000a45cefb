import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@apollo/client/react';
import type { MockLink } from '@apollo/client/testing';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import {
  KECAMATAN,
  YEAR,
  type StoredSubmission,
  evidenceFile,
  percentageIndicator,
  submission,
} from '../../test/fixtures';
import { renderWithApollo } from '../../test/render';
import { SubmissionListDocument } from '../submission/submission.documents';
import { RemoveEvidenceDocument } from './evidence.documents';
import type { EvidenceUploadOutcome } from './evidence-uploader';
import { IndicatorEvidenceSlot } from './EvidenceSlot';

/** uploadEvidence replaced by a fake the test drives; the browser-side check stays real. */
const uploads = vi.hoisted(() => ({
  calls: [] as Array<{
    file: File;
    target: unknown;
    onProgress?: (sent: number, total: number) => void;
    finish: (outcome: EvidenceUploadOutcome) => void;
  }>,
}));
vi.mock('./evidence-uploader', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./evidence-uploader')>();
  return {
    ...actual,
    uploadEvidence: (
      file: File,
      target: unknown,
      options: { onProgress?: (sent: number, total: number) => void } = {},
    ) => {
      let finish!: (outcome: EvidenceUploadOutcome) => void;
      const done = new Promise<EvidenceUploadOutcome>((resolve) => (finish = resolve));
      uploads.calls.push({ file, target, onProgress: options.onProgress, finish });
      return { done, cancel: vi.fn(async () => finish({ kind: 'cancelled' })), pause: vi.fn(async () => undefined) };
    },
  };
});

const indicator: IndicatorFieldsFragment = {
  ...percentageIndicator,
  evidenceRequirements: [
    {
      __typename: 'EvidenceRequirement',
      id: 'req-1',
      code: 'REKAP_AKTA',
      label: 'Rekap akta kelahiran dari Disdukcapil',
      labelEn: 'Birth certificate summary',
      required: true,
    },
    {
      __typename: 'EvidenceRequirement',
      id: 'req-2',
      code: 'FOTO_LAYANAN',
      label: 'Foto layanan keliling',
      labelEn: 'Photo of the mobile service',
      required: false,
    },
  ],
};

const accepted = evidenceFile({
  id: 'f-accepted',
  requirementCode: 'REKAP_AKTA',
  originalName: 'rekap-2025.pdf',
  sizeBytes: 1_572_864,
  verdict: 'ACCEPTED',
});
const insufficient = evidenceFile({
  id: 'f-insufficient',
  requirementCode: 'REKAP_AKTA',
  originalName: 'rekap-lama.pdf',
  verdict: 'INSUFFICIENT',
  verdictReason: 'Data tahun 2023, harus tahun berjalan.',
});

function seededCache(stored: StoredSubmission[]) {
  const cache = createCache();
  cache.writeQuery({
    query: SubmissionListDocument,
    variables: { year: YEAR, kecamatanCode: KECAMATAN },
    data: { submissions: stored },
  });
  return cache;
}

/** Like the form: the card's slot for the cached submission of K1-04 (its files come from the cache). */
function Harness({ editable }: { editable: boolean }) {
  const { data } = useQuery(SubmissionListDocument, { variables: { year: YEAR, kecamatanCode: KECAMATAN } });
  const stored = data?.submissions.find((s) => s.indicatorCode === indicator.code) ?? null;
  return (
    <IndicatorEvidenceSlot
      indicatorCode={indicator.code}
      submissionId={stored?.id ?? null}
      editable={editable}
      year={YEAR}
      kecamatanCode={KECAMATAN}
      requirements={indicator.evidenceRequirements}
    />
  );
}

function renderSlot({
  stored,
  editable = true,
  mocks = [],
}: {
  stored: StoredSubmission[];
  editable?: boolean;
  mocks?: MockLink.MockedResponse[];
}) {
  return renderWithApollo(<Harness editable={editable} />, { cache: seededCache(stored), mocks });
}

beforeEach(() => {
  uploads.calls.length = 0;
});

describe('IndicatorEvidenceSlot (operator)', () => {
  it('lists the checklist with the "wajib" marker, each file with size, verdict badge and the evaluator\'s reason', async () => {
    renderSlot({ stored: [submission({ indicatorCode: 'K1-04', evidence: [accepted, insufficient] })] });
    const list = await screen.findByTestId('evidence-K1-04');
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('evidence-item'));
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Rekap akta kelahiran dari Disdukcapil wajib');
    expect(items[1]).toHaveTextContent('Foto layanan keliling');
    expect(items[1]).not.toHaveTextContent('wajib');
    expect(items[1]).toHaveTextContent('Belum ada berkas.');

    const rows = within(list).getAllByTestId('evidence-file-K1-04-REKAP_AKTA');
    expect(rows.map((row) => row.getAttribute('data-verdict'))).toEqual(['ACCEPTED', 'INSUFFICIENT']);
    expect(rows[0]).toHaveTextContent('rekap-2025.pdf');
    expect(rows[0]).toHaveTextContent('1,5 MB');
    expect(rows[0]).toHaveTextContent('Diterima');
    expect(rows[1]).toHaveTextContent('Kurang');
    expect(rows[1]).toHaveTextContent('Catatan evaluator: Data tahun 2023, harus tahun berjalan.');
    const view = within(rows[0]).getByRole('link', { name: 'Lihat rekap-2025.pdf' });
    expect(view).toHaveAttribute('href', '/evidence/f-accepted');
    expect(view).toHaveAttribute('target', '_blank');
    // An upload control per item, a real file input with a label.
    const input = within(list).getByLabelText(/Unggah berkas.*Rekap akta/);
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', 'application/pdf,image/jpeg,image/png');
    expect(input).toBe(within(list).getByTestId('evidence-input-K1-04-REKAP_AKTA'));
  });

  it('is read-only when not editable: files and verdicts, no upload, no removal', async () => {
    renderSlot({
      stored: [submission({ indicatorCode: 'K1-04', status: 'SUBMITTED', evidence: [accepted] })],
      editable: false,
    });
    const list = await screen.findByTestId('evidence-K1-04');
    expect(within(list).getByTestId('evidence-file-K1-04-REKAP_AKTA')).toHaveTextContent('Diterima');
    expect(within(list).queryByTestId('evidence-input-K1-04-REKAP_AKTA')).toBeNull();
    expect(within(list).queryByText('Unggah berkas')).toBeNull();
    expect(within(list).queryByTestId('evidence-remove-f-accepted')).toBeNull();
    expect(within(list).getByRole('link', { name: 'Lihat rekap-2025.pdf' })).toBeInTheDocument();
  });

  it('shows a file not yet judged as "Menunggu"', async () => {
    renderSlot({
      stored: [
        submission({
          indicatorCode: 'K1-04',
          evidence: [evidenceFile({ id: 'f-new', requirementCode: 'FOTO_LAYANAN' })],
        }),
      ],
    });
    expect(await screen.findByTestId('evidence-file-K1-04-FOTO_LAYANAN')).toHaveTextContent('Menunggu');
  });

  it('refuses a file of another type in the browser, with a clear message, sending nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderSlot({ stored: [] });
    const input = await screen.findByTestId('evidence-input-K1-04-REKAP_AKTA');
    await user.upload(
      input,
      new File(['hello'], 'laporan.docx', {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('laporan.docx bukan PDF, JPG atau PNG');
    await user.upload(input, new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('scan.pdf lebih besar dari 10 MB');
    expect(uploads.calls).toHaveLength(0);
  });

  it('uploads with a progress bar, then reloads the submission list so the new file (and submission) appear', async () => {
    const user = userEvent.setup();
    const created = submission({
      indicatorCode: 'K1-04',
      id: 'sub-new',
      evidence: [evidenceFile({ id: 'f-up', requirementCode: 'REKAP_AKTA', originalName: 'akta.pdf' })],
    });
    renderSlot({
      stored: [],
      mocks: [
        {
          request: { query: SubmissionListDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } },
          result: { data: { submissions: [created] } },
        },
      ],
    });
    await user.upload(
      await screen.findByTestId('evidence-input-K1-04-REKAP_AKTA'),
      new File(['%PDF-1.4'], 'akta.pdf', { type: 'application/pdf' }),
    );
    expect(uploads.calls).toHaveLength(1);
    expect(uploads.calls[0].target).toEqual({
      year: YEAR,
      kecamatanCode: KECAMATAN,
      indicatorCode: 'K1-04',
      requirementCode: 'REKAP_AKTA',
    });
    // One upload per item at a time.
    expect(screen.getByTestId('evidence-input-K1-04-REKAP_AKTA')).toBeDisabled();

    uploads.calls[0].onProgress!(3 * 1024 * 1024, 4 * 1024 * 1024);
    const progress = await screen.findByTestId('evidence-progress-K1-04-REKAP_AKTA');
    expect(progress.tagName).toBe('PROGRESS');
    expect(progress).toHaveAttribute('value', '75');
    expect(progress).toHaveAccessibleName('Mengunggah akta.pdf');
    expect(progress.parentElement).toHaveTextContent('75%');

    uploads.calls[0].finish({ kind: 'uploaded', evidenceId: 'f-up' });
    expect(await screen.findByTestId('evidence-file-K1-04-REKAP_AKTA')).toHaveTextContent('akta.pdf');
    expect(screen.getByRole('status')).toHaveTextContent('akta.pdf berhasil diunggah.');
    expect(screen.queryByTestId('evidence-progress-K1-04-REKAP_AKTA')).toBeNull();
    expect(screen.getByTestId('evidence-input-K1-04-REKAP_AKTA')).toBeEnabled();
  });

  it("shows the server's refusal in words, and keeps a file that met network trouble until the connection returns", async () => {
    const user = userEvent.setup();
    renderSlot({ stored: [] });
    const input = await screen.findByTestId('evidence-input-K1-04-REKAP_AKTA');
    await user.upload(input, new File(['not really'], 'palsu.pdf', { type: 'application/pdf' }));
    uploads.calls[0].finish({ kind: 'refused', code: 'UNSUPPORTED_TYPE', message: 'not a PDF', fieldErrors: [] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Isi palsu.pdf bukan PDF, JPG atau PNG');
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).toBeNull();

    await user.upload(input, new File(['%PDF-1.4'], 'akta.pdf', { type: 'application/pdf' }));
    uploads.calls[1].finish({ kind: 'failed', retryable: true, message: 'offline' });
    // Kept in the queue, which tries once more at once (same file: tus resumes it) ...
    await waitFor(() => expect(uploads.calls).toHaveLength(3));
    expect(uploads.calls[2].file.name).toBe('akta.pdf');
    // ... and, still offline, waits for the connection instead of showing an error.
    uploads.calls[2].finish({ kind: 'failed', retryable: true, message: 'offline' });
    expect(await screen.findByTestId('evidence-waiting-K1-04-REKAP_AKTA')).toHaveTextContent(
      'Menunggu koneksi — akta.pdf',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes a file after a confirmation; the returned submission updates the list', async () => {
    const user = userEvent.setup();
    const stored = submission({ indicatorCode: 'K1-04', evidence: [accepted, insufficient] });
    renderSlot({
      stored: [stored],
      mocks: [
        {
          request: { query: RemoveEvidenceDocument, variables: { evidenceId: 'f-insufficient' } },
          result: {
            data: {
              removeEvidence: {
                __typename: 'EvidenceRemoved',
                evidenceId: 'f-insufficient',
                submission: { ...stored, evidence: [accepted] },
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByTestId('evidence-remove-f-insufficient'));
    expect(screen.getByText('Hapus rekap-lama.pdf dari bukti dukung?')).toBeInTheDocument();
    await user.click(screen.getByTestId('evidence-confirm-remove-f-insufficient'));
    await waitFor(() => expect(screen.getAllByTestId('evidence-file-K1-04-REKAP_AKTA')).toHaveLength(1));
    expect(screen.getByTestId('evidence-file-K1-04-REKAP_AKTA')).toHaveTextContent('rekap-2025.pdf');
  });

  it('keeps the file and says why when the server refuses the removal', async () => {
    const user = userEvent.setup();
    renderSlot({
      stored: [submission({ indicatorCode: 'K1-04', evidence: [accepted] })],
      mocks: [
        {
          request: { query: RemoveEvidenceDocument, variables: { evidenceId: 'f-accepted' } },
          result: {
            data: {
              removeEvidence: { __typename: 'PeriodClosedError', code: 'PERIOD_CLOSED', message: 'closed', year: YEAR },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByTestId('evidence-remove-f-accepted'));
    await user.click(screen.getByTestId('evidence-confirm-remove-f-accepted'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Periode 2026 sudah ditutup; berkas tidak dapat dihapus.',
    );
    expect(screen.getByTestId('evidence-file-K1-04-REKAP_AKTA')).toBeInTheDocument();
  });
});
