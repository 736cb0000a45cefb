import { randomUUID } from 'node:crypto';
import { Not, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { NotificationKind } from '../notification/notification-kinds.js';
import { cardLink, notify } from '../notification/notify.js';
import { isReadOnly } from '../auth/read-only.js';
import { Role } from '../auth/user.entity.js';
import { IndicatorSetEntity } from '../indicator/indicator-set.entity.js';
import { ValidationError, type FieldError } from '../../graphql/results.js';
import { Period, PeriodStatus } from './period.entity.js';

const MAX_PERIOD_REASON_LENGTH = 500;
const invalid = (field: string, code: string, message: string) =>
  new ValidationError([{ field, code, message } satisfies FieldError]);

function assertAdmin(ctx: RequestContext): void {
  if (ctx.user?.role !== Role.ADMIN || isReadOnly(ctx.user))
    throw forbidden('Only admins open, close and reopen evaluation periods.');
}

function deadlineError(deadline: Date | null, now: Date): ValidationError | null {
  if (deadline == null) return null;
  if (Number.isNaN(deadline.getTime())) return invalid('deadline', 'INVALID', 'deadline is not a valid time');
  if (deadline.getTime() <= now.getTime()) return invalid('deadline', 'IN_THE_PAST', 'deadline must be in the future');
  return null;
}

const auditView = (p: Pick<Period, 'year' | 'status' | 'deadline' | 'statusReason'>) => ({
  year: p.year,
  status: p.status,
  deadline: p.deadline?.toISOString() ?? null,
  statusReason: p.statusReason,
});

/**
 * Evaluation years. One year is OPEN at a time (operators enter "the open year"); closing locks
 * the answers for operators, reopening needs a reason. Every change is audited in its transaction.
 */
/** Period changes every operator hears of. */
const PERIOD_NOTICES: Record<string, NotificationKind> = {
  PERIOD_CLOSED: NotificationKind.PERIOD_CLOSED,
  PERIOD_REOPENED: NotificationKind.PERIOD_REOPENED,
};

export class PeriodService {
  list(ctx: RequestContext): Promise<Period[]> {
    return ctx.dataSource.getRepository(Period).find({ relations: { indicatorSet: true }, order: { year: 'DESC' } });
  }

  async open(
    ctx: RequestContext,
    year: number,
    indicatorSetCode: string,
    deadline: Date,
  ): Promise<Period | ValidationError> {
    assertAdmin(ctx);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      return invalid('year', 'OUT_OF_RANGE', 'year must be between 2000 and 2100');
    const refused = deadlineError(deadline, new Date());
    if (refused) return refused;
    return ctx.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Period, { year }))
        return invalid('year', 'TAKEN', `the period ${year} already exists: reopen it instead`);
      const other = await this.otherOpen(manager, null);
      if (other) return invalid('year', 'ANOTHER_OPEN', `close the open period ${other.year} first`);
      const set = await manager.findOne(IndicatorSetEntity, { where: { code: indicatorSetCode.trim() } });
      if (!set)
        return invalid('indicatorSetCode', 'NOT_FOUND', `indicatorSetCode ${indicatorSetCode} is not an indicator set`);
      if (set.status !== 'PUBLISHED')
        return invalid(
          'indicatorSetCode',
          'NOT_PUBLISHED',
          `the indicator set ${set.code} is a draft: publish it first`,
        );
      const id = randomUUID();
      const row = { id, year, status: PeriodStatus.OPEN, deadline, statusReason: null, indicatorSetId: set.id };
      await manager.insert(Period, row);
      await recordAudit(manager, ctx, {
        action: 'PERIOD_OPENED',
        entityType: 'Period',
        entityId: id,
        after: { ...auditView(row), indicatorSetCode: set.code },
      });
      return this.reload(manager, id);
    });
  }

  async setDeadline(ctx: RequestContext, year: number, deadline: Date | null): Promise<Period | ValidationError> {
    assertAdmin(ctx);
    const refused = deadlineError(deadline, new Date());
    if (refused) return refused;
    return this.change(ctx, year, 'PERIOD_DEADLINE_SET', () => ({ deadline }));
  }

  async close(ctx: RequestContext, year: number, reason: string | null): Promise<Period | ValidationError> {
    assertAdmin(ctx);
    const text = reason?.trim() || null;
    if (text && text.length > MAX_PERIOD_REASON_LENGTH)
      return invalid('reason', 'TOO_LONG', `reason must be at most ${MAX_PERIOD_REASON_LENGTH} characters`);
    return this.change(ctx, year, 'PERIOD_CLOSED', (period) =>
      period.status === PeriodStatus.CLOSED
        ? invalid('year', 'ALREADY_CLOSED', `the period ${year} is already closed`)
        : { status: PeriodStatus.CLOSED, statusReason: text },
    );
  }

  async reopen(ctx: RequestContext, year: number, reason: string): Promise<Period | ValidationError> {
    assertAdmin(ctx);
    const text = reason.trim();
    if (text === '') return invalid('reason', 'REQUIRED', 'reason is required to reopen a closed period');
    if (text.length > MAX_PERIOD_REASON_LENGTH)
      return invalid('reason', 'TOO_LONG', `reason must be at most ${MAX_PERIOD_REASON_LENGTH} characters`);
    return this.change(ctx, year, 'PERIOD_REOPENED', async (period, manager) => {
      if (period.status === PeriodStatus.OPEN)
        return invalid('year', 'ALREADY_OPEN', `the period ${year} is already open`);
      const other = await this.otherOpen(manager, period.id);
      if (other) return invalid('year', 'ANOTHER_OPEN', `close the open period ${other.year} first`);
      return { status: PeriodStatus.OPEN, statusReason: text };
    });
  }

  /** Locks the period row, applies `decide`'s changes (or returns its refusal) and audits before/after. */
  private async change(
    ctx: RequestContext,
    year: number,
    action: string,
    decide: (
      period: Period,
      manager: EntityManager,
    ) => Partial<Period> | ValidationError | Promise<Partial<Period> | ValidationError>,
  ): Promise<Period | ValidationError> {
    return ctx.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, { where: { year }, lock: { mode: 'pessimistic_write' } });
      if (!period) return invalid('year', 'NOT_FOUND', `there is no period ${year}`);
      const changes = await decide(period, manager);
      if (changes instanceof ValidationError) return changes;
      await manager.update(Period, { id: period.id }, changes);
      await recordAudit(manager, ctx, {
        action,
        entityType: 'Period',
        entityId: period.id,
        before: auditView(period),
        after: auditView({ ...period, ...changes }),
      });
      const kind = PERIOD_NOTICES[action];
      if (kind)
        await notify(manager, {
          kind,
          to: { role: Role.OPERATOR },
          params: { year, reason: changes.statusReason ?? null },
          link: cardLink(year),
        });
      return this.reload(manager, period.id);
    });
  }

  private otherOpen(manager: EntityManager, exceptId: string | null): Promise<Period | null> {
    return manager.findOne(Period, {
      where: exceptId ? { status: PeriodStatus.OPEN, id: Not(exceptId) } : { status: PeriodStatus.OPEN },
    });
  }

  private reload(manager: EntityManager, id: string): Promise<Period> {
    return manager.findOneOrFail(Period, { where: { id }, relations: { indicatorSet: true } });
  }
}
