import { randomUUID } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { In, IsNull, LessThan, type EntityManager } from 'typeorm';
import type { Answer, SpreadsheetDryRunReport } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { recordAudit, type AuditRecord } from '../audit/audit.service.js';
import { Role } from '../auth/user.entity.js';
import { NotificationKind } from '../notification/notification-kinds.js';
import { notify } from '../notification/notify.js';
import { mustChangePassword, PASSWORD_CHANGE_REQUIRED_MESSAGE } from '../auth/password-change-guard.js';
import { READ_ONLY_MESSAGE, isReadOnly } from '../auth/read-only.js';
import { assertCanReadKecamatan, readsAllKecamatan } from '../auth/scope.js';
import type { Catalog, IndicatorService } from '../indicator/indicator.service.js';
import { NO_SCORE_EVENTS, type ScoreEvents } from '../live/score-events.js';
import { PeriodStatus } from '../period/period.entity.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { refreshScores } from '../scoring/score-table.js';
import { SubmissionEntity, SubmissionStatus } from '../submission/submission.entity.js';
import { EDITABLE_STATUSES } from '../submission/submission.service.js';
import { NotAllowedError, ValidationError } from '../../graphql/results.js';
import { ImportBatchEntity } from './import-batch.entity.js';
import { SPREADSHEET_LIMITS, loadWorkbook } from './spreadsheet-file.js';
import { readIdentity, type TemplateIdentity } from './spreadsheet-identity.js';
import { readSheet, type Candidate } from './spreadsheet-sheet.js';
import { buildTemplate } from './spreadsheet-template.js';
import { COLUMNS, META_SHEET } from './spreadsheet.layout.js';
import { problem, type SpreadsheetProblem } from './spreadsheet.problems.js';
import { SpreadsheetImportApplied, SpreadsheetImportRejected } from './spreadsheet.types.js';

/** How long a validated upload waits for its "Impor" click. */
const BATCH_TTL_MS = 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TemplateFile {
  filename: string;
  bytes: Buffer;
}

/** What the dry run answers: the problems, or the id of the validated upload to apply. */
export type DryRunReport = SpreadsheetDryRunReport<SpreadsheetProblem>;

export type ApplyResult = SpreadsheetImportApplied | SpreadsheetImportRejected | ValidationError | NotAllowedError;

/** Why this caller may not import at all (null: may; operators then only their own kecamatan). */
function importRefusal(ctx: RequestContext): string | null {
  if (!ctx.user) return 'Sign in first.';
  if (isReadOnly(ctx.user)) return READ_ONLY_MESSAGE;
  if (mustChangePassword(ctx)) return PASSWORD_CHANGE_REQUIRED_MESSAGE;
  if (ctx.user.role === Role.ADMIN) return null;
  if (ctx.user.role === Role.OPERATOR && ctx.user.kecamatanCode) return null;
  return 'Only operators (for their own kecamatan) and admins import answers.';
}

function mayImportKecamatan(ctx: RequestContext, kecamatanCode: string): boolean {
  return (
    ctx.user?.role === Role.ADMIN || (ctx.user?.role === Role.OPERATOR && ctx.user.kecamatanCode === kecamatanCode)
  );
}

/** Thrown inside the apply transaction to roll it back with the problems found. */
class ApplyRollback extends Error {
  constructor(readonly result: SpreadsheetImportRejected | ValidationError) {
    super('rollback');
  }
}

function sameAnswer(row: SubmissionEntity, answer: Answer, note: string | null): boolean {
  return (
    row.numerator === (answer.numerator ?? null) &&
    row.denominator === (answer.denominator ?? null) &&
    row.count === (answer.count ?? null) &&
    row.yes === (answer.yes ?? null) &&
    row.option === (answer.option ?? null) &&
    (row.note ?? null) === note
  );
}

function snapshot(
  row: Pick<
    SubmissionEntity,
    'numerator' | 'denominator' | 'count' | 'yes' | 'option' | 'note' | 'version' | 'status' | 'carriedForwardPending'
  >,
) {
  const { numerator, denominator, count, yes, option, note, version, status, carriedForwardPending } = row;
  return { numerator, denominator, count, yes, option, note, version, status, carriedForwardPending };
}

/**
 * Excel template and spreadsheet import. Reuses the answer rules of `domain/` and the
 * submission rules (editable states, open period, scope, score table, audit, live events); the
 * write is one transaction with a constant number of statements however many rows.
 */
export class SpreadsheetService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly events: ScoreEvents = NO_SCORE_EVENTS,
  ) {}

  /**
   * The template of one kecamatan, or (kecamatanCode null: evaluators, admins) of every kecamatan
   * of a city (cityCode, e.g. "32.75"; may be omitted while there are few enough for one file).
   */
  async template(
    ctx: RequestContext,
    year: number,
    kecamatanCode: string | null,
    cityCode: string | null = null,
  ): Promise<TemplateFile> {
    if (!ctx.user) throw forbidden('Sign in first.');
    const code = kecamatanCode ?? (ctx.user.role === Role.OPERATOR ? ctx.user.kecamatanCode : null);
    if (code) assertCanReadKecamatan(ctx, code);
    else if (!readsAllKecamatan(ctx))
      throw forbidden('Only evaluators and admins download the template of every kecamatan.');
    const catalog = await this.indicators.catalogForYear(ctx, year);
    const kecamatans = await ctx.dataSource
      .getRepository(Kecamatan)
      .find({ where: code ? { code } : cityCode ? { cityCode } : {}, order: { code: 'ASC' } });
    if (kecamatans.length === 0)
      throw code ? forbidden(`Unknown kecamatan ${code}.`) : badUserInput('city', `no kecamatan in city ${cityCode}`);
    if (kecamatans.length > SPREADSHEET_LIMITS.maxSheets) {
      throw badUserInput(
        'city',
        `${kecamatans.length} kecamatan do not fit one file (at most ${SPREADSHEET_LIMITS.maxSheets}): ask for one city, e.g. &city=32.75`,
      );
    }
    const submissions = await ctx.dataSource
      .getRepository(SubmissionEntity)
      .find({ where: { periodId: catalog.period.id, kecamatanCode: In(kecamatans.map((k) => k.code)) } });
    const bytes = await buildTemplate({
      year,
      indicatorSetCode: catalog.period.indicatorSet.code,
      clusters: catalog.clusters,
      indicators: catalog.indicators,
      kecamatans,
      submissions,
      generatedAt: new Date(),
    });
    const suffix = code ? `${code}-${kecamatans[0].name}` : 'semua-kecamatan';
    return { filename: `templat-kla-${year}-${suffix.normalize('NFKD').replace(/[^A-Za-z0-9.-]+/g, '-')}.xlsx`, bytes };
  }

  /**
   * Reads an upload and lists every problem by sheet, row and column; writes no submission.
   * Without problems, keeps the validated rows (an import_batch, one hour) for apply().
   * Throws SpreadsheetFileError when the bytes are not a readable xlsx.
   */
  async dryRun(ctx: RequestContext, bytes: Buffer): Promise<DryRunReport> {
    const refusal = importRefusal(ctx);
    if (refusal) throw forbidden(refusal);
    const workbook = await loadWorkbook(bytes);
    const report: DryRunReport = {
      batchId: null,
      expiresAt: null,
      year: null,
      indicatorSetCode: null,
      kecamatans: [],
      answerCount: 0,
      unchangedCount: 0,
      problems: [],
    };
    const dataSheets = workbook.worksheets.filter((s) => s.name !== META_SHEET);
    const fileSheet = dataSheets[0]?.name ?? workbook.worksheets[0].name;
    const identity = readIdentity(workbook);
    if (!identity) {
      report.problems.push(problem('NOT_A_TEMPLATE', fileSheet));
      return report;
    }
    report.year = identity.year;
    report.indicatorSetCode = identity.indicatorSetCode;
    const catalog = await this.catalogOfUpload(ctx, identity, fileSheet, report.problems);
    if (!catalog) return report;
    const candidates = await readKecamatanSheets(ctx, dataSheets, identity, catalog, report);
    const toWrite = await changedAnswers(ctx, catalog.period.id, candidates, report);
    report.answerCount = toWrite.length;
    report.problems.sort(
      (a, b) =>
        dataSheets.findIndex((s) => s.name === a.sheet) - dataSheets.findIndex((s) => s.name === b.sheet) ||
        (a.row ?? 0) - (b.row ?? 0) ||
        (a.column ?? '').localeCompare(b.column ?? ''),
    );
    if (report.problems.length === 0 && toWrite.length > 0)
      await keepBatch(ctx, catalog.period.id, identity.year, toWrite, report);
    return report;
  }

  /** The catalog of the template's year, or null with the problem: no such period, or another indicator set. A closed period is a problem too. */
  private async catalogOfUpload(
    ctx: RequestContext,
    identity: TemplateIdentity,
    fileSheet: string,
    problems: SpreadsheetProblem[],
  ): Promise<Catalog | null> {
    const { year } = identity;
    const catalog = await this.indicators.catalogForYear(ctx, year).catch(() => null);
    if (!catalog) {
      problems.push(problem('NO_PERIOD', fileSheet, null, null, `(tahun ${year})`));
      return null;
    }
    if (catalog.period.indicatorSet.code !== identity.indicatorSetCode) {
      problems.push(
        problem(
          'WRONG_INDICATOR_SET',
          fileSheet,
          null,
          null,
          `(templat: ${identity.indicatorSetCode}, tahun ${year}: ${catalog.period.indicatorSet.code})`,
        ),
      );
      return null;
    }
    if (catalog.period.status !== PeriodStatus.OPEN)
      problems.push(problem('PERIOD_CLOSED', fileSheet, null, null, `(tahun ${year})`));
    return catalog;
  }

  /** Applies a validated upload: re-checked against the database now, all or nothing, audited. */
  async apply(ctx: RequestContext, batchId: string): Promise<ApplyResult> {
    const refusal = importRefusal(ctx);
    if (refusal) return new NotAllowedError(refusal);
    const batch = await waitingBatch(ctx, batchId);
    if (batch instanceof ValidationError || batch instanceof NotAllowedError) return batch;
    const catalog = await this.indicators.catalogForYear(ctx, batch.year);
    const candidates = candidatesOfBatch(batch, catalog);
    if (candidates instanceof SpreadsheetImportRejected) return candidates;
    let written: ReadonlyArray<{ kecamatanCode: string }>;
    try {
      written = await ctx.dataSource.transaction((manager) => writeBatch(manager, ctx, batch, catalog, candidates));
    } catch (error) {
      if (error instanceof ApplyRollback) return error.result;
      throw error;
    }
    this.events.announce(
      'SAVED',
      written.map((w) => ({ year: batch.year, kecamatanCode: w.kecamatanCode })),
    );
    return Object.assign(new SpreadsheetImportApplied(), {
      batchId: batch.id,
      year: batch.year,
      answerCount: written.length,
      kecamatanCodes: batch.kecamatanCodes,
    });
  }
}

/** The key of an answer among the saved ones: its kecamatan and indicator. */
const answerKey = (row: { kecamatanCode: string; indicatorId: string }) => `${row.kecamatanCode}|${row.indicatorId}`;

/** The saved submissions of the candidates' kecamatan in one statement (locked for update when writing). */
async function savedAnswers(
  manager: EntityManager,
  periodId: string,
  candidates: readonly Candidate[],
  lock: boolean,
): Promise<Map<string, SubmissionEntity>> {
  if (candidates.length === 0) return new Map();
  const rows = await manager.find(SubmissionEntity, {
    where: {
      periodId,
      kecamatanCode: In([...new Set(candidates.map((c) => c.kecamatanCode))]),
      indicatorId: In([...new Set(candidates.map((c) => c.indicatorId))]),
    },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  return new Map(rows.map((r) => [answerKey(r), r]));
}

/** Every data sheet the caller may import, read into answers; the report gets each sheet's kecamatan and every problem. */
async function readKecamatanSheets(
  ctx: RequestContext,
  dataSheets: readonly ExcelJS.Worksheet[],
  identity: TemplateIdentity,
  catalog: Catalog,
  report: DryRunReport,
): Promise<Candidate[]> {
  const known = await ctx.dataSource
    .getRepository(Kecamatan)
    .find({ where: { code: In([...new Set(identity.kecamatanOfSheet.values())]) }, order: { code: 'ASC' } });
  const knownNames = new Map(known.map((k) => [k.code, k.name]));
  const candidates: Candidate[] = [];
  for (const sheet of dataSheets) {
    const kecamatanCode = kecamatanOfSheet(ctx, sheet, identity, knownNames, report.problems);
    if (!kecamatanCode) continue;
    if (!report.kecamatans.some((k) => k.code === kecamatanCode))
      report.kecamatans.push({ code: kecamatanCode, name: knownNames.get(kecamatanCode)! });
    candidates.push(...readSheet(sheet, kecamatanCode, catalog, identity.versionOf, report.problems));
  }
  return candidates;
}

/**
 * The kecamatan a data sheet answers for, or null with the problem why it is not read: not from
 * the template (unless empty), an unknown kecamatan, another one than the caller's, too many rows.
 */
function kecamatanOfSheet(
  ctx: RequestContext,
  sheet: ExcelJS.Worksheet,
  identity: TemplateIdentity,
  knownNames: ReadonlyMap<string, string>,
  problems: SpreadsheetProblem[],
): string | null {
  const kecamatanCode = identity.kecamatanOfSheet.get(sheet.name);
  if (!kecamatanCode) {
    if (hasContent(sheet))
      problems.push(problem('NOT_A_TEMPLATE', sheet.name, null, null, '(lembar ini tidak berasal dari templat)'));
    return null;
  }
  if (!knownNames.has(kecamatanCode)) {
    problems.push(problem('UNKNOWN_KECAMATAN', sheet.name, null, null, `(${kecamatanCode})`));
    return null;
  }
  if (!mayImportKecamatan(ctx, kecamatanCode)) {
    problems.push(
      problem('OTHER_KECAMATAN', sheet.name, null, null, `(${kecamatanCode} ${knownNames.get(kecamatanCode)})`),
    );
    return null;
  }
  if (sheet.rowCount > SPREADSHEET_LIMITS.maxRowsPerSheet) {
    problems.push(
      problem(
        'TOO_MANY_ROWS',
        sheet.name,
        null,
        null,
        `(${sheet.rowCount} baris; paling banyak ${SPREADSHEET_LIMITS.maxRowsPerSheet})`,
      ),
    );
    return null;
  }
  return kecamatanCode;
}

/**
 * Compares with what is saved now: unchanged rows are counted and skipped, the rest must be
 * editable and unchanged since download (else a problem). Returns the answers to write.
 */
async function changedAnswers(
  ctx: RequestContext,
  periodId: string,
  candidates: readonly Candidate[],
  report: DryRunReport,
): Promise<Candidate[]> {
  const current = await savedAnswers(ctx.dataSource.manager, periodId, candidates, false);
  const toWrite: Candidate[] = [];
  for (const candidate of candidates) {
    const row = current.get(answerKey(candidate));
    if (row && sameAnswer(row, candidate, candidate.note)) {
      report.unchangedCount += 1;
      continue;
    }
    const conflict = conflictOf(row, candidate);
    if (conflict) report.problems.push(conflict);
    else toWrite.push(candidate);
  }
  return toWrite;
}

/** Keeps the validated answers for apply() (an import_batch, one hour), dropping expired ones; the report gets its id. */
async function keepBatch(
  ctx: RequestContext,
  periodId: string,
  year: number,
  toWrite: readonly Candidate[],
  report: DryRunReport,
): Promise<void> {
  const batch = ctx.dataSource.getRepository(ImportBatchEntity).create({
    id: randomUUID(),
    userId: ctx.user!.id,
    periodId,
    year,
    kecamatanCodes: report.kecamatans.map((k) => k.code),
    rows: toWrite.map(({ indicatorId: _id, ...row }) => row),
    expiresAt: new Date(Date.now() + BATCH_TTL_MS),
    appliedAt: null,
  });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.delete(ImportBatchEntity, { expiresAt: LessThan(new Date()) });
    await manager.insert(ImportBatchEntity, batch);
  });
  report.batchId = batch.id;
  report.expiresAt = batch.expiresAt.toISOString();
}

const batchRefusal = (code: string, message: string) => new ValidationError([{ field: 'batchId', code, message }]);

/** The caller's upload waiting to be imported, or why not: unknown, already imported, expired, another kecamatan's. */
async function waitingBatch(
  ctx: RequestContext,
  batchId: string,
): Promise<ImportBatchEntity | ValidationError | NotAllowedError> {
  const notFound = () =>
    batchRefusal('NOT_FOUND', 'batchId is not an upload of yours waiting to be imported; upload the file again');
  if (!UUID.test(batchId)) return notFound();
  const batch = await ctx.dataSource.getRepository(ImportBatchEntity).findOneBy({ id: batchId, userId: ctx.user!.id });
  if (!batch) return notFound();
  if (batch.appliedAt) return batchRefusal('ALREADY_APPLIED', 'this upload was already imported');
  if (batch.expiresAt.getTime() < Date.now())
    return batchRefusal('EXPIRED', 'this upload expired; upload the file again');
  const outside = batch.kecamatanCodes.find((code) => !mayImportKecamatan(ctx, code));
  if (outside)
    return new NotAllowedError(`You may only import answers of your own kecamatan (${ctx.user!.kecamatanCode}).`);
  return batch;
}

/** The batch's answers with their indicators in the year's catalog; refused when the period or an indicator is gone. */
function candidatesOfBatch(batch: ImportBatchEntity, catalog: Catalog): Candidate[] | SpreadsheetImportRejected {
  if (catalog.period.id !== batch.periodId)
    return new SpreadsheetImportRejected([
      problem('NO_PERIOD', firstSheetOf(batch), null, null, `(tahun ${batch.year})`),
    ]);
  const candidates: Candidate[] = [];
  const unknown: SpreadsheetProblem[] = [];
  for (const row of batch.rows) {
    const indicator = catalog.indicatorsByCode.get(row.indicatorCode);
    if (!indicator) unknown.push(problem('UNKNOWN_INDICATOR', row.sheet, row.row, COLUMNS.code));
    else candidates.push({ ...row, indicatorId: indicator.id });
  }
  return unknown.length > 0 ? new SpreadsheetImportRejected(unknown) : candidates;
}

const firstSheetOf = (batch: ImportBatchEntity) => batch.rows[0]?.sheet ?? '';

/**
 * The import's transaction: the period still open, every answer still editable and unchanged,
 * then one write of all, the score rows, the audit entries, the batch marked applied, the admins
 * notified. Throws ApplyRollback with the problems otherwise.
 */
async function writeBatch(
  manager: EntityManager,
  ctx: RequestContext,
  batch: ImportBatchEntity,
  catalog: Catalog,
  candidates: readonly Candidate[],
): Promise<readonly Candidate[]> {
  const periodId = catalog.period.id;
  await lockOpenPeriod(manager, periodId, batch);
  const current = await savedAnswers(manager, periodId, candidates, true);
  const problems = candidates
    .map((c) => conflictOf(current.get(answerKey(c)), c))
    .filter((p): p is SpreadsheetProblem => p !== null);
  if (problems.length > 0) throw new ApplyRollback(new SpreadsheetImportRejected(problems));
  const rows = await upsertAnswers(manager, periodId, ctx.user!.id, candidates);
  if (rows.length !== candidates.length) {
    // Someone created or changed one of these answers between our read and our write.
    const done = new Set(rows.map(answerKey));
    throw new ApplyRollback(
      new SpreadsheetImportRejected(
        candidates.filter((c) => !done.has(answerKey(c))).map((c) => problem('STALE', c.sheet, c.row)),
      ),
    );
  }
  await refreshScores(
    manager,
    batch.kecamatanCodes.map((kecamatanCode) => ({ periodId, kecamatanCode })),
    new Map([[periodId, catalog.indicators]]),
  );
  await recordAudit(manager, ctx, ...importAudit(batch, candidates, current, rows));
  await markApplied(manager, batch.id);
  await notify(manager, {
    kind: NotificationKind.IMPORT_APPLIED,
    to: { role: Role.ADMIN },
    params: { year: batch.year, count: candidates.length, kecamatanCount: batch.kecamatanCodes.length },
    link: '/admin/impor',
    dedupeKey: `import:${batch.id}`,
  });
  return candidates;
}

/** Locks the period in shared mode: closing it waits for this import (and this import sees a close that committed first). */
async function lockOpenPeriod(manager: EntityManager, periodId: string, batch: ImportBatchEntity): Promise<void> {
  const [period] = await manager.query(`SELECT "status" FROM "period" WHERE "id" = $1 FOR SHARE`, [periodId]);
  if (period?.status !== PeriodStatus.OPEN)
    throw new ApplyRollback(
      new SpreadsheetImportRejected([
        problem('PERIOD_CLOSED', firstSheetOf(batch), null, null, `(tahun ${batch.year})`),
      ]),
    );
}

/** An audit entry per answer written (before and after) and one for the import. */
function importAudit(
  batch: ImportBatchEntity,
  candidates: readonly Candidate[],
  current: ReadonlyMap<string, SubmissionEntity>,
  rows: readonly WrittenAnswer[],
): AuditRecord[] {
  const written = new Map(rows.map((r) => [answerKey(r), r]));
  return [
    ...candidates.map((c) => {
      const before = current.get(answerKey(c));
      const saved = written.get(answerKey(c))!;
      return {
        action: before ? 'SUBMISSION_UPDATED' : 'SUBMISSION_CREATED',
        entityType: 'Submission',
        entityId: saved.id,
        before: before ? snapshot(before) : null,
        after: {
          ...snapshot({
            ...c,
            version: saved.version,
            status: before?.status ?? SubmissionStatus.DRAFT,
            carriedForwardPending: false,
          }),
          indicatorCode: c.indicatorCode,
          year: batch.year,
          kecamatanCode: c.kecamatanCode,
          importBatchId: batch.id,
        },
      };
    }),
    {
      action: 'SPREADSHEET_IMPORTED',
      entityType: 'ImportBatch',
      entityId: batch.id,
      after: { year: batch.year, kecamatanCodes: batch.kecamatanCodes, answerCount: candidates.length },
    },
  ];
}

/** Marks the batch applied; refuses (rolling back) when another request applied it first. */
async function markApplied(manager: EntityManager, batchId: string): Promise<void> {
  const marked = await manager.update(
    ImportBatchEntity,
    { id: batchId, appliedAt: IsNull() },
    { appliedAt: new Date() },
  );
  if (marked.affected !== 1)
    throw new ApplyRollback(batchRefusal('ALREADY_APPLIED', 'this upload was already imported'));
}

function hasContent(sheet: ExcelJS.Worksheet): boolean {
  return sheet.actualRowCount > 0;
}

/** A changed row that may not be written: submitted/verified, or changed since the download. */
function conflictOf(row: SubmissionEntity | undefined, candidate: Candidate): SpreadsheetProblem | null {
  if (row && !EDITABLE_STATUSES.includes(row.status))
    return problem('NOT_EDITABLE', candidate.sheet, candidate.row, null, `(${candidate.indicatorCode}: ${row.status})`);
  const version = row?.version ?? 0;
  if (version !== candidate.expectedVersion)
    return problem(
      'STALE',
      candidate.sheet,
      candidate.row,
      null,
      `(${candidate.indicatorCode}: versi ${candidate.expectedVersion} → ${version})`,
    );
  return null;
}

/** A submission row the import wrote. */
interface WrittenAnswer {
  id: string;
  kecamatanCode: string;
  indicatorId: string;
  version: number;
}

/**
 * Every answer in one statement: inserts new ones (version 1) and updates existing ones only if
 * still editable and at the version the upload was checked against (the version travels as
 * expected + 1). Returns the rows written; fewer than asked means a concurrent change.
 */
async function upsertAnswers(
  manager: EntityManager,
  periodId: string,
  userId: string,
  rows: readonly Candidate[],
): Promise<WrittenAnswer[]> {
  // Writing an answer is the operator's own answer: a carried-forward one is no longer pending.
  const editable = EDITABLE_STATUSES.map((s) => `'${s}'`).join(', ');
  return manager.query(
    `INSERT INTO "submission" ("id", "periodId", "kecamatanCode", "indicatorId", "numerator", "denominator", "count", "yes", "option", "note", "status", "version", "updatedById", "carriedForwardPending")
     SELECT v.id, $1, v.k, v.i, v.num, v.den, v.cnt, v.yes, v.opt, v.note, '${SubmissionStatus.DRAFT}', v.ver, $2, false
     FROM unnest($3::uuid[], $4::varchar[], $5::uuid[], $6::int[], $7::int[], $8::int[], $9::boolean[], $10::varchar[], $11::text[], $12::int[])
       AS v(id, k, i, num, den, cnt, yes, opt, note, ver)
     ON CONFLICT ("periodId", "kecamatanCode", "indicatorId") DO UPDATE SET
       "numerator" = EXCLUDED."numerator", "denominator" = EXCLUDED."denominator", "count" = EXCLUDED."count", "yes" = EXCLUDED."yes",
       "option" = EXCLUDED."option", "note" = EXCLUDED."note", "version" = EXCLUDED."version", "updatedById" = EXCLUDED."updatedById",
       "updatedAt" = now(), "carriedForwardPending" = false
     WHERE "submission"."version" = EXCLUDED."version" - 1 AND "submission"."status" IN (${editable})
     RETURNING "id", "kecamatanCode", "indicatorId", "version"`,
    [
      periodId,
      userId,
      rows.map(() => randomUUID()),
      rows.map((r) => r.kecamatanCode),
      rows.map((r) => r.indicatorId),
      rows.map((r) => r.numerator),
      rows.map((r) => r.denominator),
      rows.map((r) => r.count),
      rows.map((r) => r.yes),
      rows.map((r) => r.option),
      rows.map((r) => r.note),
      rows.map((r) => r.expectedVersion + 1),
    ],
  );
}
