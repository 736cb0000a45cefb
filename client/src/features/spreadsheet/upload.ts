import type { SpreadsheetDryRunReport } from '@kecala/domain';

/** What POST /imports answers: the dry run of an uploaded template. */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  header: string | null;
  code: string;
  message: string;
}

export type DryRunReport = SpreadsheetDryRunReport<ImportProblem>;

export interface UploadProgress {
  loaded: number;
  total: number | null;
}

/** A refusal of the whole file (not an xlsx, too large, not allowed…): `{ code, message }` from the server. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function templateUrl(year: number, kecamatanCode: string | null): string {
  return `/imports/template.xlsx?year=${year}${kecamatanCode ? `&kecamatan=${encodeURIComponent(kecamatanCode)}` : ''}`;
}

/**
 * Sends the file as the raw body of POST /imports with the session cookie, reporting upload
 * progress (XMLHttpRequest: fetch cannot report upload progress), and resolves with the dry run.
 */
export function uploadSpreadsheet(
  file: Blob,
  onProgress: (progress: UploadProgress) => void,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): Promise<DryRunReport> {
  return new Promise((resolve, reject) => {
    const xhr = createRequest();
    xhr.open('POST', '/imports');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', XLSX_TYPE);
    xhr.upload.onprogress = (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onerror = () => reject(new UploadError(0, 'NETWORK', 'network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status === 200 && body && typeof body === 'object' && 'problems' in body) {
        resolve(body as DryRunReport);
        return;
      }
      const refusal = (body ?? {}) as { code?: string; message?: string };
      reject(new UploadError(xhr.status, refusal.code ?? 'UNKNOWN', refusal.message ?? `HTTP ${xhr.status}`));
    };
    xhr.send(file);
  });
}
