import DataLoader from 'dataloader';
import { categoryOf } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { decodeCursor, encodeCursor, pageSize, splitPage } from '../../graphql/connection.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import { readsAllKecamatan } from '../auth/scope.js';
import type { IndicatorService } from '../indicator/indicator.service.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import type { ScoreBasis } from './gap.types.js';
import type { KecamatanScoreEntity } from './kecamatan-score.entity.js';
import { ScoreboardConnection, ScoreboardEntry, ScoreboardOrder } from './scoreboard.types.js';
import type { ClusterScore } from './scoring.types.js';
import { fromScoreRows } from './scoring.service.js';

const CURSOR_LIST = 'scoreboard';
const BASIS = /^(SELF|VERIFIED)$/;
const ORDER = /^(TOTAL_DESC|TOTAL_ASC)$/;
const TOTAL = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/;
const CODE = /^[0-9.]{1,16}$/;

export interface ScoreboardPageArgs {
  year: number;
  provinceCode?: string | null;
  cityCode?: string | null;
  basis: ScoreBasis;
  orderBy: ScoreboardOrder;
  first?: number | null;
  after?: string | null;
}

interface PageRow {
  code: string;
  name: string;
  alternativeName: string | null;
  cityCode: string;
  periodId: string;
  total: number;
  answered: number;
  verified: number;
  otherTotal: number;
  otherAnswered: number;
}

/**
 * National, province and kab/kota scoreboards page by page, read from the maintained totals
 * (kecamatan_total): keyset pagination on (total, kecamatan code). The national board's page is
 * a range of the index (period, basis, total DESC, kecamatan) — the first page touches `first`
 * rows, not every kecamatan; a province or kab/kota board reads only the rows of its own kecamatan.
 * One statement per page (the year's period is a sub-select), plus one for totalCount when asked
 * and one per page for the clusters when selected.
 */
export class ScoreboardConnectionService {
  constructor(private readonly indicators: IndicatorService) {}

  async page(ctx: RequestContext, args: ScoreboardPageArgs): Promise<ScoreboardConnection> {
    if (!readsAllKecamatan(ctx))
      throw forbidden("Only evaluators, admins and API tokens see every kecamatan's scores.");
    const size = pageSize(args.first);
    const basis = args.basis === 'VERIFIED' ? 'VERIFIED' : 'SELF';
    const other = basis === 'SELF' ? 'VERIFIED' : 'SELF';
    const after = decodeCursor(CURSOR_LIST, args.after, [BASIS, ORDER, TOTAL, CODE]);
    if (after && (after[0] !== basis || after[1] !== args.orderBy)) {
      throw badUserInput('after', 'is a cursor of another basis or order: keep basis and orderBy while paging');
    }
    const descending = args.orderBy !== ScoreboardOrder.TOTAL_ASC;
    const params: unknown[] = [args.year, basis, other];
    const where: string[] = [];
    const regionFilters = regionFilterOf(args, params);
    if (after) {
      params.push(Number(after[2]), after[3]);
      const [at, code] = [`$${params.length - 1}::float8`, `$${params.length}`];
      // The redundant bound on total lets the index start at the cursor instead of skipping rows.
      where.push(
        descending
          ? `t.total <= ${at} AND (t.total < ${at} OR t."kecamatanCode" > ${code})`
          : `t.total >= ${at} AND (t.total > ${at} OR t."kecamatanCode" < ${code})`,
      );
    }
    params.push(size + 1);
    // The national board walks the index in total order and stops after a page; a province or
    // kab/kota board first takes its own kecamatan (at most a few hundred, by the cityCode index),
    // then their total rows by primary key, and sorts those.
    const rows: PageRow[] = await ctx.dataSource.query(
      `${regionFilters.length > 0 ? `WITH k AS MATERIALIZED (SELECT k.code, k.name, k."alternativeName", k."cityCode" FROM kecamatan k WHERE ${regionFilters.join(' AND ')}) ` : ''}
       SELECT t."kecamatanCode" AS code, k.name, k."alternativeName", k."cityCode", t."periodId",
              t.total, t.answered, t.verified, o.total AS "otherTotal", o.answered AS "otherAnswered"
       FROM ${
         regionFilters.length > 0
           ? // LIMIT keeps the lateral from being flattened into a hash join over the whole period.
             `k CROSS JOIN LATERAL (SELECT x.* FROM kecamatan_total x
                WHERE x."periodId" = (SELECT p.id FROM period p WHERE p.year = $1) AND x."kecamatanCode" = k.code AND x.basis = $2 LIMIT 1) t`
           : 'kecamatan_total t JOIN kecamatan k ON k.code = t."kecamatanCode"'
       }
       JOIN kecamatan_total o ON o."periodId" = t."periodId" AND o."kecamatanCode" = t."kecamatanCode" AND o.basis = $3
       WHERE t."periodId" = (SELECT p.id FROM period p WHERE p.year = $1) AND t.basis = $2
         ${where.map((w) => `AND ${w}`).join('\n         ')}
       ORDER BY t.total ${descending ? 'DESC' : 'ASC'}, t."kecamatanCode" ${descending ? 'ASC' : 'DESC'}
       LIMIT $${params.length}`,
      params,
    );
    if (rows.length === 0 && !after) {
      const [period] = await ctx.dataSource.query('SELECT 1 FROM period WHERE year = $1', [args.year]);
      if (!period) throw notFound('year', `no evaluation period for year ${args.year}`);
    }
    const page = splitPage(rows, size);
    const edges = page.rows.map((row) => ({
      cursor: encodeCursor(CURSOR_LIST, [basis, args.orderBy, String(row.total), row.code]),
      node: toEntry(row, args.year, basis),
    }));
    return Object.assign(new ScoreboardConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: async () => {
        const countParams: unknown[] = [];
        const parts = regionFilterOf(args, countParams);
        const [{ count }] = await ctx.dataSource.query(
          `SELECT count(*)::int AS count FROM kecamatan k ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''}`,
          countParams,
        );
        return count;
      },
    });
  }

  /** An entry's clusters: one statement for every entry of the request (and the year's catalog). */
  clusters(ctx: RequestContext, entry: ScoreboardEntry): Promise<ClusterScore[]> {
    let loader = clusterLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(
        async (entries: readonly ScoreboardEntry[]) => {
          const years = [...new Set(entries.map((e) => e.year))];
          const catalogs = new Map(
            await Promise.all(
              years.map(async (year) => [year, await this.indicators.catalogForYear(ctx, year)] as const),
            ),
          );
          const rows: KecamatanScoreEntity[] = await ctx.dataSource.query(
            `SELECT s."periodId", s."kecamatanCode", s."clusterCode", s.basis, s.score, s.answered, s.verified
           FROM kecamatan_score s JOIN unnest($1::uuid[], $2::varchar[]) AS e(period, code) ON s."periodId" = e.period AND s."kecamatanCode" = e.code`,
            [entries.map((e) => e.periodId), entries.map((e) => e.kecamatan.code)],
          );
          return entries.map(
            (e) =>
              fromScoreRows(
                catalogs.get(e.year)!,
                e.kecamatan,
                e.year,
                rows.filter((r) => r.periodId === e.periodId && r.kecamatanCode === e.kecamatan.code),
              ).clusters,
          );
        },
        { cacheKeyFn: (e) => `${e.periodId}|${e.kecamatan.code}` },
      );
      clusterLoaders.set(ctx, loader);
    }
    return loader.load(entry);
  }
}

/** SQL conditions on kecamatan `k` for the board's province and kab/kota, their values pushed onto params. */
function regionFilterOf(args: Pick<ScoreboardPageArgs, 'provinceCode' | 'cityCode'>, params: unknown[]): string[] {
  const parts: string[] = [];
  if (args.cityCode != null) {
    params.push(args.cityCode);
    parts.push(`k."cityCode" = $${params.length}`);
  }
  if (args.provinceCode != null) {
    params.push(args.provinceCode);
    parts.push(`k."cityCode" IN (SELECT c.code FROM city c WHERE c."provinceCode" = $${params.length})`);
  }
  return parts;
}

const clusterLoaders = new WeakMap<RequestContext, DataLoader<ScoreboardEntry, ClusterScore[], string>>();

function toEntry(row: PageRow, year: number, basis: 'SELF' | 'VERIFIED'): ScoreboardEntry {
  const self =
    basis === 'SELF'
      ? { total: row.total, answered: row.answered }
      : { total: row.otherTotal, answered: row.otherAnswered };
  const verifiedTotal = basis === 'VERIFIED' ? row.total : row.otherTotal;
  const kecamatan = Object.assign(new Kecamatan(), {
    code: row.code,
    name: row.name,
    alternativeName: row.alternativeName,
    cityCode: row.cityCode,
  });
  return Object.assign(new ScoreboardEntry(), {
    kecamatan,
    year,
    periodId: row.periodId,
    total: self.total,
    category: categoryOf(self.total),
    answered: self.answered,
    verifiedTotal,
    verifiedCategory: categoryOf(verifiedTotal),
    verifiedCount: row.verified,
  });
}
