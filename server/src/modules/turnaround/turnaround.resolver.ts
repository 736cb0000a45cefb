import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { HolidayEntity } from './holiday.entity.js';
import { HolidayService } from './holiday.service.js';
import { TurnaroundService } from './turnaround.service.js';
import { HolidayDeleteResult, HolidayInput, HolidayResult, Turnaround } from './turnaround.types.js';

@Resolver()
export class TurnaroundResolver {
  constructor(
    private readonly turnaroundService: TurnaroundService,
    private readonly holidayService: HolidayService,
  ) {}

  @Authorized()
  @Query(() => Turnaround, {
    description:
      "Turnaround of a year's answers in working days: submitted → verified/returned and returned → resubmitted; median, p90, share within one working day, per kecamatan, cluster and evaluator (operators: their own kecamatan).",
  })
  turnaround(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The evaluation year.' }) year: number,
    @Arg('kecamatanCode', () => String, { nullable: true, description: 'Only this kecamatan.' })
    kecamatanCode: string | null,
    @Arg('clusterCode', () => String, { nullable: true, description: 'Only this cluster.' })
    clusterCode: string | null,
  ): Promise<Turnaround> {
    return this.turnaroundService.turnaround(ctx, {
      year,
      kecamatanCode: kecamatanCode ?? null,
      clusterCode: clusterCode ?? null,
    });
  }

  @Authorized()
  @Query(() => [HolidayEntity], {
    description: 'National holidays and cuti bersama (not working days), in date order.',
  })
  holidays(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only this calendar year.' }) year: number | null,
  ): Promise<HolidayEntity[]> {
    return this.holidayService.list(ctx, year ?? null);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => HolidayResult, { description: 'Admin: add or change the holiday of a date. Audited.' })
  setHoliday(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => HolidayInput, { description: 'The date, its name and kind.' }) input: HolidayInput,
  ): Promise<typeof HolidayResult> {
    return this.holidayService.set(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => HolidayDeleteResult, {
    description: 'Admin: delete the holiday of a date (a working day again). Audited.',
  })
  deleteHoliday(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => String, { description: 'YYYY-MM-DD.' }) date: string,
  ): Promise<typeof HolidayDeleteResult> {
    return this.holidayService.remove(ctx, date);
  }
}
