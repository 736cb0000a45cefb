import { randomUUID } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { In, IsNull, LessThan, type EntityManager } from 'typeorm';
import {
  type Answer,
  type AnswerField,
  FIELDS_BY_MEASURE,
  type ScoringRule,
  type SpreadsheetDryRunReport,
  validateAnswerFor,
  validateNote,
} from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Role } from '../auth/user.entity.js';
import { NotificationKind } from '../notification/notification-kinds.js';
import { notify } from '../notification/notify.js';
import { mustChangePassword, PASSWORD_CHANGE_REQUIRED_MESSAGE } from '../auth/password-change-guard.js';
import { READ_ONLY_MESSAGE, isReadOnly } from '../auth/read-only.js';
import { assertCanReadKecamatan, readsAllKecamatan } from '../auth/scope.js';
import type { Catalog, IndicatorService } from '../indicator/indicator.service.js';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import { NO_SCORE_EVENTS, type ScoreEvents } from '../live/score-events.js';
import { PeriodStatus } from '../period/period.entity.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { refreshScores } from '../scoring/score-table.js';
import { SubmissionEntity, SubmissionStatus } from '../submission/submission.entity.js';
import { EDITABLE_STATUSES } from '../submission/submission.service.js';
import { NotAllowedError, ValidationError } from '../../graphql/results.js';
import { ImportBatchEntity, type ImportBatchRow } from './import-batch.entity.js';
import { SPREADSHEET_LIMITS, cellText, loadWorkbook, readCell, type CellReading } from './spreadsheet-file.js';
import { buildTemplate } from './spreadsheet-template.js';
import {
  ANSWER_COLUMNS,
  COLUMNS,
  FIRST_DATA_ROW,
  META_SHEET,
  META_TABLE_ROW,
  TEMPLATE_FORMAT,
  type TemplateColumn,
} from './spreadsheet.layout.js';
import { problem, type SpreadsheetProblem, type SpreadsheetProblemCode } from './spreadsheet.problems.js';
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

const DOMAIN_CODE: Record<string, SpreadsheetProblemCode> = {
  REQUIRED: 'MISSING_VALUE',
  NOT_AN_INTEGER: 'NOT_A_WHOLE_NUMBER',
  NEGATIVE: 'NEGATIVE',
  TOO_LARGE: 'TOO_LARGE',
  NUMERATOR_EXCEEDS_DENOMINATOR: 'NUMERATOR_GT_DENOMINATOR',
  DENOMINATOR_ZERO: 'DENOMINATOR_ZERO',
  UNKNOWN_OPTION: 'UNKNOWN_OPTION',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  TOO_LONG: 'NOTE_INVALID',
  INVALID_CHARACTERS: 'NOTE_INVALID',
};

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

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

/** Reads one answer cell by its column's type; a problem instead of a value when it does not fit. */
function typedValue(
  column: TemplateColumn,
  reading: CellReading,
  indicator: IndicatorEntity,
): { value: number | boolean | string | null } | { problem: SpreadsheetProblemCode } {
  switch (reading.kind) {
    case 'empty':
      return { value: null };
    case 'formula-without-value':
      return { problem: 'FORMULA_WITHOUT_VALUE' };
    case 'invalid':
      return { problem: 'WRONG_TYPE' };
  }
  if (column.key === 'yes') {
    if (reading.kind === 'boolean') return { value: reading.value };
    if (reading.kind === 'text' && ['ya', 'tidak', 'yes', 'no'].includes(normalize(reading.value)))
      return { value: ['ya', 'yes'].includes(normalize(reading.value)) };
    return { problem: 'WRONG_TYPE' };
  }
  if (column.key === 'option') {
    const rule = indicator.scoringRule as ScoringRule;
    const options = rule.type === 'OPTIONS' ? rule.options : [];
    const text = reading.kind === 'text' ? reading.value : String(reading.value);
    const found = options.find((o) => normalize(o.label) === normalize(text) || o.value === text);
    return found ? { value: found.value } : { problem: 'UNKNOWN_OPTION' };
  }
  // Whole-number columns: numbers, or text that reads as one ("45"); domain rules check the rest.
  if (reading.kind === 'number') return { value: reading.value };
  if (reading.kind === 'text' && /^-?\d+(?:[.,]\d+)?$/.test(reading.value))
    return { value: Number(reading.value.replace(',', '.')) };
  return { problem: 'WRONG_TYPE' };
}

interface Candidate extends ImportBatchRow {
  indicatorId: string;
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

    const meta = workbook.getWorksheet(META_SHEET);
    const year = Number(meta ? readCellNumber(meta.getCell('B2').value) : NaN);
    if (!meta || cellText(meta.getCell('B1').value) !== TEMPLATE_FORMAT || !Number.isInteger(year)) {
      report.problems.push(problem('NOT_A_TEMPLATE', fileSheet));
      return report;
    }
    report.year = year;
    report.indicatorSetCode = cellText(meta.getCell('B3').value);
    const catalog = await this.indicators.catalogForYear(ctx, year).catch(() => null);
    if (!catalog) {
      report.problems.push(problem('NO_PERIOD', fileSheet, null, null, `(tahun ${year})`));
      return report;
    }
    if (catalog.period.indicatorSet.code !== report.indicatorSetCode) {
      report.problems.push(
        problem(
          'WRONG_INDICATOR_SET',
          fileSheet,
          null,
          null,
          `(templat: ${report.indicatorSetCode}, tahun ${year}: ${catalog.period.indicatorSet.code})`,
        ),
      );
      return report;
    }
    if (catalog.period.status !== PeriodStatus.OPEN)
      report.problems.push(problem('PERIOD_CLOSED', fileSheet, null, null, `(tahun ${year})`));

    // The identity table: which kecamatan each sheet is, and each row's version at download.
    const kecamatanOfSheet = new Map<string, string>();
    const versionOf = new Map<string, number>();
    for (
      let r = META_TABLE_ROW;
      r < META_TABLE_ROW + SPREADSHEET_LIMITS.maxSheets * SPREADSHEET_LIMITS.maxRowsPerSheet;
      r += 1
    ) {
      const row = meta.getRow(r);
      const sheetName = cellText(row.getCell(1).value);
      if (!sheetName) break;
      const kecamatanCode = cellText(row.getCell(2).value);
      const indicatorCode = cellText(row.getCell(3).value);
      const version = readCellNumber(row.getCell(4).value);
      if (!kecamatanCode || !indicatorCode || version == null) continue;
      kecamatanOfSheet.set(sheetName, kecamatanCode);
      versionOf.set(`${sheetName}|${indicatorCode}`, version);
    }

    const known = await ctx.dataSource
      .getRepository(Kecamatan)
      .find({ where: { code: In([...new Set(kecamatanOfSheet.values())]) }, order: { code: 'ASC' } });
    const knownNames = new Map(known.map((k) => [k.code, k.name]));
    const candidates: Candidate[] = [];
    for (const sheet of dataSheets) {
      const kecamatanCode = kecamatanOfSheet.get(sheet.name);
      if (!kecamatanCode) {
        if (hasContent(sheet))
          report.problems.push(
            problem('NOT_A_TEMPLATE', sheet.name, null, null, '(lembar ini tidak berasal dari templat)'),
          );
        continue;
      }
      if (!knownNames.has(kecamatanCode)) {
        report.problems.push(problem('UNKNOWN_KECAMATAN', sheet.name, null, null, `(${kecamatanCode})`));
        continue;
      }
      if (!mayImportKecamatan(ctx, kecamatanCode)) {
        report.problems.push(
          problem('OTHER_KECAMATAN', sheet.name, null, null, `(${kecamatanCode} ${knownNames.get(kecamatanCode)})`),
        );
        continue;
      }
      if (sheet.rowCount > SPREADSHEET_LIMITS.maxRowsPerSheet) {
        report.problems.push(
          problem(
            'TOO_MANY_ROWS',
            sheet.name,
            null,
            null,
            `(${sheet.rowCount} baris; paling banyak ${SPREADSHEET_LIMITS.maxRowsPerSheet})`,
          ),
        );
        continue;
      }
      if (!report.kecamatans.some((k) => k.code === kecamatanCode))
        report.kecamatans.push({ code: kecamatanCode, name: knownNames.get(kecamatanCode)! });
      candidates.push(...readSheet(sheet, kecamatanCode, catalog, versionOf, report.problems));
    }

    // Compare with what is saved now: unchanged rows are skipped, the rest must be editable and unchanged since download.
    const current = await this.currentRows(ctx.dataSource.manager, catalog.period.id, candidates, false);
    const toWrite: Candidate[] = [];
    for (const candidate of candidates) {
      const row = current.get(`${candidate.kecamatanCode}|${candidate.indicatorId}`);
      if (row && sameAnswer(row, candidate, candidate.note)) {
        report.unchangedCount += 1;
        continue;
      }
      const conflict = conflictOf(row, candidate);
      if (conflict) report.problems.push(conflict);
      else toWrite.push(candidate);
    }
    report.answerCount = toWrite.length;
    report.problems.sort(
      (a, b) =>
        dataSheets.findIndex((s) => s.name === a.sheet) - dataSheets.findIndex((s) => s.name === b.sheet) ||
        (a.row ?? 0) - (b.row ?? 0) ||
        (a.column ?? '').localeCompare(b.column ?? ''),
    );

    if (report.problems.length === 0 && toWrite.length > 0) {
      const batch = ctx.dataSource.getRepository(ImportBatchEntity).create({
        id: randomUUID(),
        userId: ctx.user!.id,
        periodId: catalog.period.id,
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
    return report;
  }

  /** Applies a validated upload: re-checked against the database now, all or nothing, audited. */
  async apply(ctx: RequestContext, batchId: string): Promise<ApplyResult> {
    const refusal = importRefusal(ctx);
    if (refusal) return new NotAllowedError(refusal);
    const notFound = () =>
      new ValidationError([
        {
          field: 'batchId',
          code: 'NOT_FOUND',
          message: 'batchId is not an upload of yours waiting to be imported; upload the file again',
        },
      ]);
    if (!UUID.test(batchId)) return notFound();
    const batch = await ctx.dataSource
      .getRepository(ImportBatchEntity)
      .findOneBy({ id: batchId, userId: ctx.user!.id });
    if (!batch) return notFound();
    if (batch.appliedAt)
      return new ValidationError([
        { field: 'batchId', code: 'ALREADY_APPLIED', message: 'this upload was already imported' },
      ]);
    if (batch.expiresAt.getTime() < Date.now())
      return new ValidationError([
        { field: 'batchId', code: 'EXPIRED', message: 'this upload expired; upload the file again' },
      ]);
    const outside = batch.kecamatanCodes.find((code) => !mayImportKecamatan(ctx, code));
    if (outside)
      return new NotAllowedError(`You may only import answers of your own kecamatan (${ctx.user!.kecamatanCode}).`);
    const catalog = await this.indicators.catalogForYear(ctx, batch.year);
    const firstSheet = batch.rows[0]?.sheet ?? '';
    if (catalog.period.id !== batch.periodId)
      return new SpreadsheetImportRejected([problem('NO_PERIOD', firstSheet, null, null, `(tahun ${batch.year})`)]);
    const candidates: Candidate[] = [];
    const unknown: SpreadsheetProblem[] = [];
    for (const row of batch.rows) {
      const indicator = catalog.indicatorsByCode.get(row.indicatorCode);
      if (!indicator) unknown.push(problem('UNKNOWN_INDICATOR', row.sheet, row.row, COLUMNS.code));
      else candidates.push({ ...row, indicatorId: indicator.id });
    }
    if (unknown.length > 0) return new SpreadsheetImportRejected(unknown);

    let written: Array<{ kecamatanCode: string }>;
    try {
      written = await ctx.dataSource.transaction(async (manager) => {
        // Closing the period waits for this import (and this import sees a close that committed first).
        const [period] = await manager.query(`SELECT "status" FROM "period" WHERE "id" = $1 FOR SHARE`, [
          catalog.period.id,
        ]);
        if (period?.status !== PeriodStatus.OPEN)
          throw new ApplyRollback(
            new SpreadsheetImportRejected([problem('PERIOD_CLOSED', firstSheet, null, null, `(tahun ${batch.year})`)]),
          );
        const current = await this.currentRows(manager, catalog.period.id, candidates, true);
        const problems = candidates
          .map((c) => conflictOf(current.get(`${c.kecamatanCode}|${c.indicatorId}`), c))
          .filter((p): p is SpreadsheetProblem => p !== null);
        if (problems.length > 0) throw new ApplyRollback(new SpreadsheetImportRejected(problems));

        const rows = await upsertAnswers(manager, catalog.period.id, ctx.user!.id, candidates);
        if (rows.length !== candidates.length) {
          // Someone created or changed one of these answers between our read and our write.
          const done = new Set(rows.map((r) => `${r.kecamatanCode}|${r.indicatorId}`));
          throw new ApplyRollback(
            new SpreadsheetImportRejected(
              candidates
                .filter((c) => !done.has(`${c.kecamatanCode}|${c.indicatorId}`))
                .map((c) => problem('STALE', c.sheet, c.row)),
            ),
          );
        }
        const idOf = new Map(rows.map((r) => [`${r.kecamatanCode}|${r.indicatorId}`, r]));
        await refreshScores(
          manager,
          batch.kecamatanCodes.map((kecamatanCode) => ({ periodId: catalog.period.id, kecamatanCode })),
          new Map([[catalog.period.id, catalog.indicators]]),
        );
        await recordAudit(
          manager,
          ctx,
          ...candidates.map((c) => {
            const before = current.get(`${c.kecamatanCode}|${c.indicatorId}`);
            const saved = idOf.get(`${c.kecamatanCode}|${c.indicatorId}`)!;
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
        );
        const marked = await manager.update(
          ImportBatchEntity,
          { id: batch.id, appliedAt: IsNull() },
          { appliedAt: new Date() },
        );
        if (marked.affected !== 1)
          throw new ApplyRollback(
            new ValidationError([
              { field: 'batchId', code: 'ALREADY_APPLIED', message: 'this upload was already imported' },
            ]),
          );
        await notify(manager, {
          kind: NotificationKind.IMPORT_APPLIED,
          to: { role: Role.ADMIN },
          params: { year: batch.year, count: candidates.length, kecamatanCount: batch.kecamatanCodes.length },
          link: '/admin/impor',
          dedupeKey: `import:${batch.id}`,
        });
        return candidates;
      });
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

  /** The saved submissions of the candidates' kecamatan in one statement (locked for update when writing). */
  private async currentRows(
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
    return new Map(rows.map((r) => [`${r.kecamatanCode}|${r.indicatorId}`, r]));
  }
}

function readCellNumber(value: ExcelJS.CellValue): number | null {
  const reading = readCell(value);
  if (reading.kind === 'number') return reading.value;
  if (reading.kind === 'text' && /^\d+$/.test(reading.value)) return Number(reading.value);
  return null;
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

/** One sheet's rows as typed answers, with every problem of every cell. */
function readSheet(
  sheet: ExcelJS.Worksheet,
  kecamatanCode: string,
  catalog: Catalog,
  versionOf: ReadonlyMap<string, number>,
  problems: SpreadsheetProblem[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const readings = new Map(ANSWER_COLUMNS.map((c) => [c, readCell(row.getCell(c.letter).value)]));
    const noteReading = readCell(row.getCell(COLUMNS.note.letter).value);
    const code = cellText(row.getCell(COLUMNS.code.letter).value);
    const anyAnswer = [...readings.values()].some((v) => v.kind !== 'empty');
    if (!code) {
      if (anyAnswer) problems.push(problem('UNKNOWN_INDICATOR', sheet.name, r, COLUMNS.code, '(kode kosong)'));
      continue;
    }
    const indicator = catalog.indicatorsByCode.get(code);
    if (!indicator) {
      problems.push(problem('UNKNOWN_INDICATOR', sheet.name, r, COLUMNS.code, `(${code})`));
      continue;
    }
    if (seen.has(code)) {
      problems.push(problem('DUPLICATE_INDICATOR', sheet.name, r, COLUMNS.code, `(${code})`));
      continue;
    }
    seen.add(code);
    if (!anyAnswer) continue; // nothing entered: left as it is (clearing an answer is done in the form)

    const used = FIELDS_BY_MEASURE[indicator.measureType];
    const answer: Record<AnswerField, number | boolean | string | null> = {
      numerator: null,
      denominator: null,
      count: null,
      yes: null,
      option: null,
    };
    let rowHasCellProblem = false;
    for (const column of ANSWER_COLUMNS) {
      const reading = readings.get(column)!;
      if (reading.kind === 'empty') continue;
      if (!used.includes(column.key)) {
        problems.push(problem('NOT_APPLICABLE', sheet.name, r, column));
        rowHasCellProblem = true;
        continue;
      }
      const typed = typedValue(column, reading, indicator);
      if ('problem' in typed) {
        problems.push(problem(typed.problem, sheet.name, r, column));
        rowHasCellProblem = true;
      } else answer[column.key] = typed.value;
    }
    let note: string | null = null;
    if (noteReading.kind === 'formula-without-value' || noteReading.kind === 'invalid') {
      problems.push(
        problem(noteReading.kind === 'invalid' ? 'WRONG_TYPE' : 'FORMULA_WITHOUT_VALUE', sheet.name, r, COLUMNS.note),
      );
      rowHasCellProblem = true;
    } else if (noteReading.kind !== 'empty') note = String(noteReading.value);
    for (const error of validateNote(note)) {
      problems.push(problem(DOMAIN_CODE[error.code] ?? 'NOTE_INVALID', sheet.name, r, COLUMNS.note));
      rowHasCellProblem = true;
    }
    if (rowHasCellProblem) continue;
    const typedAnswer = answer as unknown as Answer;
    const errors = validateAnswerFor(indicator, typedAnswer, '');
    // One problem per cell: a cell already refused for its type is not refused again.
    const reported = new Set<string>();
    for (const error of errors) {
      const column = ANSWER_COLUMNS.find((c) => c.key === error.field) ?? COLUMNS.code;
      if (reported.has(column.letter)) continue;
      reported.add(column.letter);
      problems.push(problem(DOMAIN_CODE[error.code] ?? 'WRONG_TYPE', sheet.name, r, column));
    }
    if (errors.length > 0) continue;
    candidates.push({
      sheet: sheet.name,
      row: r,
      kecamatanCode,
      indicatorCode: indicator.code,
      indicatorId: indicator.id,
      numerator: typedAnswer.numerator ?? null,
      denominator: typedAnswer.denominator ?? null,
      count: typedAnswer.count ?? null,
      yes: typedAnswer.yes ?? null,
      option: typedAnswer.option ?? null,
      note,
      expectedVersion: versionOf.get(`${sheet.name}|${indicator.code}`) ?? 0,
    });
  }
  return candidates;
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
): Promise<Array<{ id: string; kecamatanCode: string; indicatorId: string; version: number }>> {
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
