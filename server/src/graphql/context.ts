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
