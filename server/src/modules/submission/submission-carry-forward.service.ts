import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThan, Not, type EntityManager } from 'typeorm';
import { type FieldError as DomainFieldError, validateAnswerFor } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { type AuditRecord, recordAudit } from '../audit/audit.service.js';
import { assertCanReadKecamatan, writeRefusal } from '../auth/scope.js';
import { EvidenceFileEntity, EvidenceVerdict } from '../evidence/evidence-file.entity.js';
import { IndicatorService, type Catalog } from '../indicator/indicator.service.js';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { Period, PeriodStatus } from '../period/period.entity.js';
import { NO_SCORE_EVENTS, type ScoreEvents } from '../live/score-events.js';
import { type CarriedAnswer, SubmissionEntity, SubmissionStatus, verifiedAnswerOfRow } from './submission.entity.js';
import { EDITABLE_STATUSES, toSubmission } from './submission.service.js';
import { updateScoredAndAudited } from './submission-batch-update.js';
import {
  CarryForwardCounts,
  type CarryForwardSubmissionsInput,
  CarryForwardSuccess,
  type ConfirmCarriedForwardInput,
  ConfirmCarriedForwardSuccess,
} from './submission-carry-forward.types.js';
import { InvalidTransitionError, StaleVersionError } from './submission.types.js';
import { NotAllowedError, PeriodClosedError, ValidationError } from '../../graphql/results.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CONFIRM = 500;

type CarryResult = CarryForwardSuccess | ValidationError | PeriodClosedError | NotAllowedError;
type ConfirmResult =
  | ConfirmCarriedForwardSuccess
  | ValidationError
  | StaleVersionError
  | InvalidTransitionError
  | PeriodClosedError
  | NotAllowedError;

/** One indicator of the new year that will be prefilled, and from what. */
interface PlannedCopy {
  indicator: IndicatorEntity;
  source: SubmissionEntity;
  answer: CarriedAnswer;
}

interface Plan {
  previous: Period | null;
  copies: PlannedCopy[];
  counts: CarryForwardCounts;
}

function invalid(field: string, code: DomainFieldError['code'] | string, message: string): ValidationError {
  return new ValidationError([{ field, code, message }]);
}

/**
 * Carry-forward: when a new year opens, the operator prefills it from the most recent earlier
 * year's VERIFIED answers (value, note and evidence references). A prefilled submission is a
 * DRAFT whose carried value waits in `carriedForwardAnswer` (the answer columns stay empty), so
 * it counts as unanswered everywhere until the operator confirms it (`confirm`) or saves an
 * answer through saveSubmission. Statements per request do not grow with the number of indicators.
 */
export class SubmissionCarryForwardService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly events: ScoreEvents = NO_SCORE_EVENTS,
  ) {}

  /** What carrying forward would do now (the form's offer); nothing is written. */
  async offer(ctx: RequestContext, year: number, kecamatanCode: string): Promise<CarryForwardCounts> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    const catalog = await this.indicators.catalogForYear(ctx, year);
    const previous = await this.previousPeriod(ctx.dataSource.manager, year);
    return (await this.plan(ctx.dataSource.manager, catalog, previous, kecamatanCode, false)).counts;
  }

  async carryForward(ctx: RequestContext, input: CarryForwardSubmissionsInput): Promise<CarryResult> {
    const refusal = writeRefusal(ctx, input.kecamatanCode);
    if (refusal) return new NotAllowedError(refusal);
    const catalog = await this.indicators.catalogForYear(ctx, input.year).catch(() => null);
    if (!catalog) return invalid('year', 'REQUIRED', `year ${input.year} has no evaluation period`);
    if (catalog.period.status !== PeriodStatus.OPEN) return new PeriodClosedError(input.year);

    const result = await ctx.dataSource.transaction(async (manager): Promise<CarryResult> => {
      const previous = await this.previousPeriod(manager, input.year);
      const plan = await this.plan(manager, catalog, previous, input.kecamatanCode, true);
      const success = new CarryForwardSuccess();
      success.counts = plan.counts;
      success.prefilled = [];
      if (plan.copies.length === 0) return success;

      const written = await insertPrefilled(manager, prefilledRows(ctx, catalog, input, plan), plan.counts);
      if (written.length === 0) return success;
      const copiedFiles = await copyEvidence(manager, catalog, written);
      const indicatorById = new Map(catalog.indicators.map((i) => [i.id, i]));
      await recordAudit(manager, ctx, ...written.map((row) => carriedAudit(row, input, indicatorById, copiedFiles)));
      const rows = await manager.find(SubmissionEntity, {
        where: { id: In(written.map((w) => w.id)) },
        relations: { updatedBy: true },
      });
      success.prefilled = rows
        .map((row) => ({ row, indicator: indicatorById.get(row.indicatorId)! }))
        .sort((a, b) => a.indicator.number - b.indicator.number)
        .map(({ row, indicator }) => toSubmission(row, input.year, indicator));
      return success;
    });
    // Scores do not change (pending answers count as unanswered), but the form's lists do.
    if (result instanceof CarryForwardSuccess && result.prefilled.length > 0)
      this.events.announce('SAVED', result.prefilled);
    return result;
  }

  /** Confirms carried answers as unchanged: the carried value becomes the answer and counts. All or none. */
  async confirm(ctx: RequestContext, input: ConfirmCarriedForwardInput): Promise<ConfirmResult> {
    // The kecamatan is known only from the rows; this first check refuses non-operators early.
    const roleRefusal = writeRefusal(ctx, ctx.user?.kecamatanCode ?? '');
    if (roleRefusal) return new NotAllowedError(roleRefusal);
    const expected = expectedVersionsOf(input.items ?? []);
    if (expected instanceof ValidationError) return expected;
    const ids = [...expected.keys()];

    const result = await ctx.dataSource.transaction(async (manager): Promise<ConfirmResult> => {
      const rows = await manager.find(SubmissionEntity, {
        where: { id: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      if (rows.length !== ids.length) return invalid('items.submissionId', 'REQUIRED', 'some submissions do not exist');
      for (const row of rows) {
        const refusal = writeRefusal(ctx, row.kecamatanCode);
        if (refusal) return new NotAllowedError(refusal);
      }
      const [periods, indicators] = await Promise.all([
        manager.find(Period, { where: { id: In([...new Set(rows.map((r) => r.periodId))]) } }),
        manager.find(IndicatorEntity, { where: { id: In([...new Set(rows.map((r) => r.indicatorId))]) } }),
      ]);
      const scope: ConfirmScope = {
        rows,
        periods,
        yearByPeriodId: new Map(periods.map((p) => [p.id, p.year])),
        indicatorById: new Map(indicators.map((i) => [i.id, i])),
      };
      const refusal = await confirmRefusal(manager, scope, expected);
      if (refusal) return refusal;

      await confirmRows(manager, ctx, rows);
      const saved = await manager.find(SubmissionEntity, { where: { id: In(ids) }, relations: { updatedBy: true } });
      const success = new ConfirmCarriedForwardSuccess();
      success.confirmed = saved
        .map((row) => ({ row, indicator: scope.indicatorById.get(row.indicatorId)! }))
        .sort(
          (a, b) => a.row.kecamatanCode.localeCompare(b.row.kecamatanCode) || a.indicator.number - b.indicator.number,
        )
        .map(({ row, indicator }) => toSubmission(row, scope.yearByPeriodId.get(row.periodId)!, indicator));
      return success;
    });
    if (result instanceof ConfirmCarriedForwardSuccess) this.events.announce('SAVED', result.confirmed);
    return result;
  }

  /** The most recent period before the year, or null. */
  /** The most recent earlier real year: generated demo history is never carried into real answers. */
  private async previousPeriod(manager: EntityManager, year: number): Promise<Period | null> {
    const [previous] = await manager.find(Period, {
      where: { year: LessThan(year), demo: false },
      order: { year: 'DESC' },
      take: 1,
    });
    return previous ?? null;
  }

  /**
   * Which indicators of the new year get which earlier verified answer: three statements (the
   * kecamatan's submissions of the new year — locked when writing —, the earlier verified ones
   * with their indicators) however many indicators.
   */
  private async plan(
    manager: EntityManager,
    catalog: Catalog,
    previous: Period | null,
    kecamatanCode: string,
    lock: boolean,
  ): Promise<Plan> {
    const existing = await manager.find(SubmissionEntity, {
      select: { id: true, indicatorId: true },
      where: { periodId: catalog.period.id, kecamatanCode },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const sources = previous
      ? await manager.find(SubmissionEntity, {
          where: { periodId: previous.id, kecamatanCode, status: SubmissionStatus.VERIFIED },
          relations: { indicator: true },
        })
      : [];
    const answered = new Set(existing.map((r) => r.indicatorId));
    const sourceByCode = new Map(sources.map((s) => [s.indicator.code, s]));
    const counts = Object.assign(new CarryForwardCounts(), {
      fromYear: previous?.year ?? null,
      prefilled: 0,
      alreadyAnswered: 0,
      noVerifiedAnswer: 0,
      incompatible: 0,
      notInNewSet: sources.filter((s) => !catalog.indicatorsByCode.has(s.indicator.code)).length,
    });
    const copies: PlannedCopy[] = [];
    for (const indicator of catalog.indicators) {
      if (answered.has(indicator.id)) {
        counts.alreadyAnswered += 1;
        continue;
      }
      const source = sourceByCode.get(indicator.code);
      if (!source) {
        counts.noVerifiedAnswer += 1;
        continue;
      }
      const answer = verifiedAnswerOfRow(source);
      if (source.indicator.measureType !== indicator.measureType || validateAnswerFor(indicator, answer).length > 0) {
        counts.incompatible += 1;
        continue;
      }
      counts.prefilled += 1;
      copies.push({ indicator, source, answer });
    }
    return { previous, copies, counts };
  }
}

/** The rows carrying forward writes: DRAFTs of the new year whose carried value waits for confirmation. */
function prefilledRows(ctx: RequestContext, catalog: Catalog, input: CarryForwardSubmissionsInput, plan: Plan) {
  return plan.copies.map((copy) => ({
    id: randomUUID(),
    periodId: catalog.period.id,
    kecamatanCode: input.kecamatanCode,
    indicatorId: copy.indicator.id,
    note: copy.source.note,
    status: SubmissionStatus.DRAFT,
    version: 1,
    updatedById: ctx.user!.id,
    carriedForwardFromId: copy.source.id,
    carriedForwardFromYear: plan.previous!.year,
    carriedForwardAnswer: copy.answer,
    carriedForwardPending: true,
  }));
}

type PrefilledRow = ReturnType<typeof prefilledRows>[number];

/** A carried evidence file: a new row pointing to the same stored bytes, and the file it copies. */
type CopiedFile = Partial<EvidenceFileEntity> & { id: string; submissionId: string; sourceId: string };

/**
 * Inserts the prefilled rows, returning those written. ON CONFLICT DO NOTHING: a save or
 * carry-forward that committed meanwhile wins (never overwritten), and counts as already answered.
 */
async function insertPrefilled(
  manager: EntityManager,
  prefilled: PrefilledRow[],
  counts: CarryForwardCounts,
): Promise<PrefilledRow[]> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(SubmissionEntity)
    .values(prefilled)
    .orIgnore()
    .returning(['id'])
    .execute();
  const insertedIds = new Set((inserted.raw as Array<{ id: string }>).map((r) => r.id));
  const written = prefilled.filter((row) => insertedIds.has(row.id));
  const lost = prefilled.length - written.length;
  counts.prefilled -= lost;
  counts.alreadyAnswered += lost;
  return written;
}

/** Evidence references of the carried answers: new rows pointing to the same stored bytes, per checklist item code. */
async function copyEvidence(manager: EntityManager, catalog: Catalog, written: PrefilledRow[]): Promise<CopiedFile[]> {
  const sources = await manager.find(EvidenceFileEntity, {
    where: {
      submissionId: In(written.map((w) => w.carriedForwardFromId)),
      removedAt: IsNull(),
      verdict: Not(EvidenceVerdict.INSUFFICIENT),
    },
    relations: { requirement: true },
    order: { uploadedAt: 'ASC' },
  });
  const targetBySource = new Map(written.map((w) => [w.carriedForwardFromId, w]));
  const copiedFiles: CopiedFile[] = [];
  for (const file of sources) {
    const target = targetBySource.get(file.submissionId)!;
    const requirement = catalog.requirementsByIndicatorId
      .get(target.indicatorId)
      ?.find((r) => r.code === file.requirement.code);
    if (!requirement) continue;
    copiedFiles.push({
      id: randomUUID(),
      sourceId: file.id,
      submissionId: target.id,
      requirementId: requirement.id,
      storageKey: file.storageKey,
      originalName: file.originalName,
      mimeType: file.mimeType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      uploadedById: file.uploadedById,
      verdict: EvidenceVerdict.PENDING,
    });
  }
  if (copiedFiles.length > 0) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(EvidenceFileEntity)
      .values(copiedFiles.map(({ sourceId: _, ...file }) => file))
      .execute();
  }
  return copiedFiles;
}

/** The audit entry of one prefilled submission: what was carried from where, evidence included. */
function carriedAudit(
  row: PrefilledRow,
  input: CarryForwardSubmissionsInput,
  indicatorById: ReadonlyMap<string, IndicatorEntity>,
  copiedFiles: readonly CopiedFile[],
): AuditRecord {
  return {
    action: 'SUBMISSION_CARRIED_FORWARD',
    entityType: 'Submission',
    entityId: row.id,
    before: null,
    after: {
      year: input.year,
      kecamatanCode: input.kecamatanCode,
      indicatorCode: indicatorById.get(row.indicatorId)!.code,
      status: row.status,
      version: row.version,
      fromYear: row.carriedForwardFromYear,
      fromSubmissionId: row.carriedForwardFromId,
      carriedAnswer: row.carriedForwardAnswer,
      note: row.note,
      carriedForwardPending: true,
      evidence: copiedFiles
        .filter((f) => f.submissionId === row.id)
        .map((f) => ({ id: f.id, fromEvidenceId: f.sourceId })),
    },
  };
}

/** The submissions to confirm and the version each was seen at, or what is wrong with the list. */
function expectedVersionsOf(items: ConfirmCarriedForwardInput['items']): Map<string, number> | ValidationError {
  if (items.length === 0) return invalid('items', 'REQUIRED', 'items is empty');
  if (items.length > MAX_CONFIRM) return invalid('items', 'TOO_LARGE', `at most ${MAX_CONFIRM} submissions at once`);
  if (items.some((i) => !UUID.test(i.submissionId)))
    return invalid('items.submissionId', 'REQUIRED', 'every submissionId must be a submission id');
  if (items.some((i) => !Number.isInteger(i.expectedVersion) || i.expectedVersion < 1)) {
    return invalid('items.expectedVersion', 'NEGATIVE', 'expectedVersion must be a version you received');
  }
  const expected = new Map(items.map((i) => [i.submissionId.toLowerCase(), i.expectedVersion]));
  if (expected.size !== items.length) return invalid('items', 'DUPLICATE', 'a submission is listed twice');
  return expected;
}

/** The locked rows to confirm, with their periods and indicators. */
interface ConfirmScope {
  rows: SubmissionEntity[];
  periods: Period[];
  yearByPeriodId: ReadonlyMap<string, number>;
  indicatorById: ReadonlyMap<string, IndicatorEntity>;
}

/** Why the locked rows cannot be confirmed (closed period, stale version, state, nothing carried), or null. */
async function confirmRefusal(
  manager: EntityManager,
  { rows, periods, yearByPeriodId, indicatorById }: ConfirmScope,
  expected: ReadonlyMap<string, number>,
): Promise<ConfirmResult | null> {
  const closed = periods.find((p) => p.status !== PeriodStatus.OPEN);
  if (closed) return new PeriodClosedError(closed.year);
  const stale = rows.find((r) => r.version !== expected.get(r.id));
  if (stale) {
    const current = await manager.findOneOrFail(SubmissionEntity, {
      where: { id: stale.id },
      relations: { updatedBy: true },
    });
    return new StaleVersionError(
      toSubmission(current, yearByPeriodId.get(stale.periodId)!, indicatorById.get(stale.indicatorId)!),
    );
  }
  const locked = rows.find((r) => !EDITABLE_STATUSES.includes(r.status));
  if (locked)
    return new InvalidTransitionError(indicatorById.get(locked.indicatorId)!.code, locked.status, 'confirmed');
  const notPending = rows.find((r) => !r.carriedForwardPending || !r.carriedForwardAnswer);
  if (notPending) {
    return invalid(
      'items.submissionId',
      'NOT_PENDING',
      `${indicatorById.get(notPending.indicatorId)!.code} has no carried-forward answer waiting for confirmation`,
    );
  }
  return null;
}

/** One statement for every row: each takes its own carried value; then the scores and one audit entry per row. */
async function confirmRows(manager: EntityManager, ctx: RequestContext, rows: readonly SubmissionEntity[]) {
  await updateScoredAndAudited(
    manager,
    ctx,
    rows,
    {
      numerator: () => `("carriedForwardAnswer"->>'numerator')::int`,
      denominator: () => `("carriedForwardAnswer"->>'denominator')::int`,
      count: () => `("carriedForwardAnswer"->>'count')::int`,
      yes: () => `("carriedForwardAnswer"->>'yes')::boolean`,
      option: () => `("carriedForwardAnswer"->>'option')`,
      carriedForwardPending: false,
      version: () => '"version" + 1',
      updatedById: ctx.user!.id,
    },
    (row) => ({
      action: 'SUBMISSION_CONFIRMED',
      before: {
        status: row.status,
        version: row.version,
        carriedForwardPending: true,
        numerator: row.numerator,
        denominator: row.denominator,
        count: row.count,
        yes: row.yes,
        option: row.option,
      },
      after: {
        status: row.status,
        version: row.version + 1,
        carriedForwardPending: false,
        fromYear: row.carriedForwardFromYear,
        ...row.carriedForwardAnswer,
      },
    }),
  );
}
