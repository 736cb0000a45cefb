export interface DownloadProgress {
  loaded: number;
  /** From Content-Length; null when the server did not say. */
  total: number | null;
  /** How many files the archive holds (a dossier's X-Dossier-Files header), else null. */
  files?: number | null;
}

export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The file name of a Content-Disposition header, else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * GETs a file with the session cookie, reading the body stream to report progress (against
 * Content-Length when given), and returns it as a Blob with its file name.
 */
export async function fetchWithProgress(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetchImpl(url, { credentials: 'include' });
  if (!response.ok) throw new DownloadError(response.status, `HTTP ${response.status}`);
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const fileCount = Number(response.headers.get('X-Dossier-Files') ?? NaN);
  const files = Number.isInteger(fileCount) && fileCount >= 0 ? fileCount : null;
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ loaded: blob.size, total, files });
    return { blob, fileName };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress({ loaded, total, files });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    loaded += value.byteLength;
    onProgress({ loaded, total, files });
  }
  return { blob: new Blob(chunks, { type }), fileName };
}

/** Hands a Blob to the browser as a download through a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `&lang=en` when the UI is in English: the workbook's headers and indicator texts follow it. */
const langParam = (language: string) => (language === 'en' ? '&lang=en' : '');

export function scoreboardExportUrl(year: number, basis: 'SELF_ASSESSED' | 'VERIFIED', language = 'id'): string {
  return `/exports/scoreboard.xlsx?year=${year}&basis=${basis}${langParam(language)}`;
}

export function kecamatanExportUrl(code: string, year: number, language = 'id'): string {
  return `/exports/kecamatan/${encodeURIComponent(code)}.xlsx?year=${year}${langParam(language)}`;
}
