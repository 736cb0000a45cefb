import type { RequestContext } from '../../graphql/request-context.js';
import { In } from 'typeorm';
import { notFound } from '../../graphql/errors.js';
import { EvidenceRequirementEntity } from '../evidence/evidence-requirement.entity.js';
import type { EvidenceRequirement } from '../evidence/evidence.types.js';
import { Period } from '../period/period.entity.js';
import { IndicatorSetEntity } from './indicator-set.entity.js';
import { ClusterEntity } from './cluster.entity.js';
import { IndicatorEntity } from './indicator.entity.js';
import { Cluster, Indicator } from './indicator.types.js';
import { toPlausibilityRule } from './indicator-plausibility.types.js';

/** The instrument in force for one year: its period, clusters (in order) and indicators. */
export interface Catalog {
  period: Period;
  clusters: Cluster[];
  indicators: IndicatorEntity[];
  indicatorsByCode: Map<string, IndicatorEntity>;
  /** Evidence checklist items per indicator id, in display order. */
  requirementsByIndicatorId: Map<string, EvidenceRequirementEntity[]>;
}

/** The part of a catalog that depends only on the indicator set (what the cache keeps). */
type SetCatalog = Omit<Catalog, 'period'>;

/**
 * Per-process cache of the catalog of **frozen** indicator sets: a set that a period with answers
 * uses can no longer be edited (indicator-set-admin.service.ts refuses every change with IN_USE,
 * and answers are never deleted), so its content under its id never changes and every server
 * instance may keep its own copy. A merely PUBLISHED set is not enough: an unused published set
 * can still be edited (back to DRAFT, then republished under the same id) and its evidence
 * checklist changes without leaving PUBLISHED. DRAFT sets and sets no answered period uses are
 * read every time.
 */
export class CatalogCache {
  private readonly sets = new Map<string, SetCatalog>();

  constructor(private readonly capacity = 32) {}

  get(setId: string): SetCatalog | undefined {
    return this.sets.get(setId);
  }

  /** Keeps a set's catalog only when it is published and frozen. */
  offer(setId: string, cacheable: boolean, catalog: SetCatalog): void {
    if (!cacheable) return;
    if (this.sets.size >= this.capacity) this.sets.delete(this.sets.keys().next().value!);
    this.sets.set(setId, catalog);
  }

  get size(): number {
    return this.sets.size;
  }
}

export class IndicatorService {
  constructor(readonly catalogCache = new CatalogCache()) {}

  /**
   * One statement when the period's set is frozen and cached (the period, with whether its set is
   * frozen), otherwise four whatever the size of the set (period, clusters, indicators, evidence checklist).
   */
  async catalogForYear(ctx: RequestContext, year: number): Promise<Catalog> {
    const rows: PeriodRow[] = await ctx.dataSource.query(PERIOD_OF_YEAR_SQL, [year]);
    return this.catalogOf(ctx, year, rows[0]);
  }

  /**
   * The catalog of a year together with rows that depend on its period, read in the same statement
   * as the period (one round trip less on hot reads). `rows.sql` is a SELECT that may use the
   * period's id as `period_of_year."period_id"` and its own parameters from $2; its column names
   * must not start with `period_` or `set_`. A period without rows yields `[]`; the rows come
   * unordered.
   */
  async catalogForYearWith<R>(
    ctx: RequestContext,
    year: number,
    rows: { sql: string; params: readonly unknown[] },
  ): Promise<{ catalog: Catalog; rows: R[] }> {
    // LEFT JOIN LATERAL: the period comes back even when the rows query finds nothing (one row
    // without the `period_row` marker), so "no period" and "no rows" stay apart.
    const result: Array<PeriodRow & { period_row: boolean | null } & Record<string, unknown>> =
      await ctx.dataSource.query(
        `SELECT period_of_year.*, r.* FROM (${PERIOD_OF_YEAR_SQL}) AS period_of_year
       LEFT JOIN LATERAL (SELECT true AS "period_row", x.* FROM (${rows.sql}) AS x) AS r ON true`,
        [year, ...rows.params],
      );
    const catalog = await this.catalogOf(ctx, year, result[0]);
    const own = result.length > 0 ? ownColumnsOf(result[0]) : [];
    return {
      catalog,
      rows: result.filter((row) => row.period_row === true).map((row) => pick(row, own) as R),
    };
  }

  /** The catalog of a period row: from the cache when its set is frozen, else three statements more. */
  private async catalogOf(ctx: RequestContext, year: number, row: PeriodRow | undefined): Promise<Catalog> {
    if (!row) throw notFound('year', `no evaluation period for year ${year}`);
    const { period, frozen } = periodOf(row);
    const cached = this.catalogCache.get(period.indicatorSetId);
    if (cached) return { ...cached, period };
    const [clusterRows, indicators, requirements] = await Promise.all([
      ctx.dataSource.getRepository(ClusterEntity).find({ order: { sortOrder: 'ASC' } }),
      ctx.dataSource
        .getRepository(IndicatorEntity)
        .find({ where: { indicatorSetId: period.indicatorSetId }, order: { number: 'ASC' } }),
      // The whole set's checklist in one statement, grouped below.
      ctx.dataSource.getRepository(EvidenceRequirementEntity).find({
        where: { indicator: { indicatorSetId: period.indicatorSetId } },
        order: { sortOrder: 'ASC', code: 'ASC' },
      }),
    ]);
    const catalog = buildCatalog(period, clusterRows, indicators, requirements);
    const { period: _period, ...setCatalog } = catalog;
    this.catalogCache.offer(period.indicatorSetId, frozen, setCatalog);
    return catalog;
  }

  /**
   * Catalogs (without evidence checklists) of many periods, for trends: two statements however
   * many periods, one indicator read covering every distinct indicator set.
   */
  async scoringCatalogs(ctx: RequestContext, periods: readonly Period[]): Promise<Map<string, Catalog>> {
    const setIds = [...new Set(periods.map((p) => p.indicatorSetId))];
    if (setIds.length === 0) return new Map();
    const [clusterRows, indicators] = await Promise.all([
      ctx.dataSource.getRepository(ClusterEntity).find({ order: { sortOrder: 'ASC' } }),
      ctx.dataSource
        .getRepository(IndicatorEntity)
        .find({ where: { indicatorSetId: In(setIds) }, order: { number: 'ASC' } }),
    ]);
    const bySet = new Map(
      setIds.map((id) => [
        id,
        buildCatalog(
          periods.find((p) => p.indicatorSetId === id)!,
          clusterRows,
          indicators.filter((i) => i.indicatorSetId === id),
          [],
        ),
      ]),
    );
    return new Map(periods.map((p) => [p.id, { ...bySet.get(p.indicatorSetId)!, period: p }]));
  }
}

/** A period row with its indicator set's columns and whether that set is frozen (PERIOD_OF_YEAR_SQL). */
interface PeriodRow {
  period_id: string;
  period_year: number;
  period_status: Period['status'];
  period_deadline: Date | null;
  period_statusReason: string | null;
  period_demo: boolean;
  set_id: string;
  set_code: string;
  set_name: string;
  set_source: string;
  set_status: IndicatorSetEntity['status'];
  set_createdAt: Date;
  set_frozen: boolean;
}

/**
 * The period of a year ($1) with its indicator set, and whether the set is frozen (published and
 * used by a period with answers: what the catalog cache requires). Plain SQL, read by every request
 * that needs a catalog; the entities are built without TypeORM's hydration (periodOf).
 */
const PERIOD_OF_YEAR_SQL = `SELECT p."id" AS "period_id", p."year" AS "period_year", p."status" AS "period_status", p."deadline" AS "period_deadline",
    p."statusReason" AS "period_statusReason", p."demo" AS "period_demo",
    s."id" AS "set_id", s."code" AS "set_code", s."name" AS "set_name", s."source" AS "set_source", s."status" AS "set_status", s."createdAt" AS "set_createdAt",
    (s."status" = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "period" q JOIN "submission" x ON x."periodId" = q."id" WHERE q."indicatorSetId" = p."indicatorSetId")) AS "set_frozen"
  FROM "period" p JOIN "indicator_set" s ON s."id" = p."indicatorSetId"
  WHERE p."year" = $1`;

function periodOf(row: PeriodRow): { period: Period; frozen: boolean } {
  const indicatorSet = Object.assign(new IndicatorSetEntity(), {
    id: row.set_id,
    code: row.set_code,
    name: row.set_name,
    source: row.set_source,
    status: row.set_status,
    createdAt: row.set_createdAt,
  });
  const period = Object.assign(new Period(), {
    id: row.period_id,
    year: row.period_year,
    status: row.period_status,
    deadline: row.period_deadline,
    statusReason: row.period_statusReason,
    demo: row.period_demo,
    indicatorSetId: row.set_id,
    indicatorSet,
  });
  return { period, frozen: row.set_frozen === true };
}

/** The columns of a catalogForYearWith row that belong to the caller's rows (every row has the same). */
function ownColumnsOf(row: Record<string, unknown>): string[] {
  return Object.keys(row).filter((key) => !key.startsWith('period_') && !key.startsWith('set_'));
}

/** A row's own columns, found once per result instead of once per row (this runs on every form read). */
function pick(row: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const own: Record<string, unknown> = {};
  for (const key of keys) own[key] = row[key];
  return own;
}

/** Builds a catalog from its rows (requirements may be empty when only scores are needed). */
function buildCatalog(
  period: Period,
  clusterRows: ClusterEntity[],
  indicators: IndicatorEntity[],
  requirements: EvidenceRequirementEntity[],
): Catalog {
  const requirementsByIndicatorId = new Map<string, EvidenceRequirementEntity[]>();
  for (const requirement of requirements) {
    const list = requirementsByIndicatorId.get(requirement.indicatorId) ?? [];
    list.push(requirement);
    requirementsByIndicatorId.set(requirement.indicatorId, list);
  }
  const clusters = clusterRows
    .map((row) => {
      const own = indicators.filter((i) => i.clusterCode === row.code);
      const cluster = new Cluster();
      cluster.code = row.code;
      cluster.name = row.name;
      cluster.nameEn = row.nameEn;
      cluster.indicators = own.map((i) => toIndicator(i, requirementsByIndicatorId.get(i.id) ?? []));
      cluster.maxPoints = own.reduce((sum, i) => sum + i.maxPoints, 0);
      return cluster;
    })
    .filter((cluster) => cluster.indicators.length > 0);
  return {
    period,
    clusters,
    indicators,
    indicatorsByCode: new Map(indicators.map((i) => [i.code, i])),
    requirementsByIndicatorId,
  };
}

export function toIndicator(
  entity: IndicatorEntity,
  requirements: readonly EvidenceRequirementEntity[] = [],
): Indicator {
  const rule = entity.scoringRule;
  return {
    id: entity.id,
    code: entity.code,
    number: entity.number,
    clusterCode: entity.clusterCode,
    name: entity.name,
    shortName: entity.shortName,
    shortNameEn: entity.shortNameEn,
    nameEn: entity.nameEn,
    measureType: entity.measureType,
    direction: entity.direction,
    guidance: entity.guidance,
    guidanceEn: entity.guidanceEn,
    numeratorLabel: entity.numeratorLabel,
    numeratorLabelEn: entity.numeratorLabelEn,
    denominatorLabel: entity.denominatorLabel,
    denominatorLabelEn: entity.denominatorLabelEn,
    unit: entity.unit,
    unitEn: entity.unitEn,
    maxPoints: entity.maxPoints,
    options: rule.type === 'OPTIONS' ? rule.options.map((o) => ({ ...o, labelEn: o.labelEn ?? null })) : [],
    scoring: {
      type: rule.type,
      bands:
        rule.type === 'BANDS'
          ? rule.bands.map((b) => ({ min: b.min ?? null, max: b.max ?? null, points: b.points }))
          : [],
      noCasesPoints: rule.type === 'BANDS' ? (rule.noCasesPoints ?? null) : null,
      yesPoints: rule.type === 'YES_NO' ? rule.yes : null,
      noPoints: rule.type === 'YES_NO' ? rule.no : null,
    },
    plausibility: toPlausibilityRule(entity.plausibilityRule),
    evidenceRequirements: requirements.map(toEvidenceRequirement),
  };
}

function toEvidenceRequirement(entity: EvidenceRequirementEntity): EvidenceRequirement {
  return { id: entity.id, code: entity.code, label: entity.label, labelEn: entity.labelEn, required: entity.required };
}
