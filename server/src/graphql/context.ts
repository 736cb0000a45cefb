import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { authenticateToken, sessionTokenOf, type CredentialHeaders } from '../modules/auth/auth.service.js';
import type { Role } from '../modules/auth/user.entity.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The signed-in user as every service sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  kecamatanCode: string | null;
}

/**
 * Per-request context, passed as the first argument of every service method (Vendure's `ctx`):
 * who is asking, and the request-scoped loaders that keep statements per request constant.
 */
export interface RequestContext {
  requestId: string;
  user: AuthUser | null;
  /** SHA-256 of the session token that authenticated this request, if any. */
  sessionTokenHash: string | null;
  dataSource: DataSource;
  loaders: Loaders;
  req?: Request;
  res?: Response;
}

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
