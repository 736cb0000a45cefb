import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { authenticateToken, sessionTokenOf, type CredentialHeaders } from '../modules/auth/auth.service.js';
import { createLoaders } from './loaders.js';
import type { RequestContext } from './request-context.js';

/**
 * Authenticates a request from its headers (bearer token or session cookie) and builds its
 * context: the same for GraphQL and for the plain HTTP routes (uploads, downloads).
 */
export async function createRequestContext(
  dataSource: DataSource,
  headers: CredentialHeaders,
  requestId: string,
  http: { req?: Request; res?: Response } = {},
): Promise<RequestContext> {
  const session = await authenticateToken(dataSource, sessionTokenOf(headers));
  return {
    requestId,
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    dataSource,
    loaders: createLoaders(dataSource),
    ...http,
  };
}

/**
 * The context of a plain HTTP route (downloads, exports, spreadsheet imports): a new request id,
 * sent back in X-Request-Id; what the route answers is private and never cached.
 */
export async function createHttpRequestContext(
  dataSource: DataSource,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const requestId = randomUUID();
  res.setHeader('X-Request-Id', requestId);
  res.setHeader('Cache-Control', 'private, no-store');
  return createRequestContext(
    dataSource,
    { authorization: req.headers.authorization, cookie: req.headers.cookie },
    requestId,
    { req, res },
  );
}
