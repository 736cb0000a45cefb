import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { renderWithApollo } from '../../test/render';
import { SpreadsheetImport } from './SpreadsheetImport';
import { ApplySpreadsheetImportDocument } from './spreadsheet.documents';
import { type DryRunReport, UploadError, uploadSpreadsheet, XLSX_TYPE } from './upload';

const SHEET = '32.75.09 Jatiasih';

function report(overrides: Partial<DryRunReport> = {}): DryRunReport {
  return {
    batchId: 'b0b0b0b0-0000-4000-8000-000000000001',
    expiresAt: '2026-03-01T01:00:00Z',
    year: 2026,
    indicatorSetCode: 'KLA-24',
    kecamatans: [{ code: '32.75.09', name: 'Jatiasih' }],
    answerCount: 3,
    unchangedCount: 1,
    problems: [],
    ...overrides,
  };
}

const file = () => new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'templat.xlsx', { type: XLSX_TYPE });

function renderImport(upload: typeof uploadSpreadsheet, mocks: Parameters<typeof renderWithApollo>[1] = {}) {
  return renderWithApollo(
    <MemoryRouter>
      <SpreadsheetImport year={2026} kecamatanCode="32.75.09" formPath="/isian" upload={upload} />
    </MemoryRouter>,
    mocks,
  );
}

describe('SpreadsheetImport', () => {
  it('links the template of the kecamatan and year', () => {
    renderImport(vi.fn());
    expect(screen.getByTestId('download-template')).toHaveTextContent('Unduh templat');
  });

  it('lists every problem by sheet, row and column in Indonesian, and keeps the import button disabled', async () => {
    const user = userEvent.setup();
    const upload = vi.fn(async () =>
      report({
        batchId: null,
        answerCount: 2,
        problems: [
          {
            sheet: SHEET,
            row: 6,
            column: 'E',
            header: 'Pembilang',
            code: 'NUMERATOR_GT_DENOMINATOR',
            message: 'server text',
          },
          {
            sheet: '32.75.02 Bekasi Barat',
            row: null,
            column: null,
            header: null,
            code: 'OTHER_KECAMATAN',
            message: 'server text',
          },
          { sheet: SHEET, row: 9, column: 'G', header: 'Jumlah', code: 'SOMETHING_NEW', message: 'Pesan dari server' },
        ],
      }),
    );
    renderImport(upload);
    await user.upload(screen.getByTestId('import-file'), file());
    const rows = await screen.findAllByTestId('import-problem');
    expect(rows.map((row) => [row.dataset.code, row.dataset.row, row.dataset.column])).toEqual([
      ['NUMERATOR_GT_DENOMINATOR', '6', 'E'],
      ['OTHER_KECAMATAN', '', ''],
      ['SOMETHING_NEW', '9', 'G'],
    ]);
    expect(within(rows[0]).getByText('E (Pembilang)')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Pembilang tidak boleh lebih besar dari penyebut.')).toBeInTheDocument();
    // An unknown code falls back to the server's own message.
    expect(within(rows[2]).getByText('Pesan dari server')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Perbaiki 3 masalah');
    expect(screen.getByTestId('import-apply')).toBeDisabled();
  });

  it('shows upload progress, then imports with one click and reports success', async () => {
    const user = userEvent.setup();
    let finish: (value: DryRunReport) => void = () => undefined;
    const upload = vi.fn(
      (_file: Blob, onProgress: (p: { loaded: number; total: number | null }) => void) =>
        new Promise<DryRunReport>((resolve) => {
          onProgress({ loaded: 50, total: 100 });
          finish = resolve;
        }),
    );
    const batchId = report().batchId!;
    // The import request stays in flight until the test has seen its progress.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    renderImport(upload as unknown as typeof uploadSpreadsheet, {
      gate,
      mocks: [
        {
          request: { query: ApplySpreadsheetImportDocument, variables: { batchId } },
          result: {
            data: {
              applySpreadsheetImport: {
                __typename: 'SpreadsheetImportApplied',
                batchId,
                year: 2026,
                answerCount: 3,
                kecamatanCodes: ['32.75.09'],
              },
            },
          },
        },
      ],
    });
    await user.upload(screen.getByTestId('import-file'), file());
    expect(await screen.findByTestId('upload-progress')).toHaveTextContent('50%');
    finish(report());
    const button = await screen.findByTestId('import-apply');
    expect(screen.getByTestId('import-ready')).toHaveTextContent('Siap diimpor: 3 jawaban');
    expect(button).toHaveTextContent('Impor 3 jawaban');
    expect(button).toBeEnabled();
    await user.click(button);
    expect(await screen.findByTestId('apply-progress')).toBeInTheDocument();
    expect(screen.queryByTestId('import-success')).not.toBeInTheDocument();
    release();
    expect(await screen.findByTestId('import-success')).toHaveTextContent('3 jawaban diimpor');
    expect(screen.getByRole('link', { name: 'Kembali ke isian' })).toHaveAttribute('href', '/isian');
  });

  it('shows the problems found at import time and nothing else happens', async () => {
    const user = userEvent.setup();
    const batchId = report().batchId!;
    renderImport(
      vi.fn(async () => report()),
      {
        mocks: [
          {
            request: { query: ApplySpreadsheetImportDocument, variables: { batchId } },
            result: {
              data: {
                applySpreadsheetImport: {
                  __typename: 'SpreadsheetImportRejected',
                  code: 'IMPORT_REJECTED',
                  message: '1 problem',
                  problems: [
                    {
                      __typename: 'SpreadsheetProblem',
                      sheet: SHEET,
                      row: 7,
                      column: null,
                      header: null,
                      code: 'STALE',
                      message: 'x',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    await user.upload(screen.getByTestId('import-file'), file());
    await user.click(await screen.findByTestId('import-apply'));
    const rows = await screen.findAllByTestId('import-problem');
    expect(rows.map((r) => r.dataset.code)).toEqual(['STALE']);
    expect(screen.getByTestId('import-failure')).toHaveTextContent('Impor dibatalkan');
    expect(screen.getByTestId('import-apply')).toBeDisabled();
  });

  it('explains a refused file', async () => {
    const user = userEvent.setup();
    renderImport(vi.fn(async () => Promise.reject(new UploadError(415, 'NOT_XLSX', 'x'))));
    await user.upload(screen.getByTestId('import-file'), file());
    await waitFor(() => expect(screen.getByTestId('import-failure')).toHaveTextContent('bukan lembar kerja Excel'));
    expect(screen.queryByTestId('import-apply')).toBeNull();
  });
});

describe('SpreadsheetImport limits', () => {
  it('refuses a file over 2 MB without uploading it', async () => {
    const user = userEvent.setup();
    const upload = vi.fn();
    renderImport(upload);
    await user.upload(
      screen.getByTestId('import-file'),
      new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'besar.xlsx', { type: XLSX_TYPE }),
    );
    expect(await screen.findByTestId('import-failure')).toHaveTextContent('terlalu besar');
    expect(upload).not.toHaveBeenCalled();
  });
});

describe('uploadSpreadsheet', () => {
  it('posts the raw file with its type and the cookie, reporting progress', async () => {
    const sent: unknown[] = [];
    const headers: Record<string, string> = {};
    const xhr = {
      upload: {} as { onprogress?: (event: { loaded: number; total: number; lengthComputable: boolean }) => void },
      open: vi.fn(),
      setRequestHeader: (name: string, value: string) => {
        headers[name] = value;
      },
      send(body: unknown) {
        sent.push(body);
        this.upload.onprogress?.({ loaded: 2, total: 4, lengthComputable: true });
        this.status = 200;
        this.responseText = JSON.stringify(report());
        this.onload?.();
      },
      status: 0,
      responseText: '',
      withCredentials: false,
      onload: undefined as undefined | (() => void),
      onerror: undefined as undefined | (() => void),
    };
    const progress = vi.fn();
    const blob = file();
    const result = await uploadSpreadsheet(blob, progress, () => xhr as unknown as XMLHttpRequest);
    expect(xhr.open).toHaveBeenCalledWith('POST', '/imports');
    expect(headers['Content-Type']).toBe(XLSX_TYPE);
    expect(xhr.withCredentials).toBe(true);
    expect(sent).toEqual([blob]);
    expect(progress).toHaveBeenCalledWith({ loaded: 2, total: 4 });
    expect(result.answerCount).toBe(3);
  });
});
