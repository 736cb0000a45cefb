import { In } from 'typeorm';
import { categoryOf, rollupCategories, roundPoints } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { assertCanReadKecamatan, readsAllKecamatan } from '../auth/scope.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import { Period, PeriodStatus } from '../period/period.entity.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import type { ScoreBasis } from '../scoring/gap.types.js';
import { ScoringService, fromScoreRows, groupBy } from '../scoring/scoring.service.js';
import { KecamatanScoreEntity } from '../scoring/kecamatan-score.entity.js';
import type { KecamatanScore } from '../scoring/scoring.types.js';
import type { CityRollup, CityTrend, KecamatanTrend, KecamatanTrendPoint } from './insight.types.js';
import { layakAnakMinimum } from './settings.service.js';

function assertReadsAll(ctx: RequestContext): void {
  if (!readsAllKecamatan(ctx)) throw forbidden('Only evaluators, admins and API tokens see the whole city.');
}

/** A kecamatan's score on one basis: total, band and cluster points. */
function onBasis(score: KecamatanScore, basis: ScoreBasis) {
  const verified = basis === 'VERIFIED';
  return {
    total: verified ? score.verifiedTotal : score.total,
    category: verified ? score.verifiedCategory : score.category,
    clusters: score.clusters.map((c) => ({ cluster: c.cluster, score: verified ? c.verifiedScore : c.score })),
  };
}

/**
 * The city roll-up and the trends over the years, read from the maintained score table.
 * Statements do not grow with kecamatan, answers or years: periods, clusters, indicators (every
 * distinct set at once), kecamatan and one read of the score rows of every period.
 */
export class InsightService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly scoring: ScoringService,
  ) {}

  async cityRollup(ctx: RequestContext, year: number, basis: ScoreBasis): Promise<CityRollup> {
    assertReadsAll(ctx);
    const [board, minimum] = await Promise.all([
      this.scoring.scoreboard(ctx, year),
      layakAnakMinimum(ctx.dataSource.manager),
    ]);
    const scores = board.map((score) => onBasis(score, basis));
    const rollup = rollupCategories(
      scores.map((s) => s.category),
      minimum,
    );
    return {
      year,
      basis,
      kecamatanCount: rollup.total,
      categoryCounts: rollup.counts,
      minimumCategory: minimum,
      layakAnakCount: rollup.atLeastMinimum,
      layakAnakShare: rollup.share,
      averageTotal: scores.length === 0 ? 0 : roundPoints(scores.reduce((sum, s) => sum + s.total, 0) / scores.length),
    };
  }

  async kecamatanTrend(ctx: RequestContext, kecamatanCode: string, basis: ScoreBasis): Promise<KecamatanTrend> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    const kecamatan = await ctx.dataSource.getRepository(Kecamatan).findOne({ where: { code: kecamatanCode } });
    if (!kecamatan) throw notFound('kecamatanCode', `unknown kecamatan ${kecamatanCode}`);
    const years = await this.scoresPerYear(ctx, [kecamatan], kecamatanCode);
    const points: KecamatanTrendPoint[] = years.map(({ period, scores }) => ({
      year: period.year,
      demo: period.demo,
      inProgress: period.status === PeriodStatus.OPEN,
      ...onBasis(scores[0], basis),
    }));
    return { kecamatan, basis, points };
  }

  async cityTrend(ctx: RequestContext, basis: ScoreBasis): Promise<CityTrend> {
    assertReadsAll(ctx);
    const kecamatan = await ctx.dataSource.getRepository(Kecamatan).find({ order: { code: 'ASC' } });
    const years = await this.scoresPerYear(ctx, kecamatan);
    return {
      basis,
      points: years.map(({ period, scores }) => {
        const onIt = scores.map((s) => onBasis(s, basis));
        const n = onIt.length;
        const average = (values: number[]) => (n === 0 ? 0 : roundPoints(values.reduce((a, b) => a + b, 0) / n));
        const total = average(onIt.map((s) => s.total));
        const clusters = (onIt[0]?.clusters ?? []).map((c, index) => ({
          cluster: c.cluster,
          score: average(onIt.map((s) => s.clusters[index].score)),
        }));
        return {
          year: period.year,
          demo: period.demo,
          inProgress: period.status === PeriodStatus.OPEN,
          kecamatanCount: n,
          total,
          category: categoryOf(total),
          clusters,
          categoryCounts: rollupCategories(
            onIt.map((s) => s.category),
            'NONE',
          ).counts,
        };
      }),
    };
  }

  /** Every period (oldest first) with the scores of the given kecamatan: four statements. */
  private async scoresPerYear(ctx: RequestContext, kecamatan: Kecamatan[], onlyKecamatan?: string) {
    const periods = await ctx.dataSource.getRepository(Period).find({ order: { year: 'ASC' } });
    const [catalogs, rows] = await Promise.all([
      this.indicators.scoringCatalogs(ctx, periods),
      periods.length === 0
        ? Promise.resolve([] as KecamatanScoreEntity[])
        : ctx.dataSource.getRepository(KecamatanScoreEntity).find({
            where: {
              periodId: In(periods.map((p) => p.id)),
              ...(onlyKecamatan ? { kecamatanCode: onlyKecamatan } : {}),
            },
          }),
    ]);
    const rowsByPeriodAndKecamatan = groupBy(rows, (row) => `${row.periodId}|${row.kecamatanCode}`);
    return periods.map((period) => {
      const catalog = catalogs.get(period.id)!;
      return {
        period,
        scores: kecamatan.map((k) =>
          fromScoreRows(catalog, k, period.year, rowsByPeriodAndKecamatan.get(`${period.id}|${k.code}`) ?? []),
        ),
      };
    });
  }
}
