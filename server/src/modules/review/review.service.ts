import { In, IsNull, type EntityManager } from 'typeorm';
import { type FieldError as DomainFieldError, isAnswered, validateAnswerFor, validateNote } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { NotificationKind } from '../notification/notification-kinds.js';
import { cardLink, notify, queueLink, type NotifyItem } from '../notification/notify.js';
import { Role } from '../auth/user.entity.js';
import { reviewRefusal as scopedReviewRefusal, writeRefusal } from '../auth/scope.js';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity.js';
import { loadEvidenceCoverage } from '../evidence/evidence-coverage.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { Period, PeriodStatus } from '../period/period.entity.js';
import { SubmissionEntity, SubmissionStatus, answerColumnsOf } from '../submission/submission.entity.js';
import { refreshScores } from '../scoring/score-table.js';
import { NO_SCORE_EVENTS, type ScoreChangeReason, type ScoreEvents } from '../live/score-events.js';
import { EDITABLE_STATUSES, answerOf, toSubmission } from '../submission/submission.service.js';
import { updateScoredAndAudited } from '../submission/submission-batch-update.js';
import {
  IncompleteSubmissionError,
  type MissingItem,
  type ReviewSubmissionInput,
  type SubmitSubmissionsInput,
  SubmitSuccess,
  type VerifySubmissionInput,
  type VerifySubmissionsInput,
  VerifySubmissionsSuccess,
} from './review.types.js';
import { InvalidTransitionError, StaleVersionError, Submission } from '../submission/submission.types.js';
import { NotAllowedError, PeriodClosedError, ValidationError } from '../../graphql/results.js';

const REASON_BY_VERB: Record<string, ScoreChangeReason> = {
  returned: 'RETURNED',
  verified: 'VERIFIED',
  reopened: 'REOPENED',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BULK = 500;

type ReviewResult = Submission | ValidationError | InvalidTransitionError | StaleVersionError | NotAllowedError;
type SubmitResult =
  | SubmitSuccess
  | IncompleteSubmissionError
  | InvalidTransitionError
  | PeriodClosedError
  | ValidationError
  | NotAllowedError;
type VerifyManyResult = VerifySubmissionsSuccess | ValidationError | InvalidTransitionError | NotAllowedError;

function invalid(field: string, code: DomainFieldError['code'], message: string): ValidationError {
  return new ValidationError([{ field, code, message }]);
}

/** Evaluators and admins review; operators and API tokens never do. */
function reviewRefusal(ctx: RequestContext): NotAllowedError | null {
  const refusal = scopedReviewRefusal(ctx);
  return refusal ? new NotAllowedError(refusal) : null;
}

/** A reason for returning or reopening: required, bounded, plain text. */
function checkReason(reason: string | null | undefined, field = 'reason'): DomainFieldError[] {
  if (reason == null || reason.trim() === '') return [{ field, code: 'REQUIRED', message: `${field} is required` }];
  return validateNote(reason, field);
}

function snapshotOf(row: SubmissionEntity) {
  return {
    status: row.status,
    version: row.version,
    ...answerColumnsOf(row),
    note: row.note,
    statusReason: row.statusReason,
    verifiedNumerator: row.verifiedNumerator,
    verifiedDenominator: row.verifiedDenominator,
    verifiedCount: row.verifiedCount,
    verifiedYes: row.verifiedYes,
    verifiedOption: row.verifiedOption,
    verificationNote: row.verificationNote,
  };
}

/**
 * The verification workflow of submissions. Every transition locks the rows it changes, checks
 * the current state (an illegal one gets a typed error naming it, and nothing changes), raises
 * the version and writes audit entries in the same transaction. Statement counts do not grow
 * with the number of rows.
 */
export class ReviewService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly events: ScoreEvents = NO_SCORE_EVENTS,
  ) {}

  /** Operator: submit listed indicators, a cluster, or everything; all-or-nothing on completeness. */
  async submit(ctx: RequestContext, input: SubmitSubmissionsInput): Promise<SubmitResult> {
    const refusal = writeRefusal(ctx, input.kecamatanCode);
    if (refusal) return new NotAllowedError(refusal);
    const catalog = await this.indicators.catalogForYear(ctx, input.year).catch(() => null);
    if (!catalog) return invalid('year', 'REQUIRED', `year ${input.year} has no evaluation period`);
    if (input.indicatorCodes && input.clusterCode)
      return invalid('clusterCode', 'NOT_APPLICABLE', 'give indicatorCodes or clusterCode, not both');

    let selected: IndicatorEntity[];
    const explicit = input.indicatorCodes != null;
    if (input.indicatorCodes) {
      if (input.indicatorCodes.length === 0) return invalid('indicatorCodes', 'REQUIRED', 'indicatorCodes is empty');
      const unknown = input.indicatorCodes.filter((code) => !catalog.indicatorsByCode.has(code));
      if (unknown.length > 0)
        return invalid('indicatorCodes', 'REQUIRED', `unknown indicator codes: ${unknown.slice(0, 10).join(', ')}`);
      selected = [...new Set(input.indicatorCodes)].map((code) => catalog.indicatorsByCode.get(code)!);
    } else if (input.clusterCode) {
      selected = catalog.indicators.filter((i) => i.clusterCode === input.clusterCode);
      if (selected.length === 0) return invalid('clusterCode', 'REQUIRED', `unknown cluster ${input.clusterCode}`);
    } else {
      selected = catalog.indicators;
    }
    if (catalog.period.status !== PeriodStatus.OPEN) return new PeriodClosedError(input.year);

    const result = await ctx.dataSource.transaction(async (manager): Promise<SubmitResult> => {
      const ids = selected.map((i) => i.id);
      const rows = await manager.find(SubmissionEntity, {
        where: { periodId: catalog.period.id, kecamatanCode: input.kecamatanCode, indicatorId: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      const rowByIndicator = new Map(rows.map((r) => [r.indicatorId, r]));
      const coverage = await loadEvidenceCoverage(
        manager,
        ids,
        rows.map((r) => r.id),
      );

      const targets: SubmissionEntity[] = [];
      const missing: MissingItem[] = [];
      for (const indicator of selected) {
        const row = rowByIndicator.get(indicator.id);
        if (row && !EDITABLE_STATUSES.includes(row.status)) {
          if (explicit) return new InvalidTransitionError(indicator.code, row.status, 'submitted');
          continue;
        }
        const answerMissing = !row || !isAnswered(indicator.measureType, row);
        const missingEvidence = coverage.missing(indicator.id, row?.id);
        const unconfirmed = row?.carriedForwardPending ?? false;
        if (answerMissing || unconfirmed || missingEvidence.length > 0)
          missing.push({ indicatorCode: indicator.code, answerMissing, unconfirmed, missingEvidence });
        else targets.push(row!);
      }
      if (missing.length > 0) return new IncompleteSubmissionError(missing);

      const success = new SubmitSuccess();
      success.submitted = [];
      if (targets.length === 0) return success;
      await updateScoredAndAudited(
        manager,
        ctx,
        targets,
        {
          status: SubmissionStatus.SUBMITTED,
          version: () => '"version" + 1',
          statusChangedAt: () => 'now()',
          statusChangedById: ctx.user!.id,
        },
        (row) => ({
          action: 'SUBMISSION_SUBMITTED',
          before: { status: row.status, version: row.version },
          after: { status: SubmissionStatus.SUBMITTED, version: row.version + 1 },
        }),
        new Map([[catalog.period.id, catalog.indicators]]),
      );
      await notify(manager, ...submittedNotifications(catalog.period.year, input.kecamatanCode, targets, selected));
      success.submitted = await this.reload(
        manager,
        targets.map((t) => t.id),
      );
      return success;
    });
    if (result instanceof SubmitSuccess) this.events.announce('SUBMITTED', result.submitted);
    return result;
  }

  /** Evaluator: send a SUBMITTED answer back to the operator with a reason. */
  returnSubmission(ctx: RequestContext, input: ReviewSubmissionInput): Promise<ReviewResult> {
    return this.review(
      ctx,
      input.submissionId,
      input.expectedVersion,
      checkReason(input.reason),
      SubmissionStatus.SUBMITTED,
      'returned',
      async (manager, row, indicator, period) => {
        const evidence = await manager.find(EvidenceFileEntity, {
          select: { id: true },
          where: { submissionId: row.id, removedAt: IsNull() },
        });
        return {
          action: 'SUBMISSION_RETURNED',
          notifications: [
            operatorNotice(NotificationKind.ANSWER_RETURNED, row, indicator, period, { reason: input.reason.trim() }),
          ],
          changes: {
            status: SubmissionStatus.RETURNED,
            statusReason: input.reason.trim(),
            returnedSnapshot: { ...answerColumnsOf(row), note: row.note, evidenceFileIds: evidence.map((e) => e.id) },
          },
        };
      },
    );
  }

  /** Evaluator: verify a SUBMITTED answer, as entered or corrected (a correction needs a note). */
  async verifySubmission(ctx: RequestContext, input: VerifySubmissionInput): Promise<ReviewResult> {
    const noteErrors = validateNote(input.note ?? null);
    return this.review(
      ctx,
      input.submissionId,
      input.expectedVersion,
      noteErrors,
      SubmissionStatus.SUBMITTED,
      'verified',
      async (manager, row, indicator, period) => {
        const corrected = input.correctedAnswer ?? null;
        const errors = corrected ? validateAnswerFor(indicator, corrected, 'correctedAnswer.') : [];
        const entered = answerOf(row, indicator);
        const differs =
          corrected != null &&
          (['numerator', 'denominator', 'count', 'yes', 'option'] as const).some(
            (f) => (corrected[f] ?? null) !== (entered?.[f] ?? null),
          );
        if (differs && !input.note?.trim())
          errors.push({ field: 'note', code: 'REQUIRED', message: 'note is required when correcting a value' });
        if (errors.length > 0) return new ValidationError(errors);
        const source = corrected ?? row;
        const kind = differs ? NotificationKind.ANSWER_CORRECTED : NotificationKind.ANSWER_VERIFIED;
        return {
          action: 'SUBMISSION_VERIFIED',
          notifications: [operatorNotice(kind, row, indicator, period, { note: input.note?.trim() || null, count: 1 })],
          changes: {
            status: SubmissionStatus.VERIFIED,
            verifiedNumerator: source.numerator ?? null,
            verifiedDenominator: source.denominator ?? null,
            verifiedCount: source.count ?? null,
            verifiedYes: source.yes ?? null,
            verifiedOption: source.option ?? null,
            verificationNote: input.note?.trim() || null,
            verifiedAt: new Date(),
            verifiedById: ctx.user!.id,
          },
        };
      },
    );
  }

  /** Evaluator: reopen a VERIFIED answer (back to SUBMITTED, verified value cleared) with a reason. */
  reopenSubmission(ctx: RequestContext, input: ReviewSubmissionInput): Promise<ReviewResult> {
    return this.review(
      ctx,
      input.submissionId,
      input.expectedVersion,
      checkReason(input.reason),
      SubmissionStatus.VERIFIED,
      'reopened',
      async () => ({
        action: 'SUBMISSION_REOPENED',
        changes: {
          status: SubmissionStatus.SUBMITTED,
          statusReason: input.reason.trim(),
          verifiedNumerator: null,
          verifiedDenominator: null,
          verifiedCount: null,
          verifiedYes: null,
          verifiedOption: null,
          verificationNote: null,
          verifiedAt: null,
          verifiedById: null,
        },
      }),
    );
  }

  /** Evaluator: verify many SUBMITTED answers as entered, all or none. */
  async verifySubmissions(ctx: RequestContext, input: VerifySubmissionsInput): Promise<VerifyManyResult> {
    const refusal = reviewRefusal(ctx);
    if (refusal) return refusal;
    const ids = [...new Set(input.submissionIds)];
    if (ids.length === 0) return invalid('submissionIds', 'REQUIRED', 'submissionIds is empty');
    if (ids.length > MAX_BULK) return invalid('submissionIds', 'TOO_LARGE', `at most ${MAX_BULK} submissions at once`);
    if (ids.some((id) => !UUID.test(id)))
      return invalid('submissionIds', 'REQUIRED', 'submissionIds must be submission ids');
    const result = await ctx.dataSource.transaction(async (manager): Promise<VerifyManyResult> => {
      const rows = await manager.find(SubmissionEntity, {
        where: { id: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      if (rows.length !== ids.length) return invalid('submissionIds', 'REQUIRED', 'some submissionIds do not exist');
      const wrong = rows.find((r) => r.status !== SubmissionStatus.SUBMITTED);
      if (wrong) {
        const indicator = await manager.findOneByOrFail(IndicatorEntity, { id: wrong.indicatorId });
        return new InvalidTransitionError(indicator.code, wrong.status, 'verified');
      }
      await updateScoredAndAudited(
        manager,
        ctx,
        rows,
        {
          status: SubmissionStatus.VERIFIED,
          version: () => '"version" + 1',
          verifiedNumerator: () => '"numerator"',
          verifiedDenominator: () => '"denominator"',
          verifiedCount: () => '"count"',
          verifiedYes: () => '"yes"',
          verifiedOption: () => '"option"',
          verificationNote: null,
          verifiedAt: () => 'now()',
          verifiedById: ctx.user!.id,
          statusChangedAt: () => 'now()',
          statusChangedById: ctx.user!.id,
        },
        (row) => ({
          action: 'SUBMISSION_VERIFIED',
          before: snapshotOf(row),
          after: { status: SubmissionStatus.VERIFIED, version: row.version + 1, verifiedAsEntered: true },
        }),
      );
      await notify(manager, ...(await bulkVerifiedNotifications(manager, rows)));
      const success = new VerifySubmissionsSuccess();
      success.verified = await this.reload(manager, ids);
      return success;
    });
    // Bulk verification may span kecamatan: one event per kecamatan (and year) it touched.
    if (result instanceof VerifySubmissionsSuccess) this.events.announce('VERIFIED', result.verified);
    return result;
  }

  /** One review transition on one submission: authorization, input, lock, state, version, change, audit. */
  private async review(
    ctx: RequestContext,
    submissionId: string,
    expectedVersion: number,
    inputErrors: DomainFieldError[],
    from: SubmissionStatus,
    verb: string,
    decide: (
      manager: EntityManager,
      row: SubmissionEntity,
      indicator: IndicatorEntity,
      period: Period,
    ) => Promise<
      ValidationError | { action: string; changes: Partial<SubmissionEntity>; notifications?: NotifyItem[] }
    >,
  ): Promise<ReviewResult> {
    const refusal = reviewRefusal(ctx);
    if (refusal) return refusal;
    if (!UUID.test(submissionId))
      inputErrors = [
        ...inputErrors,
        { field: 'submissionId', code: 'REQUIRED', message: 'submissionId is not a submission id' },
      ];
    if (inputErrors.length > 0) return new ValidationError(inputErrors);
    const result = await ctx.dataSource.transaction(async (manager): Promise<ReviewResult> => {
      const row = await manager.findOne(SubmissionEntity, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return invalid('submissionId', 'REQUIRED', `no submission ${submissionId}`);
      const [indicator, period] = await Promise.all([
        manager.findOneByOrFail(IndicatorEntity, { id: row.indicatorId }),
        manager.findOneByOrFail(Period, { id: row.periodId }),
      ]);
      if (row.status !== from) return new InvalidTransitionError(indicator.code, row.status, verb);
      if (row.version !== expectedVersion) {
        const [current] = await this.reload(manager, [row.id]);
        return new StaleVersionError(current);
      }
      const decision = await decide(manager, row, indicator, period);
      if (decision instanceof ValidationError) return decision;
      const changes = {
        ...decision.changes,
        version: row.version + 1,
        statusChangedAt: new Date(),
        statusChangedById: ctx.user!.id,
      };
      await manager.update(SubmissionEntity, { id: row.id }, changes);
      await refreshScores(manager, [{ periodId: row.periodId, kecamatanCode: row.kecamatanCode }]);
      await recordAudit(manager, ctx, {
        action: decision.action,
        entityType: 'Submission',
        entityId: row.id,
        before: snapshotOf(row),
        after: snapshotOf({ ...row, ...changes } as SubmissionEntity),
      });
      await notify(manager, ...(decision.notifications ?? []));
      const [saved] = await this.reloadWith(
        manager,
        [row.id],
        new Map([[indicator.id, indicator]]),
        new Map([[period.id, period.year]]),
      );
      return saved;
    });
    if (result instanceof Submission) this.events.announce(REASON_BY_VERB[verb], [result]);
    return result;
  }

  /** Reads submissions back with their indicators and years: three statements for any number. */
  private async reload(manager: EntityManager, ids: string[]): Promise<Submission[]> {
    const rows = await manager.find(SubmissionEntity, { where: { id: In(ids) }, relations: { updatedBy: true } });
    const [indicators, periods] = await Promise.all([
      manager.find(IndicatorEntity, { where: { id: In([...new Set(rows.map((r) => r.indicatorId))]) } }),
      manager.find(Period, { where: { id: In([...new Set(rows.map((r) => r.periodId))]) } }),
    ]);
    return toViews(rows, new Map(indicators.map((i) => [i.id, i])), new Map(periods.map((p) => [p.id, p.year])));
  }

  private async reloadWith(
    manager: EntityManager,
    ids: string[],
    indicators: Map<string, IndicatorEntity>,
    years: Map<string, number>,
  ) {
    const rows = await manager.find(SubmissionEntity, { where: { id: In(ids) }, relations: { updatedBy: true } });
    return toViews(rows, indicators, years);
  }
}

function toViews(
  rows: SubmissionEntity[],
  indicators: Map<string, IndicatorEntity>,
  years: Map<string, number>,
): Submission[] {
  return rows
    .map((row) => ({ row, indicator: indicators.get(row.indicatorId)! }))
    .sort((a, b) => a.row.kecamatanCode.localeCompare(b.row.kecamatanCode) || a.indicator.number - b.indicator.number)
    .map(({ row, indicator }) => toSubmission(row, years.get(row.periodId)!, indicator));
}

/** To the operators of the row's kecamatan, linked to the indicator's card. */
function operatorNotice(
  kind: NotificationKind,
  row: SubmissionEntity,
  indicator: IndicatorEntity,
  period: Period,
  extra: Record<string, unknown>,
): NotifyItem {
  return {
    kind,
    to: { role: Role.OPERATOR, kecamatanCode: row.kecamatanCode },
    params: {
      year: period.year,
      kecamatanCode: row.kecamatanCode,
      indicatorCode: indicator.code,
      indicatorName: indicator.shortName,
      indicatorNameEn: indicator.shortNameEn,
      ...extra,
    },
    link: cardLink(period.year, indicator.code),
  };
}

/** To every evaluator: new answers wait, and (separately) returned ones came back. */
function submittedNotifications(
  year: number,
  kecamatanCode: string,
  targets: readonly SubmissionEntity[],
  selected: readonly IndicatorEntity[],
): NotifyItem[] {
  if (targets.length === 0) return [];
  const resubmitted = targets.filter((t) => t.status === SubmissionStatus.RETURNED);
  const fresh = targets.length - resubmitted.length;
  const byId = new Map(selected.map((i) => [i.id, i]));
  const to = { role: Role.EVALUATOR };
  const items: NotifyItem[] = [];
  if (fresh > 0)
    items.push({
      kind: NotificationKind.SUBMISSIONS_WAITING,
      to,
      params: { year, kecamatanCode, count: fresh },
      link: queueLink(year, kecamatanCode),
    });
  if (resubmitted.length > 0) {
    const only = resubmitted.length === 1 ? byId.get(resubmitted[0].indicatorId) : undefined;
    items.push({
      kind: NotificationKind.RESUBMITTED,
      to,
      params: {
        year,
        kecamatanCode,
        count: resubmitted.length,
        ...(only ? { indicatorCode: only.code, indicatorName: only.shortName, indicatorNameEn: only.shortNameEn } : {}),
      },
      link: queueLink(year, kecamatanCode, only ? resubmitted[0].id : undefined),
    });
  }
  return items;
}

/** Bulk verification: one notice per kecamatan it touched (and year). */
async function bulkVerifiedNotifications(
  manager: EntityManager,
  rows: readonly SubmissionEntity[],
): Promise<NotifyItem[]> {
  const periods = await manager.find(Period, { where: { id: In([...new Set(rows.map((r) => r.periodId))]) } });
  const yearOf = new Map(periods.map((p) => [p.id, p.year]));
  const counts = new Map<string, { year: number; kecamatanCode: string; count: number }>();
  for (const row of rows) {
    const key = `${row.periodId}|${row.kecamatanCode}`;
    const entry = counts.get(key) ?? { year: yearOf.get(row.periodId)!, kecamatanCode: row.kecamatanCode, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].map(({ year, kecamatanCode, count }) => ({
    kind: NotificationKind.ANSWER_VERIFIED,
    to: { role: Role.OPERATOR, kecamatanCode },
    params: { year, kecamatanCode, count },
    link: cardLink(year),
  }));
}
