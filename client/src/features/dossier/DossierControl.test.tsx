import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DossierControl } from './DossierControl';
import { DossierButton } from './DossierButton';

/** A ZIP-like body in `chunks`, each released when the test calls `next()`, with Content-Length and a file count. */
function controlledResponse(chunks: number[], files: number) {
  const releases: Array<() => void> = [];
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index >= chunks.length) return controller.close();
      await new Promise<void>((resolve) => releases.push(resolve));
      controller.enqueue(new Uint8Array(chunks[index++]).fill(1));
    },
  });
  const total = chunks.reduce((s, n) => s + n, 0);
  const response = new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Length': String(total),
      'Content-Disposition': 'attachment; filename="dosir-kla-2026-kota.zip"',
      'X-Dossier-Files': String(files),
    },
  });
  return { response, next: () => releases.shift()?.(), pending: () => releases.length };
}

const CLUSTERS = [
  { code: 'K1', name: 'Hak Sipil dan Kebebasan' },
  { code: 'K2', name: 'Lingkungan Keluarga' },
];

describe('DossierControl', () => {
  it('downloads the city dossier by default, with percent, megabytes and files while it streams', async () => {
    const user = userEvent.setup();
    const body = controlledResponse([1024 * 1024, 1024 * 1024, 1024 * 1024], 288);
    const fetchImpl = vi.fn(async () => body.response);
    const save = vi.fn();
    render(
      <DossierControl year={2026} clusters={CLUSTERS} fetchImpl={fetchImpl as unknown as typeof fetch} save={save} />,
    );
    await user.click(screen.getByTestId('dossier-city'));
    expect(fetchImpl).toHaveBeenCalledWith('/exports/dossier/city.zip?year=2026', { credentials: 'include' });
    await waitFor(() => expect(body.pending()).toBe(1));
    body.next();
    const text = await screen.findByTestId('export-progress-text', {}, { timeout: 3000 });
    await waitFor(() => expect(text.textContent).toBe('33% · 1,0 / 3,0 MB · 288 berkas'));
    expect(screen.getByTestId('dossier-city')).toBeDisabled();
    body.next();
    await waitFor(() => expect(body.pending()).toBe(1));
    body.next();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [blob, name] = save.mock.calls[0] as [Blob, string];
    expect(blob.size).toBe(3 * 1024 * 1024);
    expect(name).toBe('dosir-kla-2026-kota.zip');
  });

  it('takes one cluster across the city when chosen', async () => {
    const user = userEvent.setup();
    const fetchImpl = vi.fn(async () => new Response(new Uint8Array(10), { status: 200 }));
    const save = vi.fn();
    render(
      <DossierControl year={2026} clusters={CLUSTERS} fetchImpl={fetchImpl as unknown as typeof fetch} save={save} />,
    );
    await user.selectOptions(screen.getByTestId('dossier-scope'), 'K2');
    expect(screen.getByRole('option', { name: 'Klaster K2: Lingkungan Keluarga' })).toBeInTheDocument();
    await user.click(screen.getByTestId('dossier-city'));
    expect(fetchImpl).toHaveBeenCalledWith('/exports/dossier/cluster/K2.zip?year=2026', { credentials: 'include' });
    await waitFor(() => expect(save).toHaveBeenCalledWith(expect.any(Blob), 'dosir-kla-2026-K2.zip'));
  });

  it("says so when the server refuses a kecamatan's dossier", async () => {
    const user = userEvent.setup();
    const fetchImpl = vi.fn(async () => new Response('{"code":"NOT_ALLOWED"}', { status: 403 }));
    render(
      <DossierButton
        scope={{ kind: 'kecamatan', code: '32.75.09' }}
        year={2026}
        testId="dossier-kecamatan"
        fetchImpl={fetchImpl as unknown as typeof fetch}
        save={vi.fn()}
      />,
    );
    expect(screen.getByTestId('dossier-kecamatan')).toHaveTextContent('Unduh dosir (ZIP)');
    await user.click(screen.getByTestId('dossier-kecamatan'));
    expect(fetchImpl).toHaveBeenCalledWith('/exports/dossier/kecamatan/32.75.09.zip?year=2026', {
      credentials: 'include',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Anda tidak berhak mengunduh berkas ini.');
  });
});
