import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  checkPlausibilityRule,
  checkScoringRule,
  normalizePlausibilityRule,
  type PlausibilityRule,
  type ScoringRule,
} from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { isReadOnly } from '../auth/read-only.js';
import { Role } from '../auth/user.entity.js';
import { EvidenceRequirementEntity } from '../evidence/evidence-requirement.entity.js';
import { ValidationError, type FieldError } from '../../graphql/results.js';
import {
  PUBLISHABLE_TOTAL,
  SET_CODE,
  checklistErrors,
  fieldError,
  indicatorFieldErrors,
  newIndicatorErrors,
  optionalText,
  textError,
  type IndicatorFields,
} from './indicator-set-admin.checks.js';
import { ClusterEntity } from './cluster.entity.js';
import { IndicatorSetEntity } from './indicator-set.entity.js';
import { IndicatorEntity } from './indicator.entity.js';
import { toIndicator } from './indicator.service.js';
import { Cluster, Indicator } from './indicator.types.js';
import {
  IndicatorSetDeleted,
  IndicatorSetDetail,
  IndicatorSetOverview,
  IndicatorSetStatus,
  type AddIndicatorInput,
  type CopyIndicatorSetInput,
  type EvidenceRequirementInput,
  type UpdateEvidenceRequirementsInput,
  type UpdateIndicatorInput,
} from './indicator-set-admin.types.js';

const refuse = (field: string, code: string, message: string) =>
  new ValidationError([fieldError(field, code, message)]);

function assertAdmin(ctx: RequestContext): void {
  if (ctx.user?.role !== Role.ADMIN || isReadOnly(ctx.user)) throw forbidden('Only admins edit indicator sets.');
}

interface Usage {
  years: number[];
  answered: boolean;
}

async function usageOf(manager: EntityManager, setId: string): Promise<Usage> {
  const rows: Array<{ year: number; answered: boolean }> = await manager.query(
    `SELECT p.year, EXISTS (SELECT 1 FROM submission s WHERE s."periodId" = p.id) AS answered FROM period p WHERE p."indicatorSetId" = $1 ORDER BY p.year`,
    [setId],
  );
  return { years: rows.map((r) => r.year), answered: rows.some((r) => r.answered) };
}

async function overviewOf(manager: EntityManager, set: IndicatorSetEntity): Promise<IndicatorSetOverview> {
  const [{ total, count }] = await manager.query(
    `SELECT coalesce(sum("maxPoints"), 0)::int AS total, count(*)::int AS count FROM indicator WHERE "indicatorSetId" = $1`,
    [set.id],
  );
  const usage = await usageOf(manager, set.id);
  return Object.assign(new IndicatorSetOverview(), {
    code: set.code,
    name: set.name,
    status: set.status as IndicatorSetStatus,
    totalMaxPoints: total,
    indicatorCount: count,
    usedByPeriods: usage.years,
    editable: !usage.answered,
  });
}

/** An indicator of a set by its code, or the refusal naming indicatorCode. */
async function indicatorOfSet(
  manager: EntityManager,
  set: IndicatorSetEntity,
  indicatorCode: string,
): Promise<IndicatorEntity | ValidationError> {
  const indicator = await manager.findOne(IndicatorEntity, {
    where: { indicatorSetId: set.id, code: indicatorCode.trim() },
  });
  return (
    indicator ?? refuse('indicatorCode', 'NOT_FOUND', `indicatorCode ${indicatorCode} is not in the set ${set.code}`)
  );
}

/** Locks a set for a change; refuses a missing set or one a period with answers depends on. */
async function lockEditableSet(manager: EntityManager, code: string): Promise<IndicatorSetEntity | ValidationError> {
  const set = await manager.findOne(IndicatorSetEntity, {
    where: { code: code.trim() },
    lock: { mode: 'pessimistic_write' },
  });
  if (!set) return refuse('setCode', 'NOT_FOUND', `setCode ${code} is not an indicator set`);
  const usage = await usageOf(manager, set.id);
  if (usage.answered) {
    return refuse(
      'setCode',
      'IN_USE',
      `the set ${set.code} is used by period ${usage.years.join(', ')} which already has answers: copy it and edit the copy instead`,
    );
  }
  return set;
}

/** Like lockEditableSet, and refuses a published set too: indicators are added or deleted only in a draft. */
async function lockDraftSet(manager: EntityManager, code: string): Promise<IndicatorSetEntity | ValidationError> {
  const set = await lockEditableSet(manager, code);
  if (set instanceof ValidationError) return set;
  if (set.status !== IndicatorSetStatus.DRAFT)
    return refuse(
      'setCode',
      'NOT_DRAFT',
      `the set ${set.code} is published: copy it, or edit an indicator to return it to draft, before adding or deleting indicators`,
    );
  return set;
}

/**
 * The number a new indicator takes so that it is at `position` (1-based; null or past the end =
 * last) among its cluster's indicators, which are ordered by number. An empty cluster starts after
 * the indicators of the clusters before it. Pure.
 */
export function insertionNumber(
  indicators: ReadonlyArray<Pick<IndicatorEntity, 'clusterCode' | 'number'>>,
  clusters: ReadonlyArray<Pick<ClusterEntity, 'code' | 'sortOrder'>>,
  cluster: Pick<ClusterEntity, 'code' | 'sortOrder'>,
  position: number | null,
): number {
  const own = indicators.filter((i) => i.clusterCode === cluster.code).sort((a, b) => a.number - b.number);
  if (position != null && position <= own.length) return own[Math.max(position, 1) - 1].number;
  if (own.length > 0) return own[own.length - 1].number + 1;
  const earlier = new Set(clusters.filter((c) => c.sortOrder < cluster.sortOrder).map((c) => c.code));
  return Math.max(0, ...indicators.filter((i) => earlier.has(i.clusterCode)).map((i) => i.number)) + 1;
}

/** The English columns as stored: trimmed, empty → null (the Bahasa text is shown). */
const englishColumns = (input: IndicatorFields) => ({
  shortNameEn: optionalText(input.shortNameEn),
  guidanceEn: optionalText(input.guidanceEn),
  numeratorLabelEn: optionalText(input.numeratorLabelEn),
  denominatorLabelEn: optionalText(input.denominatorLabelEn),
  unitEn: optionalText(input.unitEn),
});

const indicatorAudit = (i: IndicatorEntity) => ({
  code: i.code,
  name: i.name,
  shortName: i.shortName,
  nameEn: i.nameEn,
  measureType: i.measureType,
  direction: i.direction,
  clusterCode: i.clusterCode,
  maxPoints: i.maxPoints,
  scoringRule: i.scoringRule,
  plausibilityRule: i.plausibilityRule ?? null,
  numeratorLabel: i.numeratorLabel,
  denominatorLabel: i.denominatorLabel,
  unit: i.unit,
  shortNameEn: i.shortNameEn,
  guidanceEn: i.guidanceEn,
  numeratorLabelEn: i.numeratorLabelEn,
  denominatorLabelEn: i.denominatorLabelEn,
  unitEn: i.unitEn,
});

/**
 * The plausibility rule an edit stores: the one given (null when it has no bound), or, when
 * omitted, the current one unless it no longer fits the (new) measure type.
 */
function plausibilityOfEdit(input: IndicatorFields, current: PlausibilityRule | null): PlausibilityRule | null {
  if (input.plausibility !== undefined) return normalizePlausibilityRule(input.plausibility);
  return checkPlausibilityRule(current, input.measureType).length === 0 ? current : null;
}

/** The indicator's columns from checked input, as stored: texts trimmed, empty optional texts null. */
function indicatorColumns(input: IndicatorFields, scoringRule: ScoringRule, plausibilityRule: PlausibilityRule | null) {
  return {
    name: input.name.trim(),
    shortName: input.shortName.trim(),
    nameEn: input.nameEn.trim(),
    guidance: input.guidance.trim(),
    measureType: input.measureType,
    direction: input.direction,
    maxPoints: input.maxPoints,
    scoringRule,
    plausibilityRule,
    numeratorLabel: optionalText(input.numeratorLabel),
    denominatorLabel: optionalText(input.denominatorLabel),
    unit: optionalText(input.unit),
    ...englishColumns(input),
  };
}

/** An indicator's checklist rows from checked input, numbered in the order given. */
function checklistRows(indicatorId: string, items: readonly EvidenceRequirementInput[]) {
  return items.map((item, i) => ({
    id: randomUUID(),
    indicatorId,
    code: item.code.trim(),
    label: item.label.trim(),
    labelEn: item.labelEn.trim(),
    required: item.required,
    sortOrder: i + 1,
  }));
}

/** An indicator's checklist as saved, in its order. */
function checklistOf(manager: EntityManager, indicatorId: string): Promise<EvidenceRequirementEntity[]> {
  return manager.find(EvidenceRequirementEntity, {
    where: { indicatorId },
    order: { sortOrder: 'ASC', code: 'ASC' },
  });
}

/**
 * Runs `change` in a transaction on one indicator of an editable set, the set locked; or refuses a
 * missing set or indicator, or a set a period with answers depends on.
 */
function changeIndicator<T>(
  ctx: RequestContext,
  input: { setCode: string; indicatorCode: string },
  change: (manager: EntityManager, set: IndicatorSetEntity, indicator: IndicatorEntity) => Promise<T | ValidationError>,
): Promise<T | ValidationError> {
  return ctx.dataSource.transaction(async (manager) => {
    const set = await lockEditableSet(manager, input.setCode);
    if (set instanceof ValidationError) return set;
    const indicator = await indicatorOfSet(manager, set, input.indicatorCode);
    if (indicator instanceof ValidationError) return indicator;
    return change(manager, set, indicator);
  });
}

/** The number a new indicator takes in a set, or the refusal of an unknown cluster or a code the set has. */
async function newIndicatorNumber(
  manager: EntityManager,
  set: IndicatorSetEntity,
  clusterCode: string,
  code: string,
  position: number | null,
): Promise<number | ValidationError> {
  const clusters = await manager.find(ClusterEntity, { order: { sortOrder: 'ASC' } });
  const cluster = clusters.find((c) => c.code === clusterCode);
  if (!cluster) return refuse('clusterCode', 'NOT_FOUND', `clusterCode ${clusterCode} is not a cluster`);
  const indicators = await manager.find(IndicatorEntity, {
    select: { id: true, code: true, clusterCode: true, number: true },
    where: { indicatorSetId: set.id },
    order: { number: 'ASC' },
  });
  if (indicators.some((i) => i.code === code))
    return refuse('code', 'TAKEN', `code ${code} is already an indicator of the set ${set.code}`);
  return insertionNumber(indicators, clusters, cluster, position);
}

/**
 * Moves the numbers of a set's indicators from `from` on by `by` (1 opens the place `from`, -1
 * closes the place before it), in two steps through negative numbers so that the unique (set,
 * number) never sees two equal numbers.
 */
async function shiftNumbers(manager: EntityManager, setId: string, from: number, by: 1 | -1): Promise<void> {
  await manager.query(`UPDATE indicator SET number = -(number + $3) WHERE "indicatorSetId" = $1 AND number >= $2`, [
    setId,
    from,
    by,
  ]);
  await manager.query(`UPDATE indicator SET number = -number WHERE "indicatorSetId" = $1 AND number < 0`, [setId]);
}

/**
 * Admin editing of indicator sets: copy a set into a DRAFT, edit its indicators, rules and
 * checklists, publish it once the points add up to 1000. A set that a period with answers uses
 * is frozen (scores already depend on it). Every change is audited in its transaction.
 */
export class IndicatorSetAdminService {
  async list(ctx: RequestContext): Promise<IndicatorSetOverview[]> {
    assertAdmin(ctx);
    const sets = await ctx.dataSource.getRepository(IndicatorSetEntity).find({ order: { code: 'ASC' } });
    const manager = ctx.dataSource.manager;
    const result: IndicatorSetOverview[] = [];
    // A handful of sets: two small statements each is cheaper than a clever join to maintain.
    for (const set of sets) result.push(await overviewOf(manager, set));
    return result;
  }

  async detail(ctx: RequestContext, code: string): Promise<IndicatorSetDetail | null> {
    assertAdmin(ctx);
    const manager = ctx.dataSource.manager;
    const set = await manager.findOne(IndicatorSetEntity, { where: { code: code.trim() } });
    if (!set) return null;
    const overview = await overviewOf(manager, set);
    const [clusterRows, indicators, requirements] = await Promise.all([
      manager.find(ClusterEntity, { order: { sortOrder: 'ASC' } }),
      manager.find(IndicatorEntity, { where: { indicatorSetId: set.id }, order: { number: 'ASC' } }),
      manager.find(EvidenceRequirementEntity, {
        where: { indicator: { indicatorSetId: set.id } },
        order: { sortOrder: 'ASC', code: 'ASC' },
      }),
    ]);
    const clusters = clusterRows
      .map((row) => {
        const own = indicators.filter((i) => i.clusterCode === row.code);
        return Object.assign(new Cluster(), {
          code: row.code,
          name: row.name,
          nameEn: row.nameEn,
          maxPoints: own.reduce((sum, i) => sum + i.maxPoints, 0),
          indicators: own.map((i) =>
            toIndicator(
              i,
              requirements.filter((r) => r.indicatorId === i.id),
            ),
          ),
        });
      })
      .filter((c) => c.indicators.length > 0);
    return Object.assign(new IndicatorSetDetail(), overview, { clusters });
  }

  async copy(ctx: RequestContext, input: CopyIndicatorSetInput): Promise<IndicatorSetOverview | ValidationError> {
    assertAdmin(ctx);
    const code = input.code.trim().toUpperCase();
    const errors: FieldError[] = [];
    if (!SET_CODE.test(code))
      errors.push(fieldError('code', 'INVALID_CODE', 'code must be 2–40 characters of A–Z, 0–9 and "-"'));
    const nameError = textError('name', input.name, 200);
    if (nameError) errors.push(nameError);
    if (errors.length > 0) return new ValidationError(errors);
    return ctx.dataSource.transaction(async (manager) => {
      const source = await manager.findOne(IndicatorSetEntity, { where: { code: input.sourceCode.trim() } });
      if (!source) return refuse('sourceCode', 'NOT_FOUND', `sourceCode ${input.sourceCode} is not an indicator set`);
      if (await manager.existsBy(IndicatorSetEntity, { code }))
        return refuse('code', 'TAKEN', `code ${code} is already used`);
      const setId = randomUUID();
      await manager.insert(IndicatorSetEntity, {
        id: setId,
        code,
        name: input.name.trim(),
        source: `Salinan dari ${source.code}`,
        status: IndicatorSetStatus.DRAFT,
      });
      const indicators = await manager.find(IndicatorEntity, {
        where: { indicatorSetId: source.id },
        order: { number: 'ASC' },
      });
      const requirements = await manager.find(EvidenceRequirementEntity, {
        where: { indicator: { indicatorSetId: source.id } },
      });
      const newIds = new Map(indicators.map((i) => [i.id, randomUUID()]));
      if (indicators.length > 0) {
        await manager.insert(
          IndicatorEntity,
          indicators.map(({ id, indicatorSet: _set, cluster: _cluster, ...rest }) => ({
            ...rest,
            id: newIds.get(id)!,
            indicatorSetId: setId,
          })),
        );
      }
      if (requirements.length > 0) {
        await manager.insert(
          EvidenceRequirementEntity,
          requirements.map(({ id: _id, indicator: _indicator, ...rest }) => ({
            ...rest,
            id: randomUUID(),
            indicatorId: newIds.get(rest.indicatorId)!,
          })),
        );
      }
      await recordAudit(manager, ctx, {
        action: 'INDICATOR_SET_COPIED',
        entityType: 'IndicatorSet',
        entityId: setId,
        after: {
          code,
          name: input.name.trim(),
          sourceCode: source.code,
          indicators: indicators.length,
          evidenceRequirements: requirements.length,
        },
      });
      return overviewOf(manager, await manager.findOneOrFail(IndicatorSetEntity, { where: { id: setId } }));
    });
  }

  async updateIndicator(ctx: RequestContext, input: UpdateIndicatorInput): Promise<Indicator | ValidationError> {
    assertAdmin(ctx);
    const { errors, rule } = indicatorFieldErrors(input);
    if (errors.length > 0) return new ValidationError(errors);
    return changeIndicator(ctx, input, async (manager, set, indicator) => {
      if (!(await manager.existsBy(ClusterEntity, { code: input.clusterCode })))
        return refuse('clusterCode', 'NOT_FOUND', `clusterCode ${input.clusterCode} is not a cluster`);
      const changes = {
        ...indicatorColumns(input, rule!, plausibilityOfEdit(input, indicator.plausibilityRule ?? null)),
        clusterCode: input.clusterCode,
      };
      await manager.update(IndicatorEntity, { id: indicator.id }, changes);
      // A published set that changes must be checked and published again before a new period uses it.
      if (set.status !== IndicatorSetStatus.DRAFT)
        await manager.update(IndicatorSetEntity, { id: set.id }, { status: IndicatorSetStatus.DRAFT });
      await recordAudit(manager, ctx, {
        action: 'INDICATOR_UPDATED',
        entityType: 'Indicator',
        entityId: indicator.id,
        before: { setCode: set.code, ...indicatorAudit(indicator) },
        after: { setCode: set.code, ...indicatorAudit({ ...indicator, ...changes } as IndicatorEntity) },
      });
      const saved = await manager.findOneOrFail(IndicatorEntity, { where: { id: indicator.id } });
      return Object.assign(new Indicator(), toIndicator(saved, await checklistOf(manager, indicator.id)));
    });
  }

  async updateEvidenceRequirements(
    ctx: RequestContext,
    input: UpdateEvidenceRequirementsInput,
  ): Promise<Indicator | ValidationError> {
    assertAdmin(ctx);
    const errors = checklistErrors(input.items);
    if (errors.length > 0) return new ValidationError(errors);
    return changeIndicator(ctx, input, async (manager, set, indicator) => {
      const before = await checklistOf(manager, indicator.id);
      // No period with answers uses the set, so no evidence file points at these rows.
      await manager.delete(EvidenceRequirementEntity, { indicatorId: indicator.id });
      const rows = checklistRows(indicator.id, input.items);
      await manager.insert(EvidenceRequirementEntity, rows);
      const view = (r: Pick<EvidenceRequirementEntity, 'code' | 'label' | 'labelEn' | 'required'>) => ({
        code: r.code,
        label: r.label,
        labelEn: r.labelEn,
        required: r.required,
      });
      await recordAudit(manager, ctx, {
        action: 'EVIDENCE_REQUIREMENTS_UPDATED',
        entityType: 'Indicator',
        entityId: indicator.id,
        before: { setCode: set.code, indicatorCode: indicator.code, items: before.map(view) },
        after: { setCode: set.code, indicatorCode: indicator.code, items: rows.map(view) },
      });
      return Object.assign(new Indicator(), toIndicator(indicator, rows as EvidenceRequirementEntity[]));
    });
  }

  /**
   * Adds an indicator (with its optional checklist) to a DRAFT set, at a place within its cluster:
   * the indicators after it move down one number. Audited.
   */
  async addIndicator(ctx: RequestContext, input: AddIndicatorInput): Promise<Indicator | ValidationError> {
    assertAdmin(ctx);
    const code = input.code.trim().toUpperCase();
    const clusterCode = input.clusterCode.trim();
    const { errors, rule } = newIndicatorErrors(input, code, clusterCode);
    if (errors.length > 0) return new ValidationError(errors);
    return ctx.dataSource.transaction(async (manager) => {
      const set = await lockDraftSet(manager, input.setCode);
      if (set instanceof ValidationError) return set;
      const number = await newIndicatorNumber(manager, set, clusterCode, code, input.position ?? null);
      if (number instanceof ValidationError) return number;
      await shiftNumbers(manager, set.id, number, 1);
      const row = {
        id: randomUUID(),
        indicatorSetId: set.id,
        clusterCode,
        number,
        code,
        ...indicatorColumns(input, rule!, plausibilityOfEdit(input, null)),
      };
      await manager.insert(IndicatorEntity, row);
      const requirements = checklistRows(row.id, input.evidenceItems ?? []);
      if (requirements.length > 0) await manager.insert(EvidenceRequirementEntity, requirements);
      await recordAudit(manager, ctx, {
        action: 'INDICATOR_ADDED',
        entityType: 'Indicator',
        entityId: row.id,
        after: {
          setCode: set.code,
          number,
          ...indicatorAudit(row as IndicatorEntity),
          evidenceItems: requirements.map((r) => r.code),
        },
      });
      return Object.assign(
        new Indicator(),
        toIndicator(row as IndicatorEntity, requirements as EvidenceRequirementEntity[]),
      );
    });
  }

  /** Deletes an indicator (and its checklist) from a DRAFT set; the indicators after it move up one number. Audited. */
  async deleteIndicator(
    ctx: RequestContext,
    setCode: string,
    indicatorCode: string,
  ): Promise<IndicatorSetOverview | ValidationError> {
    assertAdmin(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const set = await lockDraftSet(manager, setCode);
      if (set instanceof ValidationError) return set;
      const indicator = await manager.findOne(IndicatorEntity, {
        where: { indicatorSetId: set.id, code: indicatorCode.trim().toUpperCase() },
      });
      if (!indicator)
        return refuse('indicatorCode', 'NOT_FOUND', `indicatorCode ${indicatorCode} is not in the set ${set.code}`);
      const items = await checklistOf(manager, indicator.id);
      // The checklist goes with it (ON DELETE CASCADE); no answer points at it, as no period with answers uses the set.
      await manager.delete(IndicatorEntity, { id: indicator.id });
      await shiftNumbers(manager, set.id, indicator.number + 1, -1);
      await recordAudit(manager, ctx, {
        action: 'INDICATOR_DELETED',
        entityType: 'Indicator',
        entityId: indicator.id,
        before: {
          setCode: set.code,
          number: indicator.number,
          ...indicatorAudit(indicator),
          evidenceItems: items.map((r) => r.code),
        },
      });
      return overviewOf(manager, set);
    });
  }

  /** Deletes a DRAFT set that no period uses, with its indicators and checklists. Audited. */
  async deleteSet(ctx: RequestContext, code: string): Promise<IndicatorSetDeleted | ValidationError> {
    assertAdmin(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const set = await manager.findOne(IndicatorSetEntity, {
        where: { code: code.trim() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!set) return refuse('code', 'NOT_FOUND', `code ${code} is not an indicator set`);
      if (set.status !== IndicatorSetStatus.DRAFT)
        return refuse('code', 'NOT_DRAFT', `the set ${set.code} is published: only a draft can be deleted`);
      const usage = await usageOf(manager, set.id);
      if (usage.years.length > 0)
        return refuse(
          'code',
          'IN_USE',
          `the set ${set.code} is used by period ${usage.years.join(', ')}: it cannot be deleted`,
        );
      const overview = await overviewOf(manager, set);
      // Indicators and their checklists go with it (ON DELETE CASCADE).
      await manager.delete(IndicatorSetEntity, { id: set.id });
      await recordAudit(manager, ctx, {
        action: 'INDICATOR_SET_DELETED',
        entityType: 'IndicatorSet',
        entityId: set.id,
        before: {
          code: set.code,
          name: set.name,
          status: set.status,
          indicators: overview.indicatorCount,
          totalMaxPoints: overview.totalMaxPoints,
        },
      });
      return Object.assign(new IndicatorSetDeleted(), { code: set.code });
    });
  }

  async publish(ctx: RequestContext, code: string): Promise<IndicatorSetOverview | ValidationError> {
    assertAdmin(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const set = await lockEditableSet(manager, code);
      if (set instanceof ValidationError)
        return set.fieldErrors[0].field === 'setCode'
          ? new ValidationError(set.fieldErrors.map((e) => ({ ...e, field: 'code' })))
          : set;
      if (set.status === IndicatorSetStatus.PUBLISHED)
        return refuse('code', 'ALREADY_PUBLISHED', `the set ${set.code} is already published`);
      const indicators = await manager.find(IndicatorEntity, {
        where: { indicatorSetId: set.id },
        order: { number: 'ASC' },
      });
      const errors: FieldError[] = [];
      const total = indicators.reduce((sum, i) => sum + i.maxPoints, 0);
      if (total !== PUBLISHABLE_TOTAL)
        errors.push(
          fieldError('maxPoints', 'TOTAL_NOT_1000', `maxPoints add up to ${total}, not ${PUBLISHABLE_TOTAL}`),
        );
      for (const indicator of indicators) {
        for (const problem of checkScoringRule(indicator))
          errors.push(
            fieldError(`indicators.${indicator.code}.scoringRule`, 'INVALID_RULE', `${indicator.code}: ${problem}`),
          );
      }
      if (errors.length > 0) return new ValidationError(errors);
      await manager.update(IndicatorSetEntity, { id: set.id }, { status: IndicatorSetStatus.PUBLISHED });
      await recordAudit(manager, ctx, {
        action: 'INDICATOR_SET_PUBLISHED',
        entityType: 'IndicatorSet',
        entityId: set.id,
        before: { code: set.code, status: set.status },
        after: { code: set.code, status: IndicatorSetStatus.PUBLISHED, totalMaxPoints: total },
      });
      return overviewOf(manager, { ...set, status: IndicatorSetStatus.PUBLISHED });
    });
  }
}
