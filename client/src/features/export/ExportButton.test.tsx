import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ExportButton, PROGRESS_DELAY_MS } from './ExportButton';
import { fileNameOf } from './download';

const HEADERS = {
  'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'Content-Disposition': 'attachment; filename="skor-2026.xlsx"',
};

/** A response whose body the test hands out chunk by chunk (`send`), then ends (`end`). */
function controlledResponse(total: number) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    response: new Response(stream, { status: 200, headers: { ...HEADERS, 'Content-Length': String(total) } }),
    send: (bytes: number) => controller.enqueue(new Uint8Array(bytes).fill(7)),
    end: () => controller.close(),
  };
}

/** Runs the timers due within `ms` (the progress bar's delay) and the stream reads they allow. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('ExportButton', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('downloads with the session cookie, shows progress when slow, then saves the whole file', async () => {
    const body = controlledResponse(4000);
    const fetchImpl = vi.fn(async () => body.response);
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
    fireEvent.click(screen.getByTestId('export-scoreboard'));
    expect(fetchImpl).toHaveBeenCalledWith('/exports/scoreboard.xlsx?year=2026&basis=VERIFIED', {
      credentials: 'include',
    });
    body.send(1000);
    await advance(PROGRESS_DELAY_MS - 1);
    expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument();
    await advance(1);
    const progress = screen.getByTestId('export-progress');
    expect(progress.dataset.percent).toBe('25');
    body.send(1000);
    body.send(2000);
    body.end();
    await advance(0);
    expect(save).toHaveBeenCalledTimes(1);
    const [blob, name] = save.mock.calls[0] as [Blob, string];
    expect(blob.size).toBe(4000);
    expect(name).toBe('skor-2026.xlsx');
    expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument();
    expect(screen.getByTestId('export-scoreboard')).toBeEnabled();
  });

  it('shows no progress bar for a quick download', async () => {
    const body = controlledResponse(10);
    const save = vi.fn();
    render(
      <ExportButton
        url="/e"
        fileName="k.xlsx"
        testId="export-kecamatan"
        fetchImpl={(async () => body.response) as unknown as typeof fetch}
        save={save}
      />,
    );
    fireEvent.click(screen.getByTestId('export-kecamatan'));
    body.send(10);
    body.end();
    await advance(0);
    expect(save).toHaveBeenCalledTimes(1);
    // Nor later: the delay's timer ended with the download.
    await advance(PROGRESS_DELAY_MS * 2);
    expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument();
  });

  it('says so when the server refuses', async () => {
    render(
      <ExportButton
        url="/e"
        fileName="k.xlsx"
        testId="export-kecamatan"
        fetchImpl={(async () => new Response('no', { status: 500 })) as unknown as typeof fetch}
        save={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByTestId('export-kecamatan'));
    await advance(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Unduhan gagal');
  });

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameOf("attachment; filename*=UTF-8''skor%20kla.xlsx", 'x')).toBe('skor kla.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
