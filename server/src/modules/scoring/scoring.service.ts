import {
  type Answer,
  categoryOf,
  gapToNextBand,
  isAnswered,
  roundPoints,
  scoreAnswer,
  scoreKecamatan,
} from '@kecala/domain';
import { loadEvidenceCoverage } from '../evidence/evidence-coverage.js';
import { toIndicator } from '../indicator/indicator.service.js';
import type { BandGap, ScoreBasis } from './gap.types.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { assertCanReadKecamatan, readsAllKecamatan } from '../auth/scope.js';
import { type Catalog, IndicatorService } from '../indicator/indicator.service.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { SubmissionEntity, SubmissionStatus, verifiedAnswerOfRow } from '../submission/submission.entity.js';
import type { KecamatanScore } from './scoring.types.js';
import { KecamatanScoreEntity } from './kecamatan-score.entity.js';

/**
 * Scores read from the maintained table `kecamatan_score` (rewritten with the pure scoring module
 * in the transaction of every change: score-table.ts): a constant number of statements per
 * request, and a few rows per kecamatan instead of every answer.
 */
export class ScoringService {
  constructor(private readonly indicators: IndicatorService) {}

  async kecamatanScore(ctx: RequestContext, year: number, kecamatanCode: string): Promise<KecamatanScore> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    // The period, the kecamatan and its score rows in one statement (a kecamatan without rows has one null row).
    const { catalog, rows } = await this.indicators.catalogForYearWith<
      Pick<Kecamatan, 'code' | 'name' | 'alternativeName' | 'cityCode'> & Partial<KecamatanScoreEntity>
    >(ctx, year, {
      sql: `SELECT k.code, k.name, k."alternativeName", k."cityCode", s."periodId", s."kecamatanCode", s."clusterCode", s.basis, s.score, s.answered, s.verified
        FROM kecamatan k LEFT JOIN kecamatan_score s ON s."kecamatanCode" = k.code AND s."periodId" = period_of_year."period_id"
        WHERE k.code = $2`,
      params: [kecamatanCode],
    });
    if (rows.length === 0) throw notFound('kecamatanCode', `unknown kecamatan ${kecamatanCode}`);
    const { code, name, alternativeName, cityCode } = rows[0];
    const kecamatan = Object.assign(new Kecamatan(), { code, name, alternativeName, cityCode });
    return fromScoreRows(catalog, kecamatan, year, rows.filter((r) => r.clusterCode != null) as KecamatanScoreEntity[]);
  }

  /** Every kecamatan's score for a year, highest total first (evaluators, admins, API tokens). */
  async scoreboard(
    ctx: RequestContext,
    year: number,
    cityCode: string | null = null,
    provinceCode: string | null = null,
  ): Promise<KecamatanScore[]> {
    if (!readsAllKecamatan(ctx))
      throw forbidden("Only evaluators, admins and API tokens see every kecamatan's scores.");
    // The period, the kecamatan of the scope and their score rows in one statement, plain SQL
    // (hydrating ~12 entities per kecamatan dominates a national board otherwise). One row per
    // kecamatan with its score rows as compact JSON arrays: a national board is 7,285 rows, not
    // 87,000 rows each repeating the period's and the kecamatan's columns (that shape ran a
    // 160 MB heap out of memory under four concurrent national boards).
    const { catalog, rows } = await this.indicators.catalogForYearWith<
      Pick<Kecamatan, 'code' | 'name' | 'alternativeName' | 'cityCode'> & { scores: ScoreTuple[] }
    >(ctx, year, {
      sql: `SELECT k.code, k.name, k."alternativeName", k."cityCode",
          COALESCE((SELECT json_agg(json_build_array(s."clusterCode", s.basis, s.score, s.answered, s.verified))
                      FROM kecamatan_score s
                     WHERE s."kecamatanCode" = k.code AND s."periodId" = period_of_year."period_id"), '[]'::json) AS scores
        FROM kecamatan k
        WHERE ($2::varchar IS NULL OR k."cityCode" = $2)
          AND ($3::varchar IS NULL OR k."cityCode" IN (SELECT c.code FROM city c WHERE c."provinceCode" = $3))`,
      params: [cityCode, provinceCode],
    });
    const kecamatan = rows.map((row) => ({
      kecamatan: Object.assign(new Kecamatan(), {
        code: row.code,
        name: row.name,
        alternativeName: row.alternativeName,
        cityCode: row.cityCode,
      }),
      rows: row.scores.map(scoreRowOfTuple),
    }));
    return kecamatan
      .map((entry) => fromScoreRows(catalog, entry.kecamatan, year, entry.rows))
      .sort((a, b) => b.total - a.total || a.kecamatan.code.localeCompare(b.kecamatan.code));
  }

  /** The gap to the next band on one basis, with what each indicator lacks: six statements. */
  async kecamatanGap(ctx: RequestContext, year: number, kecamatanCode: string, basis: ScoreBasis): Promise<BandGap> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    const catalog = await this.indicators.catalogForYear(ctx, year);
    const exists = await ctx.dataSource.getRepository(Kecamatan).existsBy({ code: kecamatanCode });
    if (!exists) throw notFound('kecamatanCode', `unknown kecamatan ${kecamatanCode}`);
    const rows = await this.answerRows(ctx, catalog, kecamatanCode);
    const coverage = await loadEvidenceCoverage(
      ctx.dataSource.manager,
      catalog.indicators.map((i) => i.id),
      rows.map((r) => r.id),
    );
    const rowByIndicator = new Map(rows.map((r) => [r.indicatorId, r]));
    const standings = catalog.indicators.map((indicator) => {
      const row = rowByIndicator.get(indicator.id);
      const verified = row?.status === SubmissionStatus.VERIFIED;
      const points = !row
        ? 0
        : basis === 'VERIFIED'
          ? verified
            ? scoreAnswer(indicator, verifiedAnswerOfRow(row))
            : 0
          : scoreAnswer(indicator, row);
      return {
        code: indicator.code,
        clusterCode: indicator.clusterCode,
        maxPoints: indicator.maxPoints,
        points,
        answered: isAnswered(indicator.measureType, row),
        evidenceComplete: coverage.missing(indicator.id, row?.id).length === 0,
        verified,
      };
    });
    const total = roundPoints(standings.reduce((sum, s) => sum + s.points, 0));
    const gap = gapToNextBand(total, standings);
    const byCode = new Map(catalog.indicators.map((i) => [i.code, i]));
    return {
      basis,
      total,
      category: gap.category,
      nextCategory: gap.nextCategory,
      threshold: gap.threshold,
      inclusive: gap.inclusive,
      pointsNeeded: gap.pointsNeeded,
      reachable: gap.reachable,
      indicators: gap.indicators.map((item) => ({
        indicator: toIndicator(byCode.get(item.code)!),
        pointsAvailable: item.pointsAvailable,
        missing: item.missing,
      })),
    };
  }

  private answerRows(ctx: RequestContext, catalog: Catalog, kecamatanCode?: string): Promise<SubmissionEntity[]> {
    return ctx.dataSource.getRepository(SubmissionEntity).find({
      select: SCORING_COLUMNS,
      where: kecamatanCode ? { periodId: catalog.period.id, kecamatanCode } : { periodId: catalog.period.id },
    });
  }
}

/** The columns scoring reads from a submission. */
const SCORING_COLUMNS = {
  id: true,
  kecamatanCode: true,
  indicatorId: true,
  numerator: true,
  denominator: true,
  count: true,
  yes: true,
  option: true,
  status: true,
  verifiedNumerator: true,
  verifiedDenominator: true,
  verifiedCount: true,
  verifiedYes: true,
  verifiedOption: true,
} as const;

/** Scores one kecamatan from its rows of one period: self-assessed and verified, per cluster. */
export function toKecamatanScore(
  catalog: Catalog,
  kecamatan: Kecamatan,
  year: number,
  rows: SubmissionEntity[],
): KecamatanScore {
  const clusterCodes = catalog.clusters.map((c) => c.code);
  const summary = scoreKecamatan(
    clusterCodes,
    catalog.indicators,
    new Map<string, Answer>(rows.map((row) => [row.indicatorId, row])),
  );
  const verifiedRows = rows.filter((row) => row.status === SubmissionStatus.VERIFIED);
  const verified = scoreKecamatan(
    clusterCodes,
    catalog.indicators,
    new Map<string, Answer>(verifiedRows.map((row) => [row.indicatorId, verifiedAnswerOfRow(row)])),
  );
  const verifiedIndicatorIds = new Set(verifiedRows.map((row) => row.indicatorId));
  const clusterOf = new Map(catalog.indicators.map((i) => [i.id, i.clusterCode]));
  const clustersByCode = new Map(catalog.clusters.map((c) => [c.code, c]));
  return {
    kecamatan,
    year,
    total: summary.total,
    maxTotal: summary.maxTotal,
    category: summary.category,
    clusters: summary.clusters.map((c, index) => ({
      cluster: clustersByCode.get(c.clusterCode)!,
      score: c.score,
      maxPoints: c.maxPoints,
      answered: c.answered,
      indicatorCount: c.indicatorCount,
      verifiedScore: verified.clusters[index].score,
      verified: [...verifiedIndicatorIds].filter((id) => clusterOf.get(id) === c.clusterCode).length,
    })),
    verifiedTotal: verified.total,
    verifiedCategory: verified.category,
    verifiedCount: verifiedIndicatorIds.size,
  };
}

/** A score row as the board's statement returns it: [clusterCode, basis, score, answered, verified]. */
type ScoreTuple = [string, KecamatanScoreEntity['basis'], number, number, number];

function scoreRowOfTuple([clusterCode, basis, score, answered, verified]: ScoreTuple): KecamatanScoreEntity {
  return { clusterCode, basis, score, answered, verified } as KecamatanScoreEntity;
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * A kecamatan's score of one period from its maintained rows; a cluster without a row has nothing
 * answered. Totals add the rounded cluster scores and are rounded as the pure module does.
 */
export function fromScoreRows(
  catalog: Catalog,
  kecamatan: Kecamatan,
  year: number,
  rows: readonly KecamatanScoreEntity[],
): KecamatanScore {
  const self = new Map(rows.filter((r) => r.basis === 'SELF').map((r) => [r.clusterCode, r]));
  const verified = new Map(rows.filter((r) => r.basis === 'VERIFIED').map((r) => [r.clusterCode, r]));
  const clusters = catalog.clusters.map((cluster) => ({
    cluster,
    score: self.get(cluster.code)?.score ?? 0,
    maxPoints: cluster.maxPoints,
    answered: self.get(cluster.code)?.answered ?? 0,
    indicatorCount: cluster.indicators.length,
    verifiedScore: verified.get(cluster.code)?.score ?? 0,
    verified: self.get(cluster.code)?.verified ?? 0,
  }));
  const total = roundPoints(clusters.reduce((sum, c) => sum + c.score, 0));
  const verifiedTotal = roundPoints(clusters.reduce((sum, c) => sum + c.verifiedScore, 0));
  return {
    kecamatan,
    year,
    total,
    maxTotal: clusters.reduce((sum, c) => sum + c.maxPoints, 0),
    category: categoryOf(total),
    clusters,
    verifiedTotal,
    verifiedCategory: categoryOf(verifiedTotal),
    verifiedCount: clusters.reduce((sum, c) => sum + c.verified, 0),
  };
}
