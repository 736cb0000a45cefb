import type { EntityManager } from 'typeorm';
import { hasControlCharacters } from '@kecala/domain';
import type { FieldError } from '../../graphql/results.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { ValidationError } from '../../graphql/results.js';
import { recordAudit } from '../audit/audit.service.js';
import { HolidayEntity, HolidayKind } from './holiday.entity.js';
import { HolidayDeleted, type HolidayInput } from './turnaround.types.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD` between 2000 and 2100, or the refusal naming the field. */
export function dateError(date: string, field = 'date'): FieldError | null {
  const match = DATE.exec(date);
  const parsed = match ? new Date(`${date}T00:00:00Z`) : null;
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    return { field, code: 'INVALID_DATE', message: `${field} must be a calendar date YYYY-MM-DD` };
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return { field, code: 'OUT_OF_RANGE', message: `${field} must be in 2000–2100` };
  return null;
}

function textError(value: string | null | undefined, field: string, max: number, required: boolean): FieldError | null {
  const text = value?.trim() ?? '';
  if (required && text === '') return { field, code: 'REQUIRED', message: `${field} is required` };
  if (text.length > max) return { field, code: 'TOO_LONG', message: `${field} must be at most ${max} characters` };
  if (hasControlCharacters(text))
    return { field, code: 'INVALID_CHARACTERS', message: `${field} contains control characters` };
  return null;
}

/** Every holiday's date, as the set the work-day arithmetic takes: one statement. */
export async function loadHolidaySet(manager: EntityManager): Promise<Set<string>> {
  const rows: Array<{ date: string }> = await manager.query(
    `SELECT to_char("date", 'YYYY-MM-DD') AS date FROM holiday`,
  );
  return new Set(rows.map((r) => r.date));
}

/** Holidays, listed and edited by the admin (audited in the same transaction). */
export class HolidayService {
  list(ctx: RequestContext, year: number | null): Promise<HolidayEntity[]> {
    const query = ctx.dataSource.getRepository(HolidayEntity).createQueryBuilder('h').orderBy('h.date', 'ASC');
    if (year != null) query.where('EXTRACT(YEAR FROM h.date) = :year', { year });
    return query.getMany();
  }

  async set(ctx: RequestContext, input: HolidayInput): Promise<HolidayEntity | ValidationError> {
    const errors = [
      dateError(input.date),
      textError(input.name, 'name', 120, true),
      textError(input.source, 'source', 500, false),
      Object.values(HolidayKind).includes(input.kind)
        ? null
        : { field: 'kind', code: 'REQUIRED', message: 'kind is required' },
    ].filter((e): e is FieldError => e != null);
    if (errors.length > 0) return new ValidationError(errors);
    const row = Object.assign(new HolidayEntity(), {
      date: input.date,
      name: input.name.trim(),
      kind: input.kind,
      source: input.source?.trim() || null,
    });
    return ctx.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(HolidayEntity, {
        where: { date: input.date },
        lock: { mode: 'pessimistic_write' },
      });
      await manager.upsert(HolidayEntity, row, ['date']);
      await recordAudit(manager, ctx, {
        action: 'HOLIDAY_SET',
        entityType: 'Holiday',
        entityId: row.date,
        before: before ? { ...before } : null,
        after: { ...row },
      });
      return row;
    });
  }

  async remove(ctx: RequestContext, date: string): Promise<HolidayDeleted | ValidationError> {
    const error = dateError(date);
    if (error) return new ValidationError([error]);
    return ctx.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(HolidayEntity, { where: { date }, lock: { mode: 'pessimistic_write' } });
      if (!before) return new ValidationError([{ field: 'date', code: 'NOT_FOUND', message: `no holiday on ${date}` }]);
      await manager.delete(HolidayEntity, { date });
      await recordAudit(manager, ctx, {
        action: 'HOLIDAY_DELETED',
        entityType: 'Holiday',
        entityId: date,
        before: { ...before },
      });
      const deleted = new HolidayDeleted();
      deleted.date = date;
      return deleted;
    });
  }
}
