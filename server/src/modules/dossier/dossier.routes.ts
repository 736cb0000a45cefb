import { languageOf } from '../export/audit-export-query.js';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { createHttpRequestContext } from '../../graphql/context.js';
import { recordAudit } from '../audit/audit.service.js';
import { EvidenceErrorCode, EvidenceHttpError } from '../evidence/evidence.errors.js';
import type { EvidenceStorage } from '../evidence/evidence-storage.js';
import { toHttpError, yearOf } from '../export/export.routes.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import { dossierZip, MissingEvidenceBytes, planDossier, type DossierPlan } from './dossier-archive.js';
import { DossierService, type DossierScope } from './dossier.service.js';

const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
const CLUSTER_CODE = /^[A-Z0-9]{1,8}$/;

/** The `<code>` of `<code>.zip`, checked against its pattern (field `field`). */
function codeOf(req: Request, field: string, pattern: RegExp, example: string): string {
  const file = String(req.params.file);
  const code = file.endsWith('.zip') ? file.slice(0, -'.zip'.length) : null;
  if (code == null || !pattern.test(code))
    throw EvidenceHttpError.validation([
      { field, code: 'INVALID', message: `Ask for …/${example}.zip: ${field} like "${example}".` },
    ]);
  return code;
}

function scopeOf(req: Request, kind: DossierScope['kind']): DossierScope {
  const year = yearOf(req);
  if (kind === 'kecamatan')
    return { kind, year, kecamatanCode: codeOf(req, 'kecamatanCode', KECAMATAN_CODE, '32.75.09') };
  if (kind === 'cluster') return { kind, year, clusterCode: codeOf(req, 'clusterCode', CLUSTER_CODE, 'K1') };
  return { kind, year };
}

function refuse(res: Response, error: EvidenceHttpError): void {
  res.status(error.status).json(error.body);
}

/** Authenticates like the Excel exports, plans the dossier (refusals before any byte), audits, streams. */
function dossierHandler(
  dataSource: DataSource,
  storage: EvidenceStorage,
  service: DossierService,
  kind: DossierScope['kind'],
): RequestHandler {
  return async (req: Request, res: Response) => {
    const ctx = await createHttpRequestContext(dataSource, req, res);
    let plan: DossierPlan;
    try {
      if (!ctx.user)
        throw new EvidenceHttpError(
          EvidenceErrorCode.UNAUTHENTICATED,
          'Sign in first: send the session cookie or "Authorization: Bearer <token>".',
        );
      const content = await service.read(ctx, scopeOf(req, kind));
      plan = await planDossier(ctx, content, storage, languageOf(req));
      // Written before the bytes are sent, like every download of evidence.
      await recordAudit(ctx.dataSource.manager, ctx, {
        action: 'EXPORT_DOWNLOADED',
        entityType: 'Dossier',
        entityId: plan.filename.slice(0, 100),
        after: { path: req.path, query: { ...req.query }, evidenceCount: plan.placed.length },
      });
    } catch (error) {
      if (error instanceof MissingEvidenceBytes) {
        console.error(`[request ${ctx.requestId}] dossier ${req.path}: ${error.message}`);
        return refuse(res, new EvidenceHttpError(EvidenceErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
      }
      const refusal = toHttpError(error);
      if (!refusal) throw error;
      return refuse(res, refusal);
    }
    const zip = dossierZip(plan, storage);
    const size = await zip.size;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${plan.filename}"`);
    if (size >= 0) res.setHeader('Content-Length', String(size));
    res.setHeader('X-Dossier-Files', String(plan.placed.length));
    res.setHeader('Cache-Control', 'no-store');
    res.on('close', () => {
      if (!res.writableFinished) zip.abort();
    });
    zip.pipe(res);
  };
}

/**
 * GET /exports/dossier/kecamatan/<code>.zip, /exports/dossier/cluster/<code>.zip and
 * /exports/dossier/city.zip, each ?year=2026: a cover workbook, every accepted evidence file and
 * a manifest with SHA-256 checksums, streamed.
 */
export function mountDossierRoutes(app: Express, options: { dataSource: DataSource; storage: EvidenceStorage }): void {
  const { dataSource, storage } = options;
  // One service, so the three routes share the catalog cache.
  const service = new DossierService(new IndicatorService());
  app.get('/exports/dossier/kecamatan/:file', dossierHandler(dataSource, storage, service, 'kecamatan'));
  app.get('/exports/dossier/cluster/:file', dossierHandler(dataSource, storage, service, 'cluster'));
  app.get('/exports/dossier/city.zip', dossierHandler(dataSource, storage, service, 'city'));
}
