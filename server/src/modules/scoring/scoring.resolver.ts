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
    @Arg('year', () => Int) year: number,
    @Arg('kecamatanCode', () => String) kecamatanCode: string,
  ): Promise<KecamatanScore> {
    return this.scoring.kecamatanScore(ctx, year, kecamatanCode);
  }

  @Authorized()
  @Query(() => BandGap, { description: 'Points a kecamatan still needs for the next band and the indicators that could give them (operators: their own).' })
  kecamatanGap(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('kecamatanCode', () => String) kecamatanCode: string,
    @Arg('basis', () => ScoreBasisEnum, { defaultValue: 'VERIFIED' }) basis: ScoreBasis,
  ): Promise<BandGap> {
    return this.scoring.kecamatanGap(ctx, year, kecamatanCode, basis);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => [KecamatanScore], { description: 'Every kecamatan\'s score for a year, highest total first.' })
  scoreboard(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<KecamatanScore[]> {
    return this.scoring.scoreboard(ctx, year);
  }
}
