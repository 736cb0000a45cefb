import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from '../modules/auth/user.entity.js';
import type { Loaders } from './loaders.js';

// Types only: every service imports these, so this file imports nothing at run time (building a
// context is `context.ts`).

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

/** The signed-in user as a session read yields it: the request's user and whether a new password is due. */
export interface SessionUser extends AuthUser {
  mustChangePassword?: boolean;
}
