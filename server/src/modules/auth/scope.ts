import type { RequestContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { Role } from './user.entity.js';

/** Operators read only their own kecamatan; evaluators and admins read every kecamatan. */
export function canReadKecamatan(ctx: RequestContext, kecamatanCode: string): boolean {
  if (!ctx.user) return false;
  if (ctx.user.role === Role.OPERATOR) return ctx.user.kecamatanCode === kecamatanCode;
  return true;
}

export function assertCanReadKecamatan(ctx: RequestContext, kecamatanCode: string): void {
  if (!canReadKecamatan(ctx, kecamatanCode)) throw forbidden(`You may not read data of kecamatan ${kecamatanCode}.`);
}

/** Only the operator of a kecamatan enters its answers; evaluators and admins write none. */
export function writeRefusal(ctx: RequestContext, kecamatanCode: string): string | null {
  if (!ctx.user) return 'Sign in first.';
  if (ctx.user.role !== Role.OPERATOR) return 'Only operators enter answers.';
  if (ctx.user.kecamatanCode !== kecamatanCode) return `You may only enter answers for your own kecamatan (${ctx.user.kecamatanCode}).`;
  return null;
}
