import type { Express, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { createHttpRequestContext } from '../../graphql/context.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import { downloadFilename, inlineContentDisposition } from './evidence-content.js';
import { EvidenceStorage } from './evidence-storage.js';
import { createEvidenceUploads } from './evidence-upload.js';
import { EvidenceErrorCode, EvidenceHttpError } from './evidence.errors.js';
import { EvidenceService } from './evidence.service.js';
import type { ScoreEvents } from '../live/score-events.js';

export interface EvidenceRouteOptions {
  dataSource: DataSource;
  storage: EvidenceStorage;
  uploadDir: string;
  maxUploadBytes: number;
  /** Announces uploads (score changes) after they commit. */
  events?: ScoreEvents;
}

const UPLOADS_PATH = '/uploads';

/**
 * GET /evidence/:id: the bytes, to a signed-in reader of that kecamatan. Served as the type
 * detected at upload, never sniffed by the browser, sandboxed, not cached by anything shared.
 */
function downloadHandler(dataSource: DataSource, evidence: EvidenceService, storage: EvidenceStorage): RequestHandler {
  return async (req, res, next) => {
    const ctx = await createHttpRequestContext(dataSource, req, res);
    let file;
    try {
      file = await evidence.findForDownload(ctx, String(req.params.id));
    } catch (error) {
      if (!(error instanceof EvidenceHttpError)) throw error;
      res.status(error.status).json(error.body);
      return;
    }
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Disposition', inlineContentDisposition(downloadFilename(file.originalName, file.mimeType)));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', 'sandbox');
    res.sendFile(
      file.storageKey,
      { root: storage.directory, cacheControl: false, lastModified: false },
      (error?: Error) => {
        if (!error) return;
        if (res.headersSent) return next(error);
        console.error(`[request ${ctx.requestId}] evidence ${req.params.id}: stored bytes unreadable`, error);
        for (const header of ['Content-Type', 'Content-Disposition', 'Content-Security-Policy'])
          res.removeHeader(header);
        res
          .status(500)
          .json({ code: EvidenceErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', fieldErrors: [] });
      },
    );
  };
}

/** Mounts the resumable upload endpoint (/uploads, tus) and the download route (/evidence/:id). */
export function mountEvidenceRoutes(app: Express, options: EvidenceRouteOptions): { stop(): void } {
  const evidence = new EvidenceService(new IndicatorService(), options.storage, options.events);
  const uploads = createEvidenceUploads({
    dataSource: options.dataSource,
    evidence,
    uploadDir: options.uploadDir,
    maxUploadBytes: options.maxUploadBytes,
    mountPath: UPLOADS_PATH,
  });
  app.all(`${UPLOADS_PATH}{/:uploadId}`, uploads.handler);
  app.get('/evidence/:id', downloadHandler(options.dataSource, evidence, options.storage));
  return { stop: uploads.stop };
}
