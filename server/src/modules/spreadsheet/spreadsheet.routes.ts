import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { createHttpRequestContext } from '../../graphql/context.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import type { ScoreEvents } from '../live/score-events.js';
import { SPREADSHEET_LIMITS, SpreadsheetFileError } from './spreadsheet-file.js';
import { SpreadsheetService } from './spreadsheet.service.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Refusal {
  status: number;
  body: { code: string; message: string; fieldErrors: Array<{ field: string; code: string; message: string }> };
}

function refusal(status: number, code: string, message: string, field?: string): Refusal {
  return { status, body: { code, message, fieldErrors: field ? [{ field, code, message }] : [] } };
}

/** Services' errors as JSON refusals `{ code, message, fieldErrors }` (never a stack trace). */
function toRefusal(error: unknown): Refusal | null {
  if (error instanceof SpreadsheetFileError) return refusal(error.status, error.code, error.message);
  if (!(error instanceof GraphQLError)) return null;
  const field = typeof error.extensions.field === 'string' ? error.extensions.field : undefined;
  switch (error.extensions.code) {
    case 'UNAUTHENTICATED':
      return refusal(401, 'UNAUTHENTICATED', error.message);
    case 'FORBIDDEN':
      return refusal(403, 'NOT_ALLOWED', error.message);
    case 'NOT_FOUND':
      return refusal(404, 'NOT_FOUND', error.message, field);
    case 'BAD_USER_INPUT':
      return refusal(400, 'VALIDATION_FAILED', error.message, field ?? 'query');
    default:
      return null;
  }
}

function handle(
  dataSource: DataSource,
  run: (ctx: RequestContext, req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    const ctx = await createHttpRequestContext(dataSource, req, res);
    try {
      if (!ctx.user)
        throw new GraphQLError('Sign in first: send the session cookie or "Authorization: Bearer <token>".', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      await run(ctx, req, res);
    } catch (error) {
      const refused = toRefusal(error);
      if (!refused) throw error;
      res.status(refused.status).json(refused.body);
    }
  };
}

/**
 * A browser on another site must not post a file with our cookie: the body must be typed as an
 * xlsx (or octet-stream), which no cross-site form can send without a CORS preflight we never
 * allow, and a browser's Origin, when sent, must be this host.
 */
function crossSite(req: Request): boolean {
  const origin = req.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/**
 * GET /imports/template.xlsx?year=2026[&kecamatan=32.75.09 | &city=32.75]: the entry template
 * (operators: their own kecamatan by default; without kecamatan, evaluators and admins get every
 * kecamatan, of one city when `city` is given).
 * POST /imports (body: the xlsx, Content-Type xlsx or application/octet-stream, at most 2 MB):
 * the dry run; JSON report with every problem, and a batchId to apply with applySpreadsheetImport.
 */
export function mountSpreadsheetRoutes(app: Express, options: { dataSource: DataSource; events?: ScoreEvents }): void {
  const spreadsheets = new SpreadsheetService(new IndicatorService(), options.events);
  app.get(
    '/imports/template.xlsx',
    handle(options.dataSource, async (ctx, req, res) => {
      const rawYear = String(req.query.year ?? '');
      if (!/^\d{4}$/.test(rawYear))
        throw new GraphQLError('year must be a four-digit year, e.g. ?year=2026', {
          extensions: { code: 'BAD_USER_INPUT', field: 'year' },
        });
      const kecamatan =
        typeof req.query.kecamatan === 'string' && req.query.kecamatan !== '' ? req.query.kecamatan : null;
      const city = typeof req.query.city === 'string' && req.query.city !== '' ? req.query.city : null;
      const file = await spreadsheets.template(ctx, Number(rawYear), kecamatan, city);
      // The template carries the current answers: who downloaded which is on the audit trail.
      await recordAudit(ctx.dataSource.manager, ctx, {
        action: 'TEMPLATE_DOWNLOADED',
        entityType: 'SpreadsheetTemplate',
        entityId: file.filename.slice(0, 100),
        after: { year: Number(rawYear), kecamatanCode: kecamatan, cityCode: city },
      });
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
      res.setHeader('Content-Length', String(file.bytes.length));
      res.end(file.bytes);
    }),
  );

  const raw = express.raw({ type: () => true, limit: SPREADSHEET_LIMITS.maxBytes });
  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413)
      return void res
        .status(413)
        .json(
          refusal(413, 'TOO_LARGE', `Berkas lebih besar dari batas ${SPREADSHEET_LIMITS.maxBytes / 1024 / 1024} MB.`)
            .body,
        );
    if (status >= 400 && status < 500)
      return void res.status(400).json(refusal(400, 'BAD_REQUEST', 'Isi permintaan tidak dapat dibaca.').body);
    next(error);
  };
  app.post(
    '/imports',
    ((req, res, next) => {
      const type = String(req.headers['content-type'] ?? '')
        .split(';')[0]
        .trim()
        .toLowerCase();
      if (crossSite(req))
        return void res.status(403).json(refusal(403, 'NOT_ALLOWED', 'Cross-site uploads are refused.').body);
      if (type !== XLSX_TYPE && type !== 'application/octet-stream') {
        return void res
          .status(415)
          .json(refusal(415, 'NOT_XLSX', `Send the file with Content-Type ${XLSX_TYPE}.`).body);
      }
      next();
    }) as RequestHandler,
    raw,
    bodyErrors,
    handle(options.dataSource, async (ctx, req, res) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      res.json(await spreadsheets.dryRun(ctx, bytes));
    }),
  );
}
