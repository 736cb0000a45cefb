import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportButton } from './ExportButton';
import { fileNameOf } from './download';

/** A response whose body arrives in chunks, one every `gapMs`, with a Content-Length. */
function slowResponse(chunks: number[], gapMs: number, withLength = true): Response {
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      if (index >= chunks.length) return controller.close();
      controller.enqueue(new Uint8Array(chunks[index++]).fill(7));
    },
  });
  const total = chunks.reduce((s, n) => s + n, 0);
  return new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...(withLength ? { 'Content-Length': String(total) } : {}),
      'Content-Disposition': 'attachment; filename="skor-2026.xlsx"',
    },
  });
}

describe('ExportButton', () => {
  it('downloads with the session cookie, shows progress when slow, then saves the whole file', async () => {
    const user = userEvent.setup();
    const fetchImpl = vi.fn(async () => slowResponse([1000, 1000, 1000, 1000], 200));
    const save = vi.fn();
    render(
      <ExportButton
        url="/exports/scoreboard.xlsx?year=2026&basis=VERIFIED"
        fileName="x.xlsx"
        testId="export-scoreboard"
        fetchImpl={fetchImpl as unknown as typeof fetch}
        save={save}
      />,
    );
    await user.click(screen.getByTestId('export-scoreboard'));
    expect(fetchImpl).toHaveBeenCalledWith('/exports/scoreboard.xlsx?year=2026&basis=VERIFIED', {
      credentials: 'include',
    });
    const progress = await screen.findByTestId('export-progress');
    await waitFor(() => expect(Number(progress.dataset.percent)).toBeGreaterThan(0));
    expect(Number(progress.dataset.percent)).toBeLessThan(100);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [blob, name] = save.mock.calls[0] as [Blob, string];
    expect(blob.size).toBe(4000);
    expect(name).toBe('skor-2026.xlsx');
    expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument();
    expect(screen.getByTestId('export-scoreboard')).toBeEnabled();
  });

  it('shows no progress bar for a quick download', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(
      <ExportButton
        url="/e"
        fileName="k.xlsx"
        testId="export-kecamatan"
        fetchImpl={(async () => slowResponse([10], 1)) as unknown as typeof fetch}
        save={save}
      />,
    );
    await user.click(screen.getByTestId('export-kecamatan'));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument();
  });

  it('says so when the server refuses', async () => {
    const user = userEvent.setup();
    render(
      <ExportButton
        url="/e"
        fileName="k.xlsx"
        testId="export-kecamatan"
        fetchImpl={(async () => new Response('no', { status: 500 })) as unknown as typeof fetch}
        save={vi.fn()}
      />,
    );
    await user.click(screen.getByTestId('export-kecamatan'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Unduhan gagal');
  });

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameOf("attachment; filename*=UTF-8''skor%20kla.xlsx", 'x')).toBe('skor kla.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
