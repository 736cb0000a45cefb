import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AFTER_ARG, FIRST_ARG } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { ScoringService } from './scoring.service.js';
import { ClusterScore, KecamatanScore } from './scoring.types.js';
import { ScoreboardConnectionService } from './scoreboard-connection.service.js';
import { ScoreboardConnection, ScoreboardEntry, ScoreboardOrder } from './scoreboard.types.js';
import { BandGap, ScoreBasisEnum, type ScoreBasis } from './gap.types.js';

@Resolver()
export class ScoringResolver {
  constructor(
    private readonly scoring: ScoringService,
    private readonly boards: ScoreboardConnectionService,
  ) {}

  @Authorized()
  @Query(() => KecamatanScore, { description: "One kecamatan's score (operators: their own kecamatan only)." })
  kecamatanScore(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
  ): Promise<KecamatanScore> {
    return this.scoring.kecamatanScore(ctx, year, kecamatanCode);
  }

  @Authorized()
  @Query(() => BandGap, {
    description:
      'Points a kecamatan still needs for the next band and the indicators that could give them (operators: their own).',
  })
  kecamatanGap(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
    @Arg('basis', () => ScoreBasisEnum, {
      defaultValue: 'VERIFIED',
      description: 'Self-assessed or verified points (default VERIFIED).',
    })
    basis: ScoreBasis,
  ): Promise<BandGap> {
    return this.scoring.kecamatanGap(ctx, year, kecamatanCode, basis);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => [KecamatanScore], { description: "Every kecamatan's score for a year, highest total first." })
  scoreboard(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('cityCode', () => String, {
      nullable: true,
      description:
        'Only the kecamatan of this kabupaten/kota (Kemendagri code, e.g. "32.75"); every kecamatan when omitted.',
    })
    cityCode?: string | null,
    @Arg('provinceCode', () => String, {
      nullable: true,
      description: 'Only the kecamatan of this province (Kemendagri code, e.g. "32"); every province when omitted.',
    })
    provinceCode?: string | null,
  ): Promise<KecamatanScore[]> {
    return this.scoring.scoreboard(ctx, year, cityCode ?? null, provinceCode ?? null);
  }

  @Authorized([Role.EVALUATOR, Role.ADMIN])
  @Query(() => ScoreboardConnection, {
    description:
      'A national, province or kab/kota scoreboard page by page, in total order, from the maintained totals: the first page reads only its own rows however many kecamatan there are. Keep basis and orderBy while paging.',
  })
  scoreboardConnection(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
    @Arg('provinceCode', () => String, {
      nullable: true,
      description: 'Only the kecamatan of this province (Kemendagri code, e.g. "32"); the whole country when omitted.',
    })
    provinceCode: string | null,
    @Arg('cityCode', () => String, {
      nullable: true,
      description: 'Only the kecamatan of this kabupaten/kota (Kemendagri code, e.g. "32.75").',
    })
    cityCode: string | null,
    @Arg('basis', () => ScoreBasisEnum, {
      defaultValue: 'VERIFIED',
      description: 'Which total orders the board: self-assessed or verified (default VERIFIED).',
    })
    basis: ScoreBasis,
    @Arg('orderBy', () => ScoreboardOrder, {
      defaultValue: ScoreboardOrder.TOTAL_DESC,
      description: 'Highest total first (default) or lowest first.',
    })
    orderBy: ScoreboardOrder,
    @Arg('first', () => Int, FIRST_ARG)
    first: number,
    @Arg('after', () => String, AFTER_ARG)
    after: string | null,
  ): Promise<ScoreboardConnection> {
    return this.boards.page(ctx, { year, provinceCode, cityCode, basis, orderBy, first, after });
  }
}

@Resolver(() => ScoreboardEntry)
export class ScoreboardEntryResolver {
  constructor(private readonly boards: ScoreboardConnectionService) {}

  @FieldResolver(() => [ClusterScore], {
    description: 'Points per cluster, in cluster order (one more statement per page, only when selected).',
  })
  clusters(@Root() entry: ScoreboardEntry, @Ctx() ctx: RequestContext): Promise<ClusterScore[]> {
    return this.boards.clusters(ctx, entry);
  }
}
