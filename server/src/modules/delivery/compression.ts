import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Routes whose bodies are files already compressed (evidence PDFs and photos, xlsx workbooks,
 * which are zip archives) or a protocol of their own (tus uploads): sent as they are.
 */
const UNCOMPRESSED_PATHS = [/^\/evidence\//, /^\/exports\//, /^\/imports\/template\.xlsx$/, /^\/uploads(\/|$)/];

/** Below this many bytes compression costs more than it saves. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

function shouldCompress(req: Request, res: Response): boolean {
  if (UNCOMPRESSED_PATHS.some((pattern) => pattern.test(req.path))) return false;
  // The default filter: only compressible Content-Types (HTML, JS, CSS, JSON, SVG, …).
  return compression.filter(req, res);
}

/**
 * Dynamic responses (GraphQL JSON, other JSON, HTML not pre-compressed) in brotli or gzip, as the
 * client asks (brotli preferred). Pre-compressed static files already carry a Content-Encoding
 * and are left alone. Websocket upgrades never reach Express middleware.
 */
export function dynamicCompression(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD_BYTES, filter: shouldCompress });
}
