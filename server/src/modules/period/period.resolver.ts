import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { Period } from './period.entity.js';
import { PeriodService } from './period.service.js';
import { PeriodResult } from './period.types.js';

@Resolver()
export class PeriodResolver {
  constructor(private readonly periodService: PeriodService) {}

  @Query(() => [Period], { description: 'Evaluation years, newest first.' })
  periods(@Ctx() ctx: RequestContext): Promise<Period[]> {
    return this.periodService.list(ctx);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => PeriodResult, {
    description: 'Admin: open a new evaluation year (one year is open at a time). Audited.',
  })
  openPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The new year, e.g. 2027.' }) year: number,
    @Arg('indicatorSetCode', () => String, { description: 'IndicatorSet.code of the instrument, e.g. "KLA-24".' })
    indicatorSetCode: string,
    @Arg('deadline', () => Date, { description: 'When operators must have finished (in the future).' }) deadline: Date,
  ): Promise<typeof PeriodResult> {
    return this.periodService.open(ctx, year, indicatorSetCode, deadline);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => PeriodResult, { description: "Admin: change a year's deadline (null removes it). Audited." })
  setPeriodDeadline(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('deadline', () => Date, { nullable: true, description: 'The new deadline (in the future), or null.' })
    deadline: Date | null,
  ): Promise<typeof PeriodResult> {
    return this.periodService.setDeadline(ctx, year, deadline ?? null);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => PeriodResult, {
    description:
      'Admin: close a year: operators can no longer change its answers; evaluators may still verify. Audited.',
  })
  closePeriod(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The open year to close.' }) year: number,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why, shown to operators on the locked form (optional, at most 500 characters).',
    })
    reason: string | null,
  ): Promise<typeof PeriodResult> {
    return this.periodService.close(ctx, year, reason ?? null);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => PeriodResult, { description: 'Admin: reopen a closed year for operators; needs a reason. Audited.' })
  reopenPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The closed year to reopen.' }) year: number,
    @Arg('reason', () => String, { description: 'Why it is reopened (required, at most 500 characters).' })
    reason: string,
  ): Promise<typeof PeriodResult> {
    return this.periodService.reopen(ctx, year, reason);
  }
}
