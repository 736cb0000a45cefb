import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler, Response as ExpressResponse } from 'express';
import { ERRORS, Server as TusServer } from '@tus/server';
import { FileStore } from '@tus/file-store';
import { NodeRequest, sendNodeResponse } from 'srvx/node';
import type { DataSource } from 'typeorm';
import { createRequestContext } from '../../graphql/context.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { EvidenceService } from './evidence.service.js';
import {
  EvidenceErrorCode,
  EvidenceHttpError,
  codeForStatus,
  tooLarge,
  type EvidenceErrorBody,
} from './evidence.errors.js';

/** Response header of the request that completes an upload: the new EvidenceFile's id. */
export const EVIDENCE_ID_HEADER = 'Kecala-Evidence-Id';
/** Server-side metadata: who created the upload. Whatever a client sends under this key is overwritten. */
const UPLOADER_KEY = 'kecalaUploaderId';
/** An upload not finished within a day is deleted (a phone that went offline comes back sooner). */
const UPLOAD_EXPIRY_MS = 24 * 3600_000;
const CLEANUP_INTERVAL_MS = 3600_000;

export interface EvidenceUploadOptions {
  dataSource: DataSource;
  evidence: EvidenceService;
  /** Folder of tus's incomplete uploads. */
  uploadDir: string;
  maxUploadBytes: number;
  /** Where the handler is mounted, e.g. "/uploads"; Location headers are relative to it. */
  mountPath: string;
}

export interface EvidenceUploads {
  /** Express handler for POST, HEAD, PATCH, DELETE and OPTIONS on mountPath and mountPath/:id. */
  handler: RequestHandler;
  stop(): void;
}

type TusRequest = Parameters<TusServer['handleWeb']>[0];
type TusError = { status_code: number; body: string };

function json(body: EvidenceErrorBody): string {
  return JSON.stringify(body);
}

/**
 * tus's own refusals, reworded to name the header at fault, in the JSON shape of every other
 * refusal of this module.
 */
function fromTusError(error: unknown, maxUploadBytes: number): EvidenceHttpError | null {
  const one = (code: EvidenceErrorCode, field: string, fieldCode: string, message: string) =>
    EvidenceHttpError.field(code, field, fieldCode, message);
  switch (error) {
    case ERRORS.ERR_MAX_SIZE_EXCEEDED:
      return tooLarge('Upload-Length', maxUploadBytes);
    case ERRORS.ERR_SIZE_EXCEEDED:
      return tooLarge('body', maxUploadBytes, 'More bytes were sent than the Upload-Length declared.');
    case ERRORS.INVALID_OFFSET:
      return one(
        EvidenceErrorCode.UPLOAD_CONFLICT,
        'Upload-Offset',
        'CONFLICT',
        'Upload-Offset does not match the bytes received so far; send HEAD to learn the current offset.',
      );
    case ERRORS.MISSING_OFFSET:
      return one(EvidenceErrorCode.VALIDATION_FAILED, 'Upload-Offset', 'REQUIRED', 'Upload-Offset is required.');
    case ERRORS.INVALID_CONTENT_TYPE:
      return one(
        EvidenceErrorCode.VALIDATION_FAILED,
        'Content-Type',
        'REQUIRED',
        'Content-Type must be application/offset+octet-stream.',
      );
    case ERRORS.INVALID_LENGTH:
      return one(
        EvidenceErrorCode.VALIDATION_FAILED,
        'Upload-Length',
        'REQUIRED',
        'Upload-Length is required (and may be declared only once).',
      );
    case ERRORS.INVALID_METADATA:
      return one(
        EvidenceErrorCode.VALIDATION_FAILED,
        'Upload-Metadata',
        'INVALID',
        'Upload-Metadata must be comma-separated "key base64(value)" pairs with unique keys.',
      );
    case ERRORS.FILE_NOT_FOUND:
    case ERRORS.FILE_NO_LONGER_EXISTS:
      return one(
        EvidenceErrorCode.NOT_FOUND,
        'uploadId',
        'NOT_FOUND',
        'No such upload: it was finished, cancelled or expired. Start a new one.',
      );
    default:
      return null;
  }
}

/** The request id and the one authentication of each HTTP request, however many hooks ask. */
interface UploadRequests {
  setRequestId(req: TusRequest, requestId: string): void;
  requestIdOf(req: TusRequest): string | undefined;
  contextOf(req: TusRequest): Promise<RequestContext>;
}

function uploadRequests(dataSource: DataSource): UploadRequests {
  const requestIds = new WeakMap<TusRequest, string>();
  const contexts = new WeakMap<TusRequest, Promise<RequestContext>>();
  return {
    setRequestId: (req, requestId) => void requestIds.set(req, requestId),
    requestIdOf: (req) => requestIds.get(req),
    contextOf(req) {
      let ctx = contexts.get(req);
      if (!ctx) {
        const headers = { authorization: req.headers.get('authorization'), cookie: req.headers.get('cookie') };
        ctx = createRequestContext(dataSource, headers, requestIds.get(req) ?? randomUUID());
        contexts.set(req, ctx);
      }
      return ctx;
    },
  };
}

/**
 * Takes the finished bytes out of tus's hands atomically: a second request finishing the same
 * upload finds nothing to claim, and HEAD/PATCH on it answer 404 from now on.
 */
async function claimUpload(store: FileStore, uploadDir: string, uploadId: string): Promise<string> {
  const source = path.join(uploadDir, uploadId);
  const claimed = `${source}.finishing-${randomUUID()}`;
  try {
    await fs.rename(source, claimed);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw EvidenceHttpError.field(
        EvidenceErrorCode.UPLOAD_CONFLICT,
        'uploadId',
        'ALREADY_FINISHED',
        'This upload is already finished.',
      );
    }
    throw error;
  }
  await store.configstore.delete(uploadId).catch(() => undefined);
  return claimed;
}

/** HEAD, PATCH and DELETE: a signed-in caller who created the upload. */
async function assertUploadOwner(store: FileStore, ctx: RequestContext, uploadId: string): Promise<void> {
  if (!ctx.user)
    throw new EvidenceHttpError(
      EvidenceErrorCode.UNAUTHENTICATED,
      'Sign in first: send the session cookie or "Authorization: Bearer <token>".',
    );
  const upload = await store.getUpload(uploadId);
  if (upload.metadata?.[UPLOADER_KEY] !== ctx.user.id) {
    throw new EvidenceHttpError(
      EvidenceErrorCode.NOT_ALLOWED,
      'Only the person who started this upload may resume or cancel it.',
    );
  }
}

/** What a failed request answers: our refusals and tus's in JSON; anything else a logged 500. */
function refusalOf(error: unknown, maxUploadBytes: number, requestId: string | undefined): TusError {
  const known = error instanceof EvidenceHttpError ? error : fromTusError(error, maxUploadBytes);
  if (known) return { status_code: known.status, body: json(known.body) };
  const tusError = error as Partial<TusError>;
  if (typeof tusError.status_code === 'number' && tusError.status_code < 500) {
    return {
      status_code: tusError.status_code,
      body: json({
        code: codeForStatus(tusError.status_code),
        message: String(tusError.body ?? '').trim(),
        fieldErrors: [],
      }),
    };
  }
  console.error(`[request ${requestId}] upload failed`, error);
  return {
    status_code: 500,
    body: json({
      code: EvidenceErrorCode.INTERNAL_SERVER_ERROR,
      message: 'Internal server error',
      fieldErrors: [],
    }),
  };
}

/** The tus server with this module's checks in its hooks. */
function createTusServer(options: EvidenceUploadOptions, store: FileStore, requests: UploadRequests): TusServer {
  const { evidence, maxUploadBytes, uploadDir } = options;
  return new TusServer({
    path: options.mountPath,
    datastore: store,
    maxSize: maxUploadBytes,
    relativeLocation: true,
    // Same origin only (the SPA is served by this server): tus would otherwise allow any origin.
    allowedOrigins: [],
    exposedHeaders: [EVIDENCE_ID_HEADER, 'X-Request-Id'],
    async onIncomingRequest(req, uploadId) {
      if (req.method === 'POST') return; // nothing exists yet: onUploadCreate checks the caller
      await assertUploadOwner(store, await requests.contextOf(req), uploadId);
    },
    async onUploadCreate(req, upload) {
      const ctx = await requests.contextOf(req);
      await evidence.checkUpload(ctx, {
        metadata: upload.metadata,
        declaredLength: upload.sizeIsDeferred ? undefined : upload.size,
        maxBytes: maxUploadBytes,
      });
      return { metadata: { ...upload.metadata, [UPLOADER_KEY]: ctx.user!.id } };
    },
    async onUploadFinish(req, upload) {
      const ctx = await requests.contextOf(req);
      const filePath = await claimUpload(store, uploadDir, upload.id);
      const attached = await evidence.attachUpload(ctx, {
        metadata: upload.metadata,
        filePath,
        maxBytes: maxUploadBytes,
      });
      return { headers: { [EVIDENCE_ID_HEADER]: attached.evidenceId } };
    },
    onResponseError: (req, error): TusError => refusalOf(error, maxUploadBytes, requests.requestIdOf(req)),
  });
}

/** Deletes abandoned uploads every CLEANUP_INTERVAL_MS; returns the stop. */
function sweepAbandonedUploads(uploadDir: string): () => void {
  const cleanup = setInterval(() => {
    deleteAbandonedUploads(uploadDir, UPLOAD_EXPIRY_MS).catch((error) =>
      console.error('could not delete abandoned uploads', error),
    );
  }, CLEANUP_INTERVAL_MS);
  cleanup.unref();
  return () => clearInterval(cleanup);
}

/** tus could serve finished uploads; evidence is downloaded from /evidence/:id, with its checks. */
function refuseDownload(res: ExpressResponse, requestId: string): void {
  res.setHeader('Allow', 'POST, HEAD, PATCH, DELETE, OPTIONS');
  res.setHeader('X-Request-Id', requestId);
  res.status(405).json({
    code: EvidenceErrorCode.METHOD_NOT_ALLOWED,
    message: 'Download evidence from /evidence/<id>.',
    fieldErrors: [],
  });
}

/**
 * Resumable evidence uploads (tus 1.0.0, @tus/server + @tus/file-store). Every request is
 * authenticated; creation checks everything that can be known before a byte is stored
 * (EvidenceService.checkUpload); HEAD, PATCH and DELETE are for the upload's creator only; the
 * request that delivers the last byte attaches the file (EvidenceService.attachUpload) and answers
 * with its id in the Kecala-Evidence-Id header. Every refusal is JSON: { code, message, fieldErrors }.
 */
export function createEvidenceUploads(options: EvidenceUploadOptions): EvidenceUploads {
  // No tus expiration extension: with it, a creation-with-upload POST re-reads the upload after
  // onUploadFinish has taken it away and fails. Abandoned uploads are swept instead.
  const store = new FileStore({ directory: options.uploadDir });
  const requests = uploadRequests(options.dataSource);
  const tus = createTusServer(options, store, requests);
  const stopSweeping = sweepAbandonedUploads(options.uploadDir);

  const handler: RequestHandler = async (req, res) => {
    const requestId = randomUUID();
    if (req.method === 'GET') {
      refuseDownload(res, requestId);
      return;
    }
    const request = new NodeRequest({ req, res });
    requests.setRequestId(request, requestId);
    const response = await tus.handleWeb(request);
    await sendNodeResponse(res, await asJsonRefusal(response, requestId));
  };

  return { handler, stop: stopSweeping };
}

/**
 * Deletes what an upload left behind once it is older than maxAgeMs: the bytes and the .json
 * of an upload never finished, or a claimed file of a request that died while attaching it.
 */
export async function deleteAbandonedUploads(uploadDir: string, maxAgeMs: number, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(uploadDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let deleted = 0;
  for (const name of names) {
    const file = path.join(uploadDir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile() || now - stat.mtimeMs < maxAgeMs) continue;
    await fs.rm(file, { force: true });
    deleted += 1;
  }
  return deleted;
}

/**
 * tus answers some refusals itself in plain text (a missing Tus-Resumable, an invalid header):
 * every refusal leaves as JSON { code, message, fieldErrors } with a request id.
 */
async function asJsonRefusal(response: Response, requestId: string): Promise<Response> {
  if (response.status < 400) {
    response.headers.set('X-Request-Id', requestId);
    return response;
  }
  const text = response.body ? await response.text() : '';
  let body: EvidenceErrorBody | null = null;
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed.code === 'string') body = parsed;
  } catch {
    // plain text from tus
  }
  body ??= plainTusRefusal(response.status, text.trim());
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('X-Request-Id', requestId);
  headers.delete('Content-Length');
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

const HEADER_NAMES = new Map(
  [
    'Tus-Resumable',
    'Upload-Length',
    'Upload-Offset',
    'Upload-Metadata',
    'Upload-Defer-Length',
    'Upload-Concat',
    'Content-Type',
  ].map((h) => [h.toLowerCase(), h]),
);

/** tus's own plain-text answers: "Tus-Resumable Required" (412) and "Invalid <header> …" (400). */
function plainTusRefusal(status: number, text: string): EvidenceErrorBody {
  if (status === 412) {
    const message = 'Tus-Resumable: 1.0.0 is required on every request.';
    return {
      code: EvidenceErrorCode.BAD_REQUEST,
      message,
      fieldErrors: [{ field: 'Tus-Resumable', code: 'REQUIRED', message }],
    };
  }
  const invalid = /^Invalid (.+)$/.exec(text);
  if (status === 400 && invalid) {
    const fieldErrors = invalid[1].split(' ').map((name) => {
      const field = HEADER_NAMES.get(name.toLowerCase()) ?? name;
      return { field, code: 'INVALID', message: `${field} is not valid` };
    });
    return {
      code: EvidenceErrorCode.VALIDATION_FAILED,
      message: fieldErrors.map((e) => e.message).join('; '),
      fieldErrors,
    };
  }
  return { code: codeForStatus(status), message: text || 'Request refused.', fieldErrors: [] };
}
