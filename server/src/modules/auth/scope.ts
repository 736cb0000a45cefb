import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { READ_ONLY_MESSAGE, isReadOnly } from './read-only.js';
import { Role } from './user.entity.js';

/** Operators read only their own kecamatan; evaluators, admins and API tokens read every kecamatan. */
export function canReadKecamatan(ctx: RequestContext, kecamatanCode: string): boolean {
  if (!ctx.user) return false;
  if (ctx.user.role === Role.OPERATOR) return ctx.user.kecamatanCode === kecamatanCode;
  return true;
}

export function assertCanReadKecamatan(ctx: RequestContext, kecamatanCode: string): void {
  if (!canReadKecamatan(ctx, kecamatanCode)) throw forbidden(`You may not read data of kecamatan ${kecamatanCode}.`);
}

/** Whether the caller reads every kecamatan's lists (queue, audit trail): evaluators, admins, API tokens. */
export function readsAllKecamatan(ctx: RequestContext): boolean {
  const role = ctx.user?.role;
  return role === Role.EVALUATOR || role === Role.ADMIN || role === Role.INTEGRATOR;
}

/** Only the operator of a kecamatan enters its answers; evaluators, admins and API tokens write none. */
export function writeRefusal(ctx: RequestContext, kecamatanCode: string): string | null {
  if (!ctx.user) return 'Sign in first.';
  if (isReadOnly(ctx.user)) return READ_ONLY_MESSAGE;
  if (ctx.user.role !== Role.OPERATOR) return 'Only operators enter answers.';
  if (ctx.user.kecamatanCode !== kecamatanCode)
    return `You may only enter answers for your own kecamatan (${ctx.user.kecamatanCode}).`;
  return null;
}

/** Evaluators and admins review (verify, return, reopen, judge evidence); nobody else. */
export function reviewRefusal(ctx: RequestContext): string | null {
  if (!ctx.user) return 'Sign in first.';
  if (isReadOnly(ctx.user)) return READ_ONLY_MESSAGE;
  if (ctx.user.role === Role.EVALUATOR || ctx.user.role === Role.ADMIN) return null;
  return 'Only evaluators and admins review submissions.';
}
