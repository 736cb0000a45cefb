import { Upload, type HttpResponse, type PreviousUpload } from 'tus-js-client';

/**
 * THE upload path for evidence files (bukti dukung): plain functions around tus-js-client, the
 * resumable upload protocol the server speaks at /uploads (tus 1.0.0). Components reach it only
 * through `useEvidenceUpload()`; nothing else in the client talks to /uploads.
 *
 * Weak networks: 1 MB chunks, retries with back-off, and the upload URL kept in localStorage
 * under a fingerprint of the file *and its target*, so choosing the same file again for the same
 * checklist item — even after a reload — continues where the bytes stopped.
 */

export const EVIDENCE_UPLOAD_PATH = '/uploads';
/** Response header of the request that delivered the last byte: the new EvidenceFile's id. */
export const EVIDENCE_ID_HEADER = 'Kecala-Evidence-Id';
/** The server's default limit (KECALA_MAX_UPLOAD_BYTES); it re-checks whatever the browser lets through. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** For <input type=file accept>: phones offer the camera and the file picker for these. */
export const EVIDENCE_ACCEPT = EVIDENCE_MIME_TYPES.join(',');
const EVIDENCE_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'] as const;
const CHUNK_SIZE = 1024 * 1024;
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000];

/** Where one file goes: the Upload-Metadata keys the server requires (besides `filename`). */
export interface EvidenceTarget {
  year: number;
  kecamatanCode: string;
  indicatorCode: string;
  requirementCode: string;
}

export interface UploadFieldError {
  field: string;
  code: string;
  message: string;
}

export type EvidenceUploadOutcome =
  /** Stored and attached. The id is null only if the completing response lacked the header. */
  | { kind: 'uploaded'; evidenceId: string | null }
  /** The server refused the file or the request (its JSON body); sending it again will not help. */
  | { kind: 'refused'; code: string; message: string; fieldErrors: UploadFieldError[] }
  /** Network trouble or a server outage: `retryable` means trying again resumes or restarts it. */
  | { kind: 'failed'; retryable: boolean; message: string }
  | { kind: 'cancelled' };

export type EvidenceFileProblem = 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE';
export type EvidenceFileCheck = { ok: true } | { ok: false; problem: EvidenceFileProblem };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The browser's check before a byte is sent: PDF, JPEG or PNG by MIME type and extension, not
 * empty, at most `maxBytes`. Some Android pickers report no (or a generic) MIME type: then the
 * extension decides. The server reads the real type from the content anyway.
 */
export function checkEvidenceFile(
  file: Pick<File, 'name' | 'type' | 'size'>,
  maxBytes = MAX_EVIDENCE_BYTES,
): EvidenceFileCheck {
  const type = file.type.toLowerCase();
  const extension = extensionOf(file.name);
  const typeKnown = type !== '' && type !== 'application/octet-stream';
  const typeAllowed = (EVIDENCE_MIME_TYPES as readonly string[]).includes(type);
  const extensionAllowed = (EVIDENCE_EXTENSIONS as readonly string[]).includes(extension);
  // A name without an extension (gallery apps) is judged by its type; a wrong extension on an allowed type is refused.
  const allowed = typeKnown ? typeAllowed && (extension === '' || extensionAllowed) : extensionAllowed;
  if (!allowed) return { ok: false, problem: 'UNSUPPORTED_TYPE' };
  if (file.size <= 0) return { ok: false, problem: 'EMPTY' };
  if (file.size > maxBytes) return { ok: false, problem: 'TOO_LARGE' };
  return { ok: true };
}

/** The code a bare status stands for, when a refusal comes without a JSON body. */
function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'NOT_ALLOWED';
    case 413:
      return 'TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_TYPE';
    default:
      return `HTTP_${status}`;
  }
}

function parseRefusal(
  status: number,
  body: string,
): { code: string; message: string; fieldErrors: UploadFieldError[] } {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { code?: unknown }).code === 'string') {
      const { code, message, fieldErrors } = parsed as { code: string; message?: unknown; fieldErrors?: unknown };
      return {
        code,
        message: typeof message === 'string' ? message : '',
        fieldErrors: Array.isArray(fieldErrors)
          ? fieldErrors
              .filter((e): e is UploadFieldError => !!e && typeof e.field === 'string' && typeof e.code === 'string')
              .map(({ field, code: fieldCode, message: text }) => ({
                field,
                code: fieldCode,
                message: typeof text === 'string' ? text : '',
              }))
          : [],
      };
    }
  } catch {
    // not JSON: a proxy's error page
  }
  return { code: codeForStatus(status), message: body.trim().slice(0, 300), fieldErrors: [] };
}

/**
 * Maps what tus-js-client reported through onError. No response at all, a 5xx, or a state the
 * protocol recovers from by starting over (404/410: the upload expired or was finished; 409/423:
 * offset conflict or lock, already retried) is a `failed` that may be retried; any other 4xx is
 * the server's refusal, with its `{ code, message, fieldErrors }`.
 */
export function outcomeOfUploadError(error: unknown): EvidenceUploadOutcome {
  const message = error instanceof Error ? error.message : String(error);
  const response = (error as { originalResponse?: HttpResponse | null } | null)?.originalResponse ?? null;
  const hadRequest = (error as { originalRequest?: unknown } | null)?.originalRequest != null;
  if (!response) return { kind: 'failed', retryable: hadRequest, message };
  const status = response.getStatus();
  if (status === 0 || status >= 500 || [404, 409, 410, 423].includes(status))
    return { kind: 'failed', retryable: true, message };
  if (status >= 400) return { kind: 'refused', ...parseRefusal(status, response.getBody() ?? '') };
  return { kind: 'failed', retryable: true, message };
}

/** Absolute URL of the endpoint: tus-js-client resolves the Location header against it. */
function endpointUrl(): string {
  return new URL(EVIDENCE_UPLOAD_PATH, globalThis.location?.href ?? 'http://localhost/').href;
}

/** The same bytes for the same checklist item resume; the same file for another item is a new upload. */
export function evidenceFingerprint(
  file: Pick<File, 'name' | 'type' | 'size' | 'lastModified'>,
  target: EvidenceTarget,
): string {
  return [
    'kecala-evidence',
    target.year,
    target.kecamatanCode,
    target.indicatorCode,
    target.requirementCode,
    file.name,
    file.type,
    file.size,
    file.lastModified,
  ].join('|');
}

function newest(uploads: PreviousUpload[]): PreviousUpload | undefined {
  return [...uploads].sort((a, b) => String(b.creationTime).localeCompare(String(a.creationTime)))[0];
}

export interface EvidenceUploadOptions {
  onProgress?: (bytesSent: number, bytesTotal: number) => void;
}

export interface EvidenceUploadHandle {
  /** Settles once, with the outcome; never rejects. */
  done: Promise<EvidenceUploadOutcome>;
  /** Stops the upload and discards what the server holds of it; `done` settles as `cancelled`. */
  cancel: () => Promise<void>;
  /** Stops without discarding (e.g. the page goes away): choosing the file again resumes. */
  pause: () => Promise<void>;
}

/**
 * Uploads one file (checked first with checkEvidenceFile by the caller) for one checklist item,
 * resuming an interrupted upload of the same file for the same item.
 */
export function uploadEvidence(
  file: File,
  target: EvidenceTarget,
  options: EvidenceUploadOptions = {},
): EvidenceUploadHandle {
  let settle!: (outcome: EvidenceUploadOutcome) => void;
  let settled = false;
  const done = new Promise<EvidenceUploadOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
  });
  // Kept from any response: the completing PATCH carries it (onSuccess's lastResponse is that one too).
  let evidenceId: string | null = null;

  const upload = new Upload(file, {
    endpoint: endpointUrl(),
    chunkSize: CHUNK_SIZE,
    retryDelays: RETRY_DELAYS,
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    fingerprint: async () => evidenceFingerprint(file, target),
    metadata: {
      year: String(target.year),
      kecamatanCode: target.kecamatanCode,
      indicatorCode: target.indicatorCode,
      requirementCode: target.requirementCode,
      filename: file.name,
    },
    onProgress: (bytesSent, bytesTotal) => options.onProgress?.(bytesSent, bytesTotal),
    onAfterResponse: (_request, response) => {
      const id = response.getHeader(EVIDENCE_ID_HEADER);
      if (id) evidenceId = id;
    },
    onSuccess: ({ lastResponse }) => {
      settle({ kind: 'uploaded', evidenceId: lastResponse?.getHeader(EVIDENCE_ID_HEADER) || evidenceId });
    },
    onError: (error) => settle(outcomeOfUploadError(error)),
  });

  upload
    .findPreviousUploads()
    .then((previous) => {
      if (settled) return;
      const latest = newest(previous);
      if (latest) upload.resumeFromPreviousUpload(latest);
      upload.start();
    })
    .catch(() => {
      // No storage (private mode): start afresh.
      if (!settled) upload.start();
    });

  return {
    done,
    cancel: async () => {
      if (settled) return;
      settle({ kind: 'cancelled' });
      await upload.abort(true).catch(() => undefined);
    },
    pause: async () => {
      if (settled) return;
      settle({ kind: 'cancelled' });
      await upload.abort(false).catch(() => undefined);
    },
  };
}
