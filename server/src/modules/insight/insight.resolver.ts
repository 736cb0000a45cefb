import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { ScoreBasisEnum, type ScoreBasis } from '../scoring/gap.types.js';
import { InsightService } from './insight.service.js';
import { CityRollup, CityTrend, KecamatanTrend } from './insight.types.js';

const basisArg = {
  defaultValue: 'VERIFIED',
  description: 'Self-assessed or verified points (default VERIFIED).',
} as const;

@Resolver()
export class InsightResolver {
  constructor(private readonly insight: InsightService) {}

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => CityRollup, {
    description:
      'The city for one year: kecamatan per KLA category and how many reach the layak-anak minimum (evaluators, admins, API tokens).',
  })
  cityRollup(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('basis', () => ScoreBasisEnum, basisArg) basis: ScoreBasis,
  ): Promise<CityRollup> {
    return this.insight.cityRollup(ctx, year, basis);
  }

  @Authorized()
  @Query(() => KecamatanTrend, {
    description:
      "One kecamatan's total, band and cluster points in every evaluation year, oldest first (operators: their own).",
  })
  kecamatanTrend(
    @Ctx() ctx: RequestContext,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
    @Arg('basis', () => ScoreBasisEnum, basisArg) basis: ScoreBasis,
  ): Promise<KecamatanTrend> {
    return this.insight.kecamatanTrend(ctx, kecamatanCode, basis);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => CityTrend, {
    description:
      'The city in every evaluation year, oldest first: average total and cluster points, kecamatan per category (evaluators, admins, API tokens).',
  })
  cityTrend(
    @Ctx() ctx: RequestContext,
    @Arg('basis', () => ScoreBasisEnum, basisArg) basis: ScoreBasis,
  ): Promise<CityTrend> {
    return this.insight.cityTrend(ctx, basis);
  }
}
