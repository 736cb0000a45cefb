import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HttpResponse, UploadOptions } from 'tus-js-client';
import { checkEvidenceFile, MAX_EVIDENCE_BYTES, outcomeOfUploadError, uploadEvidence } from './evidence-uploader';

/** The fake tus Upload the module under test constructs: records its options, lets the test drive it. */
interface FakeUpload {
  file: File;
  options: UploadOptions;
  start: ReturnType<typeof vi.fn>;
  abort: ReturnType<typeof vi.fn>;
  resumeFromPreviousUpload: ReturnType<typeof vi.fn>;
  findPreviousUploads: ReturnType<typeof vi.fn>;
}

const tus = vi.hoisted(() => ({ instances: [] as FakeUpload[], previous: [] as unknown[] }));

vi.mock('tus-js-client', () => ({
  Upload: class {
    file: File;
    options: UploadOptions;
    start = vi.fn();
    abort = vi.fn(() => Promise.resolve());
    resumeFromPreviousUpload = vi.fn();
    findPreviousUploads = vi.fn(() => Promise.resolve(tus.previous));
    constructor(file: File, options: UploadOptions) {
      this.file = file;
      this.options = options;
      tus.instances.push(this as unknown as FakeUpload);
    }
  },
}));

function response(status: number, body = '', headers: Record<string, string> = {}): HttpResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    getStatus: () => status,
    getBody: () => body,
    getHeader: (name: string) => lower[name.toLowerCase()],
    getUnderlyingObject: () => null,
  };
}

/** What tus-js-client hands onError: a DetailedError with the request and (maybe) the response. */
function detailedError(message: string, res: HttpResponse | null): Error {
  return Object.assign(new Error(message), {
    originalRequest: { getMethod: () => 'PATCH' },
    originalResponse: res,
    causingError: null,
  });
}

const target = { year: 2026, kecamatanCode: '32.75.09', indicatorCode: 'K1-04', requirementCode: 'REKAP_AKTA' };
const pdf = () =>
  new File(['%PDF-1.4 hello'], 'rekap akta.pdf', { type: 'application/pdf', lastModified: 1_700_000_000_000 });

/** Lets findPreviousUploads() resolve and start() run. */
const started = async () => {
  await vi.waitFor(() => expect(tus.instances.at(-1)?.start).toHaveBeenCalled());
  return tus.instances.at(-1)!;
};

beforeEach(() => {
  tus.instances.length = 0;
  tus.previous = [];
});

describe('uploadEvidence', () => {
  it('sends 1 MB chunks to /uploads with the metadata, retries, and a fingerprint kept for resuming', async () => {
    uploadEvidence(pdf(), target);
    const upload = await started();
    expect(upload.options.endpoint).toBe(new URL('/uploads', window.location.href).href);
    expect(upload.options.chunkSize).toBe(1024 * 1024);
    expect(upload.options.retryDelays).toEqual([0, 1000, 3000, 5000, 10000]);
    expect(upload.options.storeFingerprintForResuming).toBe(true);
    expect(upload.options.removeFingerprintOnSuccess).toBe(true);
    expect(upload.options.metadata).toEqual({
      year: '2026',
      kecamatanCode: '32.75.09',
      indicatorCode: 'K1-04',
      requirementCode: 'REKAP_AKTA',
      filename: 'rekap akta.pdf',
    });
    // The same file for another checklist item must not resume this upload.
    const fingerprint = await upload.options.fingerprint!(upload.file, upload.options);
    expect(fingerprint).toContain('REKAP_AKTA');
    expect(fingerprint).toContain('K1-04');
    expect(upload.resumeFromPreviousUpload).not.toHaveBeenCalled();
  });

  it('resumes the newest interrupted upload of the same file before starting', async () => {
    const older = {
      uploadUrl: 'http://localhost/uploads/old',
      creationTime: '2026-03-01T10:00:00.000Z',
      size: 14,
      metadata: {},
      urlStorageKey: 'a',
      parallelUploadUrls: null,
    };
    const newer = {
      ...older,
      uploadUrl: 'http://localhost/uploads/new',
      creationTime: '2026-03-02T10:00:00.000Z',
      urlStorageKey: 'b',
    };
    tus.previous = [older, newer];
    uploadEvidence(pdf(), target);
    const upload = await started();
    expect(upload.resumeFromPreviousUpload).toHaveBeenCalledWith(newer);
    expect(upload.resumeFromPreviousUpload.mock.invocationCallOrder[0]).toBeLessThan(
      upload.start.mock.invocationCallOrder[0],
    );
  });

  it('reports progress, then the evidence id of the response that completed the upload', async () => {
    const onProgress = vi.fn();
    const handle = uploadEvidence(pdf(), target, { onProgress });
    const upload = await started();
    upload.options.onProgress!(524_288, 1_048_576);
    expect(onProgress).toHaveBeenCalledWith(524_288, 1_048_576);
    const last = response(204, '', { 'Kecala-Evidence-Id': 'ev-1' });
    await upload.options.onAfterResponse!({} as never, last);
    upload.options.onSuccess!({ lastResponse: last });
    await expect(handle.done).resolves.toEqual({ kind: 'uploaded', evidenceId: 'ev-1' });
  });

  it('takes the id seen in onAfterResponse when the last response does not repeat it', async () => {
    const handle = uploadEvidence(pdf(), target);
    const upload = await started();
    await upload.options.onAfterResponse!({} as never, response(204, '', { 'kecala-evidence-id': 'ev-2' }));
    upload.options.onSuccess!({ lastResponse: response(200) });
    await expect(handle.done).resolves.toEqual({ kind: 'uploaded', evidenceId: 'ev-2' });
  });

  it('maps a 415 body to a refusal with the server code and field errors', async () => {
    const handle = uploadEvidence(pdf(), target);
    const upload = await started();
    const body = JSON.stringify({
      code: 'UNSUPPORTED_TYPE',
      message: '"rekap akta.pdf" is not a PDF, JPEG or PNG file',
      fieldErrors: [{ field: 'file', code: 'UNSUPPORTED_TYPE', message: 'not a PDF' }],
    });
    upload.options.onError!(
      detailedError('tus: unexpected response while uploading chunk', response(415, body)) as never,
    );
    await expect(handle.done).resolves.toEqual({
      kind: 'refused',
      code: 'UNSUPPORTED_TYPE',
      message: '"rekap akta.pdf" is not a PDF, JPEG or PNG file',
      fieldErrors: [{ field: 'file', code: 'UNSUPPORTED_TYPE', message: 'not a PDF' }],
    });
  });

  it('maps a network failure (no response) to a retryable failure', async () => {
    const handle = uploadEvidence(pdf(), target);
    const upload = await started();
    upload.options.onError!(
      detailedError('tus: failed to upload chunk at offset 0, caused by [object ProgressEvent]', null) as never,
    );
    await expect(handle.done).resolves.toMatchObject({ kind: 'failed', retryable: true });
  });

  it('cancel aborts with termination and settles as cancelled', async () => {
    const handle = uploadEvidence(pdf(), target);
    const upload = await started();
    await handle.cancel();
    expect(upload.abort).toHaveBeenCalledWith(true);
    await expect(handle.done).resolves.toEqual({ kind: 'cancelled' });
  });
});

describe('outcomeOfUploadError', () => {
  it('treats 5xx and expired or conflicting uploads as retryable, other 4xx as refusals', () => {
    expect(outcomeOfUploadError(detailedError('x', response(503, 'Bad gateway')))).toMatchObject({
      kind: 'failed',
      retryable: true,
    });
    expect(
      outcomeOfUploadError(
        detailedError('x', response(404, '{"code":"NOT_FOUND","message":"No such upload","fieldErrors":[]}')),
      ),
    ).toMatchObject({ kind: 'failed', retryable: true });
    expect(
      outcomeOfUploadError(
        detailedError('x', response(409, '{"code":"UPLOAD_CONFLICT","message":"offset","fieldErrors":[]}')),
      ),
    ).toMatchObject({ kind: 'failed', retryable: true });
    expect(
      outcomeOfUploadError(
        detailedError('x', response(403, '{"code":"SUBMISSION_LOCKED","message":"locked","fieldErrors":[]}')),
      ),
    ).toMatchObject({ kind: 'refused', code: 'SUBMISSION_LOCKED' });
    // A refusal without a JSON body (a proxy's page) is named by its status.
    expect(
      outcomeOfUploadError(detailedError('x', response(413, '<html>Request Entity Too Large</html>'))),
    ).toMatchObject({ kind: 'refused', code: 'TOO_LARGE' });
    expect(outcomeOfUploadError(detailedError('x', response(401, '')))).toMatchObject({
      kind: 'refused',
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('checkEvidenceFile', () => {
  const file = (name: string, type: string, size = 1000) => ({ name, type, size });

  it('accepts PDF, JPEG and PNG up to 10 MB', () => {
    expect(checkEvidenceFile(file('sk.pdf', 'application/pdf'))).toEqual({ ok: true });
    expect(checkEvidenceFile(file('foto.JPG', 'image/jpeg'))).toEqual({ ok: true });
    expect(checkEvidenceFile(file('rekap.png', 'image/png', MAX_EVIDENCE_BYTES))).toEqual({ ok: true });
    // Android pickers: no MIME type → the extension decides; no extension → the MIME type decides.
    expect(checkEvidenceFile(file('scan.pdf', ''))).toEqual({ ok: true });
    expect(checkEvidenceFile(file('IMG_20260301', 'image/jpeg'))).toEqual({ ok: true });
  });

  it('refuses other types, empty files and files over the limit', () => {
    expect(
      checkEvidenceFile(
        file('laporan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      ),
    ).toEqual({ ok: false, problem: 'UNSUPPORTED_TYPE' });
    expect(checkEvidenceFile(file('foto.heic', 'image/heic'))).toEqual({ ok: false, problem: 'UNSUPPORTED_TYPE' });
    expect(checkEvidenceFile(file('catatan.txt', ''))).toEqual({ ok: false, problem: 'UNSUPPORTED_TYPE' });
    expect(checkEvidenceFile(file('sk.pdf.exe', 'application/pdf'))).toEqual({
      ok: false,
      problem: 'UNSUPPORTED_TYPE',
    });
    expect(checkEvidenceFile(file('kosong.pdf', 'application/pdf', 0))).toEqual({ ok: false, problem: 'EMPTY' });
    expect(checkEvidenceFile(file('besar.pdf', 'application/pdf', MAX_EVIDENCE_BYTES + 1))).toEqual({
      ok: false,
      problem: 'TOO_LARGE',
    });
  });
});
