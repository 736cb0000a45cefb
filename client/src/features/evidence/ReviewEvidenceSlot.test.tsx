import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@apollo/client/react';
import type { MockLink } from '@apollo/client/testing';
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
import { SetEvidenceVerdictDocument } from './evidence.documents';
import { ReviewEvidenceSlot } from './EvidenceSlot';
import { EvidenceViewer } from './EvidenceViewer';

const requirements = [
  {
    __typename: 'EvidenceRequirement' as const,
    id: 'req-1',
    code: 'REKAP_AKTA',
    label: 'Rekap akta kelahiran',
    labelEn: 'Birth certificate summary',
    required: true,
  },
  {
    __typename: 'EvidenceRequirement' as const,
    id: 'req-2',
    code: 'FOTO_LAYANAN',
    label: 'Foto layanan keliling',
    labelEn: 'Photo of the mobile service',
    required: false,
  },
  {
    __typename: 'EvidenceRequirement' as const,
    id: 'req-3',
    code: 'SK_TIM',
    label: 'SK tim percepatan',
    labelEn: 'Decree on the task force',
    required: true,
  },
];
const rekap = evidenceFile({ id: 'f-rekap', requirementCode: 'REKAP_AKTA', originalName: 'rekap.pdf' });
const photo = evidenceFile({
  id: 'f-photo',
  requirementCode: 'FOTO_LAYANAN',
  originalName: 'layanan.png',
  mimeType: 'image/png',
});

function seededCache(stored: StoredSubmission) {
  const cache = createCache();
  cache.writeQuery({
    query: SubmissionListDocument,
    variables: { year: YEAR, kecamatanCode: KECAMATAN },
    data: { submissions: [stored] },
  });
  return cache;
}

/** Like the review panel: the slot for the cached submission (its files come from the cache). */
function Harness({ returnedEvidenceFileIds }: { returnedEvidenceFileIds: string[] | null }) {
  const { data } = useQuery(SubmissionListDocument, { variables: { year: YEAR, kecamatanCode: KECAMATAN } });
  const stored = data?.submissions[0];
  if (!stored) return null;
  return (
    <ReviewEvidenceSlot
      indicatorCode={percentageIndicator.code}
      submissionId={stored.id}
      returnedEvidenceFileIds={returnedEvidenceFileIds}
      canJudge={stored.status === 'SUBMITTED'}
      requirements={requirements}
    />
  );
}

function renderPanel({
  stored = submission({ indicatorCode: 'K1-04', status: 'SUBMITTED', evidence: [rekap, photo] }),
  returnedEvidenceFileIds = null,
  mocks = [],
}: { stored?: StoredSubmission; returnedEvidenceFileIds?: string[] | null; mocks?: MockLink.MockedResponse[] } = {}) {
  return renderWithApollo(<Harness returnedEvidenceFileIds={returnedEvidenceFileIds} />, {
    cache: seededCache(stored),
    mocks,
  });
}

function verdictMock(
  evidenceId: string,
  verdict: 'ACCEPTED' | 'INSUFFICIENT' | 'PENDING',
  reason: string | null,
  file: ReturnType<typeof evidenceFile>,
): MockLink.MockedResponse {
  return {
    request: { query: SetEvidenceVerdictDocument, variables: { input: { evidenceId, verdict, reason } } },
    result: { data: { setEvidenceVerdict: { ...file, verdict, verdictReason: reason } } },
  };
}

function waitForVerdict(row: HTMLElement, verdict: string) {
  return waitFor(() => expect(row).toHaveAttribute('data-verdict', verdict));
}

describe('ReviewEvidenceSlot (evaluator)', () => {
  it('groups the files by checklist item, names a missing required item, marks files attached since the return as "baru"', async () => {
    renderPanel({ returnedEvidenceFileIds: ['f-rekap'] });
    const panel = await screen.findByTestId('review-evidence');
    const headings = within(panel)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Rekap akta kelahiran wajib', 'Foto layanan keliling', 'SK tim percepatan wajib']);
    expect(panel).toHaveTextContent('Belum ada berkas untuk butir wajib ini.');
    expect(within(screen.getByTestId('review-evidence-file-f-rekap')).queryByText('baru')).toBeNull();
    expect(within(screen.getByTestId('review-evidence-file-f-photo')).getByText('baru')).toBeInTheDocument();
  });

  it('marks nothing "baru" when the answer was never returned', async () => {
    renderPanel({ returnedEvidenceFileIds: null });
    await screen.findByTestId('review-evidence');
    expect(screen.queryByText('baru')).toBeNull();
  });

  it('shows the first file in the page and switches the viewer to another file', async () => {
    const user = userEvent.setup();
    renderPanel();
    const viewer = await screen.findByTestId('evidence-viewer');
    expect(viewer).toHaveAttribute('data-file-id', 'f-rekap');
    expect(within(viewer).getByTitle('Pratinjau rekap.pdf')).toHaveAttribute('src', '/evidence/f-rekap');
    await user.click(screen.getByTestId('evidence-view-f-photo'));
    const switched = screen.getByTestId('evidence-viewer');
    expect(switched).toHaveAttribute('data-file-id', 'f-photo');
    expect(within(switched).getByRole('img', { name: 'Pratinjau layanan.png' })).toHaveAttribute(
      'src',
      '/evidence/f-photo',
    );
    expect(screen.getAllByTestId('evidence-viewer')).toHaveLength(1);
  });

  it('Kurang needs a reason before anything is sent; then the verdict and reason show', async () => {
    const user = userEvent.setup();
    renderPanel({ mocks: [verdictMock('f-rekap', 'INSUFFICIENT', 'Tidak ada tanda tangan kepala dinas.', rekap)] });
    await user.click(await screen.findByTestId('evidence-insufficient-f-rekap'));
    const reason = screen.getByTestId('evidence-reason-f-rekap');
    expect(reason).toHaveAccessibleName('Apa yang kurang atau salah?');
    await user.click(screen.getByTestId('evidence-confirm-insufficient-f-rekap'));
    expect(screen.getByRole('alert')).toHaveTextContent('Alasan wajib diisi bila berkas dinilai kurang.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('review-evidence-file-f-rekap')).toHaveAttribute('data-verdict', 'PENDING');

    await user.type(reason, '  Tidak ada tanda tangan kepala dinas. ');
    await user.click(screen.getByTestId('evidence-confirm-insufficient-f-rekap'));
    const row = screen.getByTestId('review-evidence-file-f-rekap');
    await waitForVerdict(row, 'INSUFFICIENT');
    expect(row).toHaveTextContent('Kurang');
    expect(row).toHaveTextContent('Catatan evaluator: Tidak ada tanda tangan kepala dinas.');
    expect(screen.queryByTestId('evidence-reason-f-rekap')).toBeNull();
  });

  it('Terima accepts a file; "Batalkan penilaian" takes the verdict back', async () => {
    const user = userEvent.setup();
    renderPanel({
      mocks: [verdictMock('f-photo', 'ACCEPTED', null, photo), verdictMock('f-photo', 'PENDING', null, photo)],
    });
    await user.click(await screen.findByTestId('evidence-accept-f-photo'));
    const row = screen.getByTestId('review-evidence-file-f-photo');
    await waitForVerdict(row, 'ACCEPTED');
    expect(row).toHaveTextContent('Diterima');
    expect(screen.getByTestId('evidence-accept-f-photo')).toBeDisabled();
    await user.click(within(row).getByRole('button', { name: 'Batalkan penilaian' }));
    await waitForVerdict(row, 'PENDING');
    expect(row).toHaveTextContent('Menunggu');
  });

  it('shows the verdicts without buttons when the submission is not SUBMITTED', async () => {
    renderPanel({
      stored: submission({ indicatorCode: 'K1-04', status: 'VERIFIED', evidence: [{ ...rekap, verdict: 'ACCEPTED' }] }),
    });
    const row = await screen.findByTestId('review-evidence-file-f-rekap');
    expect(row).toHaveTextContent('Diterima');
    expect(screen.queryByTestId('evidence-accept-f-rekap')).toBeNull();
    expect(screen.queryByTestId('evidence-insufficient-f-rekap')).toBeNull();
    expect(screen.getByTestId('evidence-viewer')).toBeInTheDocument();
  });
});

describe('EvidenceViewer', () => {
  it('shows a PDF in an iframe and an image as <img>, each with a link to a new tab', () => {
    const { unmount } = renderWithApollo(
      <EvidenceViewer file={{ id: 'a', url: '/evidence/a', mimeType: 'application/pdf', originalName: 'sk.pdf' }} />,
    );
    let viewer = screen.getByTestId('evidence-viewer');
    expect(viewer.querySelector('iframe')).toHaveAttribute('src', '/evidence/a');
    expect(viewer.querySelector('img')).toBeNull();
    expect(within(viewer).getByRole('link', { name: 'Buka di tab baru' })).toHaveAttribute('target', '_blank');
    unmount();

    renderWithApollo(
      <EvidenceViewer file={{ id: 'b', url: '/evidence/b', mimeType: 'image/jpeg', originalName: 'foto.jpg' }} />,
    );
    viewer = screen.getByTestId('evidence-viewer');
    expect(viewer.querySelector('img')).toHaveAttribute('src', '/evidence/b');
    expect(viewer.querySelector('iframe')).toBeNull();
  });
});
