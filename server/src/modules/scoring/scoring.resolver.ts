import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Role } from '../auth/user.entity.js';
import { ScoringService } from './scoring.service.js';
import { KecamatanScore } from './scoring.types.js';
import { BandGap, ScoreBasisEnum, type ScoreBasis } from './gap.types.js';

@Resolver()
export class ScoringResolver {
  constructor(private readonly scoring: ScoringService) {}

  @Authorized()
  @Query(() => KecamatanScore, { description: 'One kecamatan\'s score (operators: their own kecamatan only).' })
  kecamatanScore(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
  ): Promise<KecamatanScore> {
    return this.scoring.kecamatanScore(ctx, year, kecamatanCode);
  }

  @Authorized()
  @Query(() => BandGap, { description: 'Points a kecamatan still needs for the next band and the indicators that could give them (operators: their own).' })
  kecamatanGap(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
    @Arg('basis', () => ScoreBasisEnum, { defaultValue: 'VERIFIED', description: 'Self-assessed or verified points (default VERIFIED).' }) basis: ScoreBasis,
  ): Promise<BandGap> {
    return this.scoring.kecamatanGap(ctx, year, kecamatanCode, basis);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => [KecamatanScore], { description: 'Every kecamatan\'s score for a year, highest total first.' })
  scoreboard(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('cityCode', () => String, { nullable: true, description: 'Only the kecamatan of this kabupaten/kota (Kemendagri code, e.g. "32.75"); every kecamatan when omitted.' })
    cityCode?: string | null,
  ): Promise<KecamatanScore[]> {
    return this.scoring.scoreboard(ctx, year, cityCode ?? null);
  }
}
