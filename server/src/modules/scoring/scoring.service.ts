import { type Answer, scoreKecamatan } from '@kecala/domain';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import { type Catalog, IndicatorService } from '../indicator/indicator.service.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { SubmissionEntity, SubmissionStatus } from '../submission/submission.entity.js';
import type { KecamatanScore } from './scoring.types.js';

/**
 * Scores computed on read from the saved answers with the pure scoring module: always current,
 * and a constant number of statements per request (catalog, kecamatan, answers).
 */
export class ScoringService {
  constructor(private readonly indicators: IndicatorService) {}

  async kecamatanScore(ctx: RequestContext, year: number, kecamatanCode: string): Promise<KecamatanScore> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    const catalog = await this.indicators.catalogForYear(ctx, year);
    const kecamatan = await ctx.dataSource.getRepository(Kecamatan).findOne({ where: { code: kecamatanCode } });
    if (!kecamatan) throw notFound('kecamatanCode', `unknown kecamatan ${kecamatanCode}`);
    const rows = await this.answerRows(ctx, catalog, kecamatanCode);
    return toKecamatanScore(catalog, kecamatan, year, rows);
  }

  /** Every kecamatan's score for a year, highest total first. */
  async scoreboard(ctx: RequestContext, year: number): Promise<KecamatanScore[]> {
    const catalog = await this.indicators.catalogForYear(ctx, year);
    const [kecamatan, rows] = await Promise.all([
      ctx.dataSource.getRepository(Kecamatan).find({ order: { code: 'ASC' } }),
      this.answerRows(ctx, catalog),
    ]);
    const rowsByKecamatan = new Map<string, SubmissionEntity[]>();
    for (const row of rows) {
      const list = rowsByKecamatan.get(row.kecamatanCode);
      if (list) list.push(row);
      else rowsByKecamatan.set(row.kecamatanCode, [row]);
    }
    return kecamatan
      .map((k) => toKecamatanScore(catalog, k, year, rowsByKecamatan.get(k.code) ?? []))
      .sort((a, b) => b.total - a.total || a.kecamatan.code.localeCompare(b.kecamatan.code));
  }

  private answerRows(ctx: RequestContext, catalog: Catalog, kecamatanCode?: string): Promise<SubmissionEntity[]> {
    return ctx.dataSource.getRepository(SubmissionEntity).find({
      select: {
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
      },
      where: kecamatanCode ? { periodId: catalog.period.id, kecamatanCode } : { periodId: catalog.period.id },
    });
  }
}

function toKecamatanScore(catalog: Catalog, kecamatan: Kecamatan, year: number, rows: SubmissionEntity[]): KecamatanScore {
  const clusterCodes = catalog.clusters.map((c) => c.code);
  const summary = scoreKecamatan(clusterCodes, catalog.indicators, new Map<string, Answer>(rows.map((row) => [row.indicatorId, row])));
  const verifiedRows = rows.filter((row) => row.status === SubmissionStatus.VERIFIED);
  const verified = scoreKecamatan(
    clusterCodes,
    catalog.indicators,
    new Map<string, Answer>(
      verifiedRows.map((row) => [
        row.indicatorId,
        { numerator: row.verifiedNumerator, denominator: row.verifiedDenominator, count: row.verifiedCount, yes: row.verifiedYes, option: row.verifiedOption },
      ]),
    ),
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
