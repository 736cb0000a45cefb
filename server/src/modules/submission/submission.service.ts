import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  type Answer,
  type FieldError as DomainFieldError,
  scoreAnswer,
  validateAnswerFor,
  validateNote,
} from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { assertCanReadKecamatan, readsAllKecamatan, writeRefusal } from '../auth/scope.js';
import { type AuditRecord, auditInsertSql, recordAudit } from '../audit/audit.service.js';
import { IndicatorService, type Catalog } from '../indicator/indicator.service.js';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import { PeriodStatus } from '../period/period.entity.js';
import { refreshScores, scoreDeltaOf, scoreLockKey } from '../scoring/score-table.js';
import { NO_SCORE_EVENTS, type ScoreEvents } from '../live/score-events.js';
import { SubmissionEntity, SubmissionStatus, verifiedAnswerOfRow } from './submission.entity.js';
import {
  INSERT_SUBMISSION_SQL,
  type LockedColumns,
  type LockedRow,
  lockedRowQuery,
  type SaveMode,
  type SaveValues,
  savedValueParams,
  type SubmissionKey,
  updateSavedSql,
} from './submission-save.sql.js';
import {
  type AnswerView,
  InvalidTransitionError,
  type SaveSubmissionInput,
  type SubmissionQueueFilter,
  StaleVersionError,
  Submission,
} from './submission.types.js';
import { NotAllowedError, PeriodClosedError, ValidationError } from '../../graphql/results.js';
import { answerOf } from './answer-view.js';

export { answerOf };

type SaveResult =
  Submission | ValidationError | PeriodClosedError | StaleVersionError | NotAllowedError | InvalidTransitionError;

/** States in which the operator may still change the answer (and its evidence). */
export const EDITABLE_STATUSES: readonly SubmissionStatus[] = [SubmissionStatus.DRAFT, SubmissionStatus.RETURNED];

export class SubmissionService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly events: ScoreEvents = NO_SCORE_EVENTS,
  ) {}

  /**
   * One kecamatan's answers for a year: one statement however many rows (the period, the
   * kecamatan, its answers and who last changed each, plain SQL; the catalog of a frozen set is
   * cached), read by every operator's form.
   */
  async listForKecamatan(ctx: RequestContext, year: number, kecamatanCode: string): Promise<Submission[]> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    const { catalog, rows } = await this.indicators.catalogForYearWith<
      SubmissionEntity & {
        kecamatan_code: string;
        updatedByUsername: string | null;
        updatedByDisplayName: string | null;
      }
    >(ctx, year, {
      // A kecamatan without answers gives one row without an id; an unknown one gives none.
      sql: `SELECT k.code AS "kecamatan_code", s.*, u."username" AS "updatedByUsername", u."displayName" AS "updatedByDisplayName"
        FROM "kecamatan" k
        LEFT JOIN "submission" s ON s."kecamatanCode" = k.code AND s."periodId" = period_of_year."period_id"
        LEFT JOIN "app_user" u ON u."id" = s."updatedById"
        WHERE k.code = $2`,
      params: [kecamatanCode],
    });
    if (rows.length === 0) throw notFound('kecamatanCode', `unknown kecamatan ${kecamatanCode}`);
    const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
    return rows
      .filter((row) => row.id != null && byId.has(row.indicatorId))
      .map(({ kecamatan_code: _code, updatedByUsername, updatedByDisplayName, ...columns }) => ({
        row: Object.assign(new SubmissionEntity(), columns, {
          updatedBy:
            updatedByUsername != null ? { username: updatedByUsername, displayName: updatedByDisplayName } : null,
        }),
        indicator: byId.get(columns.indicatorId)!,
      }))
      .sort((a, b) => a.indicator.number - b.indicator.number)
      .map(({ row, indicator }) => toSubmission(row, year, indicator));
  }

  /** Evaluators' queue: submissions of a year filtered by kecamatan, cluster and state (default SUBMITTED). */
  async queue(ctx: RequestContext, filter: SubmissionQueueFilter): Promise<Submission[]> {
    if (!readsAllKecamatan(ctx)) throw forbidden('Only evaluators, admins and API tokens see the queue.');
    const catalog = await this.indicators.catalogForYear(ctx, filter.year);
    const indicators = filter.clusterCode
      ? catalog.indicators.filter((i) => i.clusterCode === filter.clusterCode)
      : catalog.indicators;
    const statuses = filter.statuses?.length ? filter.statuses : [SubmissionStatus.SUBMITTED];
    const rows = await ctx.dataSource.getRepository(SubmissionEntity).find({
      where: {
        periodId: catalog.period.id,
        indicatorId: In(indicators.map((i) => i.id)),
        status: In(statuses),
        ...(filter.kecamatanCode ? { kecamatanCode: filter.kecamatanCode } : {}),
      },
      relations: { updatedBy: true },
    });
    const byId = new Map(indicators.map((i) => [i.id, i]));
    return rows
      .map((row) => ({ row, indicator: byId.get(row.indicatorId)! }))
      .sort((a, b) => a.row.kecamatanCode.localeCompare(b.row.kecamatanCode) || a.indicator.number - b.indicator.number)
      .map(({ row, indicator }) => toSubmission(row, filter.year, indicator));
  }

  /**
   * Saves one answer. Order of checks: who may write, then the input (every problem named by
   * field), then the period, then the version (optimistic lock under a row lock). The change
   * and its audit entry commit together; on any refusal nothing is written.
   */
  async save(ctx: RequestContext, input: SaveSubmissionInput): Promise<SaveResult> {
    const refusal = writeRefusal(ctx, input.kecamatanCode);
    if (refusal) return new NotAllowedError(refusal);
    const request = await this.checkSave(ctx, input);
    if (request instanceof ValidationError || request instanceof PeriodClosedError) return request;
    let result: SaveResult;
    try {
      result = await saveInTransaction(ctx, request, 'delta');
    } catch (error) {
      if (!(error instanceof MissingScoreRows)) throw error;
      result = await saveInTransaction(ctx, request, 'rewrite');
    }
    if (result instanceof Submission) this.events.announce('SAVED', [result]);
    return result;
  }

  /** The input against the year's catalog (every problem named by field), then the period. */
  private async checkSave(
    ctx: RequestContext,
    input: SaveSubmissionInput,
  ): Promise<SaveRequest | ValidationError | PeriodClosedError> {
    const errors: DomainFieldError[] = [];
    if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0) {
      errors.push({
        field: 'expectedVersion',
        code: 'NEGATIVE',
        message: 'expectedVersion must be 0 or a version you received',
      });
    }
    const note = blankAsNull(input.note);
    errors.push(...validateNote(note));
    const plausibilityNote = blankAsNull(input.plausibilityNote);
    errors.push(...validateNote(plausibilityNote, 'plausibilityNote'));

    const catalog = await this.indicators.catalogForYear(ctx, input.year).catch(() => null);
    if (!catalog) {
      errors.push({ field: 'year', code: 'REQUIRED', message: `year ${input.year} has no evaluation period` });
      return new ValidationError(errors);
    }
    const indicator = catalog.indicatorsByCode.get(input.indicatorCode);
    if (!indicator) {
      errors.push({
        field: 'indicatorCode',
        code: 'REQUIRED',
        message: `indicatorCode ${input.indicatorCode} is not an indicator of ${input.year}`,
      });
      return new ValidationError(errors);
    }
    const answer = normalizeAnswer(input.answer);
    errors.push(...validateAnswerFor(indicator, answer));
    if (errors.length > 0) return new ValidationError(errors);
    if (catalog.period.status !== PeriodStatus.OPEN) return new PeriodClosedError(input.year);

    const values: SaveValues = {
      numerator: answer?.numerator ?? null,
      denominator: answer?.denominator ?? null,
      count: answer?.count ?? null,
      yes: answer?.yes ?? null,
      option: answer?.option ?? null,
      note,
      plausibilityNote,
      updatedById: ctx.user!.id,
      // Saving an answer (an edit of a prefilled one included) is the operator's own answer.
      carriedForwardPending: false,
    };
    const key = { periodId: catalog.period.id, kecamatanCode: input.kecamatanCode, indicatorId: indicator.id };
    return { input, catalog, indicator, values, key };
  }
}

/** A checked save: the input, its year's catalog and indicator, what to write and where. */
interface SaveRequest {
  input: SaveSubmissionInput;
  catalog: Catalog;
  indicator: IndicatorEntity;
  values: SaveValues;
  key: SubmissionKey;
}

/** Thrown inside a delta-mode save whose kecamatan has no score rows yet: the save is redone in rewrite mode. */
class MissingScoreRows extends Error {}

/** One attempt of a save: one transaction, the row lock first, then the update or the insert. */
function saveInTransaction(ctx: RequestContext, request: SaveRequest, mode: SaveMode): Promise<SaveResult> {
  return ctx.dataSource.transaction(async (manager): Promise<SaveResult> => {
    const { sql, params } = lockedRowQuery(request.key, mode);
    const [existing]: LockedRow[] = await manager.query(sql, params);
    return existing ? updateLocked(manager, ctx, request, existing, mode) : insertNew(manager, ctx, request);
  });
}

/** The save of an answer that exists: its state and version checked under the row lock, then one statement. */
async function updateLocked(
  manager: EntityManager,
  ctx: RequestContext,
  request: SaveRequest,
  existing: LockedRow,
  mode: SaveMode,
): Promise<SaveResult> {
  const { input, indicator, key } = request;
  if (!EDITABLE_STATUSES.includes(existing.status))
    return new InvalidTransitionError(indicator.code, existing.status, 'changed');
  if (existing.version !== input.expectedVersion) {
    return new StaleVersionError(await loadSubmission(manager, existing.id, input.year, indicator));
  }
  const row = withSaver(await updateRow(manager, ctx, request, existing, mode), ctx);
  if (mode === 'rewrite')
    await refreshScores(manager, [key], new Map([[key.periodId, request.catalog.indicators]]), { locked: true });
  return toSubmission(row, input.year, indicator);
}

/**
 * The update, the audit entry, the saved row and (delta mode) the move of the cluster's score row
 * and total in one round trip, so no reload and no answers read are needed: the transaction is
 * this statement and COMMIT. In rewrite mode the kecamatan's exclusive score lock is taken in the
 * UPDATE (after the row lock) and refreshScores follows. The locked row cannot change meanwhile:
 * the saved version is the next one, the status stays.
 */
async function updateRow(
  manager: EntityManager,
  ctx: RequestContext,
  request: SaveRequest,
  existing: LockedRow,
  mode: SaveMode,
): Promise<SubmissionEntity> {
  const { indicator, key, values } = request;
  const delta = mode === 'delta' ? scoreDeltaOf(indicator, existing, values) : null;
  const lockParams = mode === 'delta' ? [] : [scoreLockKey(key)];
  const deltaParams = delta ? [key.periodId, key.kecamatanCode, delta.clusterCode, delta.points, delta.answered] : [];
  const saved = { id: existing.id, version: existing.version + 1, status: existing.status };
  const audit = auditInsertSql(ctx, [saveAudit(existing, saved, request)], 10 + lockParams.length + deltaParams.length);
  const updated = await manager.queryRunner!.query(
    updateSavedSql(mode, delta != null, audit.sql),
    [existing.id, ...savedValueParams(values), values.plausibilityNote, ...lockParams, ...deltaParams, ...audit.params],
    true,
  );
  const { scoreRowsMoved, totalRowsMoved, ...savedRow } = updated.records[0] as SubmissionEntity & {
    scoreRowsMoved?: number;
    totalRowsMoved?: number;
  };
  if (delta && (scoreRowsMoved !== 1 || totalRowsMoved !== 1)) throw new MissingScoreRows();
  return savedRow;
}

/** The save of a new answer: the insert, the kecamatan's score rows rewritten, the audit entry. */
async function insertNew(manager: EntityManager, ctx: RequestContext, request: SaveRequest): Promise<SaveResult> {
  const { input, indicator, key, values } = request;
  if (input.expectedVersion !== 0) {
    return new ValidationError([
      {
        field: 'expectedVersion',
        code: 'REQUIRED',
        message: 'expectedVersion must be 0: this answer was never saved',
      },
    ]);
  }
  const inserted: SubmissionEntity[] = await manager.query(INSERT_SUBMISSION_SQL, [
    randomUUID(),
    key.periodId,
    key.kecamatanCode,
    key.indicatorId,
    ...savedValueParams(values),
    SubmissionStatus.DRAFT,
    values.plausibilityNote,
  ]);
  if (inserted.length === 0) {
    // Another save created it between our read and our insert.
    const winner = await manager.findOneOrFail(SubmissionEntity, { where: key });
    return new StaleVersionError(await loadSubmission(manager, winner.id, input.year, indicator));
  }
  await refreshScores(manager, [key], new Map([[key.periodId, request.catalog.indicators]]));
  const saved = toSubmission(withSaver(inserted[0], ctx), input.year, indicator);
  await recordAudit(manager, ctx, saveAudit(null, saved, request));
  return saved;
}

/** A saved row as the saver's answer shows it: with the saver as its last author. */
function withSaver(row: SubmissionEntity, ctx: RequestContext): SubmissionEntity {
  return Object.assign(new SubmissionEntity(), row, {
    updatedBy: { username: ctx.user!.username, displayName: ctx.user!.displayName },
  });
}

/** The audit entry of a save (created when there was no row before). */
function saveAudit(
  before: LockedRow | null,
  saved: Pick<Submission, 'id' | 'version' | 'status'>,
  { input, indicator, values }: SaveRequest,
): AuditRecord {
  const where = { indicatorCode: indicator.code, year: input.year, kecamatanCode: input.kecamatanCode };
  return {
    action: before ? 'SUBMISSION_UPDATED' : 'SUBMISSION_CREATED',
    entityType: 'Submission',
    entityId: saved.id,
    before: before ? auditSnapshot(before) : null,
    after: { ...auditSnapshot({ ...values, version: saved.version, status: saved.status }), ...where },
  };
}

/** A note left blank is no note. */
function blankAsNull(note: string | null | undefined): string | null {
  return note == null || note.trim() === '' ? null : note;
}

/** Treats an answer whose fields are all empty as no answer. */
function normalizeAnswer(input: Answer | null | undefined): Answer | null {
  if (!input) return null;
  const answer: Answer = { ...input };
  return Object.values(answer).every((v) => v == null) ? null : answer;
}

/** The audited columns of a row (the locked row before a save, the values after it). */
function auditSnapshot(row: LockedColumns): LockedColumns {
  const { numerator, denominator, count, yes, option, note, plausibilityNote, version, status, carriedForwardPending } =
    row;
  return {
    numerator,
    denominator,
    count,
    yes,
    option,
    note,
    plausibilityNote,
    version,
    status,
    carriedForwardPending,
  };
}

async function loadSubmission(
  manager: EntityManager,
  id: string,
  year: number,
  indicator: IndicatorEntity,
): Promise<Submission> {
  const row = await manager.findOneOrFail(SubmissionEntity, { where: { id }, relations: { updatedBy: true } });
  return toSubmission(row, year, indicator);
}

/** The verified answer of a VERIFIED submission, else null. */
export function verifiedAnswerOf(row: SubmissionEntity, indicator: IndicatorEntity): AnswerView | null {
  if (row.status !== SubmissionStatus.VERIFIED) return null;
  return answerOf(verifiedAnswerOfRow(row), indicator);
}

export function toSubmission(row: SubmissionEntity, year: number, indicator: IndicatorEntity): Submission {
  const answer = answerOf(row, indicator);
  const verifiedAnswer = verifiedAnswerOf(row, indicator);
  const returned = row.returnedSnapshot;
  // A class instance, so that the SaveSubmissionResult union can resolve its type.
  return Object.assign(new Submission(), {
    id: row.id,
    year,
    kecamatanCode: row.kecamatanCode,
    indicatorCode: indicator.code,
    answer,
    note: row.note,
    plausibilityNote: row.plausibilityNote ?? null,
    indicatorPlausibility: { measureType: indicator.measureType, plausibilityRule: indicator.plausibilityRule ?? null },
    status: row.status,
    version: row.version,
    points: scoreAnswer(indicator, answer),
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy ? { username: row.updatedBy.username, displayName: row.updatedBy.displayName } : null,
    statusReason: row.statusReason,
    statusChangedAt: row.statusChangedAt,
    verifiedAnswer,
    verifiedPoints: row.status === SubmissionStatus.VERIFIED ? scoreAnswer(indicator, verifiedAnswer) : null,
    verificationNote: row.verificationNote,
    verifiedAt: row.verifiedAt,
    returnedVersion: returned
      ? { answer: answerOf(returned, indicator), note: returned.note, evidenceFileIds: returned.evidenceFileIds }
      : null,
    carriedForward:
      row.carriedForwardFromYear != null
        ? {
            fromYear: row.carriedForwardFromYear,
            pending: row.carriedForwardPending,
            answer: row.carriedForwardAnswer ? answerOf(row.carriedForwardAnswer, indicator) : null,
          }
        : null,
  });
}
