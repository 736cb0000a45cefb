import type { Express, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { createHttpRequestContext } from '../../graphql/context.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { EvidenceErrorCode, EvidenceHttpError } from '../evidence/evidence.errors.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import type { ScoreBasis } from '../scoring/gap.types.js';
import { ScoringService } from '../scoring/scoring.service.js';
import { SubmissionService } from '../submission/submission.service.js';
import { ExportService, type Workbook } from './export.service.js';
import { auditWorkbook } from './audit-export.js';
import { auditFilterOf, languageOf } from './audit-export-query.js';
import { TurnaroundService } from '../turnaround/turnaround.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The services' GraphQL errors as the evidence routes' JSON refusals. */
export function toHttpError(error: unknown): EvidenceHttpError | null {
  if (error instanceof EvidenceHttpError) return error;
  if (!(error instanceof GraphQLError)) return null;
  const field = typeof error.extensions.field === 'string' ? error.extensions.field : null;
  switch (error.extensions.code) {
    case 'UNAUTHENTICATED':
      return new EvidenceHttpError(EvidenceErrorCode.UNAUTHENTICATED, error.message);
    case 'FORBIDDEN':
      return new EvidenceHttpError(EvidenceErrorCode.NOT_ALLOWED, error.message);
    case 'NOT_FOUND':
      return field
        ? EvidenceHttpError.field(EvidenceErrorCode.NOT_FOUND, field, 'NOT_FOUND', error.message)
        : new EvidenceHttpError(EvidenceErrorCode.NOT_FOUND, error.message);
    case 'BAD_USER_INPUT':
      return EvidenceHttpError.validation([{ field: field ?? 'query', code: 'INVALID', message: error.message }]);
    default:
      return null;
  }
}

export function yearOf(req: Request): number {
  const raw = String(req.query.year ?? '');
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || !Number.isInteger(year))
    throw EvidenceHttpError.validation([
      { field: 'year', code: 'REQUIRED', message: 'year must be a four-digit year, e.g. ?year=2026' },
    ]);
  return year;
}

function basisOf(req: Request): ScoreBasis {
  const raw = req.query.basis == null ? 'VERIFIED' : String(req.query.basis);
  if (raw !== 'VERIFIED' && raw !== 'SELF_ASSESSED')
    throw EvidenceHttpError.validation([
      { field: 'basis', code: 'INVALID', message: 'basis must be VERIFIED or SELF_ASSESSED' },
    ]);
  return raw;
}

/** Authenticates like /evidence/:id, builds the workbook, sends it whole with its length. */
function workbookHandler(
  dataSource: DataSource,
  build: (ctx: RequestContext, req: Request) => Promise<Workbook>,
): RequestHandler {
  return async (req: Request, res: Response) => {
    const ctx = await createHttpRequestContext(dataSource, req, res);
    let workbook: Workbook;
    try {
      if (!ctx.user)
        throw new EvidenceHttpError(
          EvidenceErrorCode.UNAUTHENTICATED,
          'Sign in first: send the session cookie or "Authorization: Bearer <token>".',
        );
      workbook = await build(ctx, req);
      // Exports carry every answer of their scope: who took which one is on the audit trail.
      await recordAudit(ctx.dataSource.manager, ctx, {
        action: 'EXPORT_DOWNLOADED',
        entityType: 'Export',
        entityId: workbook.filename.slice(0, 100),
        after: { path: req.path, query: { ...req.query } },
      });
    } catch (error) {
      const refusal = toHttpError(error);
      if (!refusal) throw error;
      res.status(refusal.status).json(refusal.body);
      return;
    }
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="${workbook.filename}"`);
    res.setHeader('Content-Length', String(workbook.bytes.length));
    res.end(workbook.bytes);
  };
}

/**
 * GET /exports/scoreboard.xlsx?year=2026&basis=VERIFIED (evaluators, admins, API tokens) and
 * GET /exports/kecamatan/<code>.xlsx?year=2026 (those, and an operator for their own kecamatan),
 * GET /exports/audit.xlsx?username=…&role=…&kecamatanCode=…&entityType=…&action=…&since=…&until=…&lang=id|en
 * (the auditEntries filter; evaluators, admins, API tokens; operators their own kecamatan).
 * The workbooks take &lang=en for English.
 */
export function mountExportRoutes(app: Express, options: { dataSource: DataSource; clock?: () => Date }): void {
  const indicators = new IndicatorService();
  const scoring = new ScoringService(indicators);
  const exports = new ExportService(
    indicators,
    scoring,
    new SubmissionService(indicators),
    new TurnaroundService(options.clock),
  );
  app.get(
    '/exports/scoreboard.xlsx',
    workbookHandler(options.dataSource, (ctx, req) =>
      exports.scoreboardWorkbook(ctx, yearOf(req), basisOf(req), languageOf(req)),
    ),
  );
  app.get(
    '/exports/audit.xlsx',
    workbookHandler(options.dataSource, (ctx, req) => auditWorkbook(ctx, auditFilterOf(req), languageOf(req))),
  );
  app.get(
    '/exports/kecamatan/:file',
    workbookHandler(options.dataSource, (ctx, req) => {
      const file = String(req.params.file);
      if (!file.endsWith('.xlsx'))
        throw new EvidenceHttpError(
          EvidenceErrorCode.NOT_FOUND,
          'Ask for /exports/kecamatan/<code>.xlsx, e.g. /exports/kecamatan/32.75.09.xlsx.',
        );
      return exports.kecamatanWorkbook(ctx, yearOf(req), file.slice(0, -'.xlsx'.length), languageOf(req));
    }),
  );
}
