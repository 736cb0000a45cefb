import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Express, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Content-hashed build output: a new version gets new names, so it can be kept for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, manifest, icons): revalidated on every use (ETag / Last-Modified → 304). */
const REVALIDATE = 'no-cache';

const HASHED_DIR = `${path.sep}assets${path.sep}`;

function setCacheHeaders(dist: string) {
  const hashedRoot = path.resolve(dist) + HASHED_DIR;
  return (res: ServerResponse, file: string) => {
    res.setHeader('Cache-Control', path.resolve(file).startsWith(hashedRoot) ? IMMUTABLE : REVALIDATE);
  };
}

/**
 * Serves the built SPA: files pre-compressed at build time (`.br`, `.gz` beside them) in the
 * encoding the browser accepts (brotli first) with `Vary: Accept-Encoding`, the cache policy
 * above, and index.html for every other GET (client-side routes). A missing /assets/ file is a 404,
 * never index.html under a script's name.
 */
export function mountClientAssets(app: Express, dist: string): void {
  const serve: RequestHandler = expressStaticGzip(dist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, setHeaders: setCacheHeaders(dist) },
  });
  app.use(serve);
  app.get('/assets/{*splat}', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.get('/{*splat}', (req, res, next) => {
    req.url = '/index.html';
    serve(req, res, next);
  });
}
