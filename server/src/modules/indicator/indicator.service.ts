import type { RequestContext } from '../../graphql/context.js';
import { In } from 'typeorm';
import { notFound } from '../../graphql/errors.js';
import { EvidenceRequirementEntity } from '../evidence/evidence-requirement.entity.js';
import type { EvidenceRequirement } from '../evidence/evidence.types.js';
import { Period } from '../period/period.entity.js';
import { ClusterEntity } from './cluster.entity.js';
import { IndicatorEntity } from './indicator.entity.js';
import { Cluster, Indicator } from './indicator.types.js';

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
    const { entities, raw } = await ctx.dataSource
      .getRepository(Period)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.indicatorSet', 'set')
      .addSelect(
        `set.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM period q JOIN submission x ON x."periodId" = q.id WHERE q."indicatorSetId" = p."indicatorSetId")`,
        'set_frozen',
      )
      .where('p.year = :year', { year })
      .getRawAndEntities();
    const period = entities[0];
    if (!period) throw notFound('year', `no evaluation period for year ${year}`);
    const cached = this.catalogCache.get(period.indicatorSetId);
    if (cached) return { ...cached, period };
    const [clusterRows, indicators, requirements] = await Promise.all([
      ctx.dataSource.getRepository(ClusterEntity).find({ order: { sortOrder: 'ASC' } }),
      ctx.dataSource.getRepository(IndicatorEntity).find({ where: { indicatorSetId: period.indicatorSetId }, order: { number: 'ASC' } }),
      // The whole set's checklist in one statement, grouped below.
      ctx.dataSource.getRepository(EvidenceRequirementEntity).find({
        where: { indicator: { indicatorSetId: period.indicatorSetId } },
        order: { sortOrder: 'ASC', code: 'ASC' },
      }),
    ]);
    const catalog = buildCatalog(period, clusterRows, indicators, requirements);
    const { period: _period, ...setCatalog } = catalog;
    this.catalogCache.offer(period.indicatorSetId, raw[0]?.set_frozen === true, setCatalog);
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
      ctx.dataSource.getRepository(IndicatorEntity).find({ where: { indicatorSetId: In(setIds) }, order: { number: 'ASC' } }),
    ]);
    const bySet = new Map(setIds.map((id) => [id, buildCatalog(periods.find((p) => p.indicatorSetId === id)!, clusterRows, indicators.filter((i) => i.indicatorSetId === id), [])]));
    return new Map(periods.map((p) => [p.id, { ...bySet.get(p.indicatorSetId)!, period: p }]));
  }
}

/** Builds a catalog from its rows (requirements may be empty when only scores are needed). */
function buildCatalog(period: Period, clusterRows: ClusterEntity[], indicators: IndicatorEntity[], requirements: EvidenceRequirementEntity[]): Catalog {
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
  return { period, clusters, indicators, indicatorsByCode: new Map(indicators.map((i) => [i.code, i])), requirementsByIndicatorId };
}

export function toIndicator(entity: IndicatorEntity, requirements: readonly EvidenceRequirementEntity[] = []): Indicator {
  const rule = entity.scoringRule;
  return {
    id: entity.id,
    code: entity.code,
    number: entity.number,
    clusterCode: entity.clusterCode,
    name: entity.name,
    shortName: entity.shortName,
    nameEn: entity.nameEn,
    measureType: entity.measureType,
    direction: entity.direction,
    guidance: entity.guidance,
    numeratorLabel: entity.numeratorLabel,
    denominatorLabel: entity.denominatorLabel,
    unit: entity.unit,
    maxPoints: entity.maxPoints,
    options: rule.type === 'OPTIONS' ? rule.options.map((o) => ({ ...o, labelEn: o.labelEn ?? null })) : [],
    scoring: {
      type: rule.type,
      bands: rule.type === 'BANDS' ? rule.bands.map((b) => ({ min: b.min ?? null, max: b.max ?? null, points: b.points })) : [],
      noCasesPoints: rule.type === 'BANDS' ? (rule.noCasesPoints ?? null) : null,
      yesPoints: rule.type === 'YES_NO' ? rule.yes : null,
      noPoints: rule.type === 'YES_NO' ? rule.no : null,
    },
    evidenceRequirements: requirements.map(toEvidenceRequirement),
  };
}

function toEvidenceRequirement(entity: EvidenceRequirementEntity): EvidenceRequirement {
  return { id: entity.id, code: entity.code, label: entity.label, labelEn: entity.labelEn, required: entity.required };
}
