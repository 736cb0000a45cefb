import type ExcelJS from 'exceljs';
import {
  type Answer,
  type AnswerField,
  FIELDS_BY_MEASURE,
  type ScoringRule,
  validateAnswerFor,
  validateNote,
} from '@kecala/domain';
import type { Catalog } from '../indicator/indicator.service.js';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import type { ImportBatchRow } from './import-batch.entity.js';
import { cellText, readCell, type CellReading } from './spreadsheet-file.js';
import { ANSWER_COLUMNS, COLUMNS, FIRST_DATA_ROW, type TemplateColumn } from './spreadsheet.layout.js';
import { problem, type SpreadsheetProblem, type SpreadsheetProblemCode } from './spreadsheet.problems.js';

/** An answer read from an upload, with its indicator's id: what the import would write. */
export interface Candidate extends ImportBatchRow {
  indicatorId: string;
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

/** Reports a problem of the row being read, in a column (null: the whole row). */
type RowProblems = (code: SpreadsheetProblemCode, column: TemplateColumn | null, detail?: string) => void;

type AnswerReadings = ReadonlyMap<TemplateColumn, CellReading>;

/** One sheet's rows as typed answers, with every problem of every cell. */
export function readSheet(
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
    const report: RowProblems = (code, column, detail) => problems.push(problem(code, sheet.name, r, column, detail));
    const readings = new Map(ANSWER_COLUMNS.map((c) => [c, readCell(row.getCell(c.letter).value)]));
    const indicator = indicatorOfRow(row, readings, catalog, seen, report);
    if (!indicator) continue;
    const read = readAnswer(row, readings, indicator, report);
    if (!read) continue;
    const { answer, note } = read;
    candidates.push({
      sheet: sheet.name,
      row: r,
      kecamatanCode,
      indicatorCode: indicator.code,
      indicatorId: indicator.id,
      numerator: answer.numerator ?? null,
      denominator: answer.denominator ?? null,
      count: answer.count ?? null,
      yes: answer.yes ?? null,
      option: answer.option ?? null,
      note,
      expectedVersion: versionOf.get(`${sheet.name}|${indicator.code}`) ?? 0,
    });
  }
  return candidates;
}

/**
 * The indicator a row answers, or null when the row is not read: no code, an unknown or repeated
 * one (each a problem unless the row is empty), or nothing entered (left as it is: clearing an
 * answer is done in the form).
 */
function indicatorOfRow(
  row: ExcelJS.Row,
  readings: AnswerReadings,
  catalog: Catalog,
  seen: Set<string>,
  report: RowProblems,
): IndicatorEntity | null {
  const code = cellText(row.getCell(COLUMNS.code.letter).value);
  const anyAnswer = [...readings.values()].some((v) => v.kind !== 'empty');
  if (!code) {
    if (anyAnswer) report('UNKNOWN_INDICATOR', COLUMNS.code, '(kode kosong)');
    return null;
  }
  const indicator = catalog.indicatorsByCode.get(code);
  if (!indicator) {
    report('UNKNOWN_INDICATOR', COLUMNS.code, `(${code})`);
    return null;
  }
  if (seen.has(code)) {
    report('DUPLICATE_INDICATOR', COLUMNS.code, `(${code})`);
    return null;
  }
  seen.add(code);
  return anyAnswer ? indicator : null;
}

/** A row's answer and note, or null when a cell does not fit its type or the domain's rules refuse the answer. */
function readAnswer(
  row: ExcelJS.Row,
  readings: AnswerReadings,
  indicator: IndicatorEntity,
  report: RowProblems,
): { answer: Answer; note: string | null } | null {
  const cells = answerCells(readings, indicator, report);
  const note = noteCell(row, report);
  if (!cells.fit || !note.fit) return null;
  const answer = cells.answer as unknown as Answer;
  return answerRulesPass(indicator, answer, report) ? { answer, note: note.note } : null;
}

/** The answer cells by their column's type; a cell the measure type does not use, or of the wrong type, is a problem. */
function answerCells(
  readings: AnswerReadings,
  indicator: IndicatorEntity,
  report: RowProblems,
): { answer: Record<AnswerField, number | boolean | string | null>; fit: boolean } {
  const used = FIELDS_BY_MEASURE[indicator.measureType];
  const answer: Record<AnswerField, number | boolean | string | null> = {
    numerator: null,
    denominator: null,
    count: null,
    yes: null,
    option: null,
  };
  let fit = true;
  for (const column of ANSWER_COLUMNS) {
    const reading = readings.get(column)!;
    if (reading.kind === 'empty') continue;
    if (!used.includes(column.key)) {
      report('NOT_APPLICABLE', column);
      fit = false;
      continue;
    }
    const typed = typedValue(column, reading, indicator);
    if ('problem' in typed) {
      report(typed.problem, column);
      fit = false;
    } else answer[column.key] = typed.value;
  }
  return { answer, fit };
}

/** The note cell: text (checked by the domain's note rules), or a problem. */
function noteCell(row: ExcelJS.Row, report: RowProblems): { note: string | null; fit: boolean } {
  const reading = readCell(row.getCell(COLUMNS.note.letter).value);
  let note: string | null = null;
  let fit = true;
  if (reading.kind === 'formula-without-value' || reading.kind === 'invalid') {
    report(reading.kind === 'invalid' ? 'WRONG_TYPE' : 'FORMULA_WITHOUT_VALUE', COLUMNS.note);
    fit = false;
  } else if (reading.kind !== 'empty') note = String(reading.value);
  for (const error of validateNote(note)) {
    report(DOMAIN_CODE[error.code] ?? 'NOTE_INVALID', COLUMNS.note);
    fit = false;
  }
  return { note, fit };
}

/** The domain's answer rules; true when they pass, else a problem in each refused cell. */
function answerRulesPass(indicator: IndicatorEntity, answer: Answer, report: RowProblems): boolean {
  const errors = validateAnswerFor(indicator, answer, '');
  // One problem per cell: a cell already refused for its type is not refused again.
  const reported = new Set<string>();
  for (const error of errors) {
    const column = ANSWER_COLUMNS.find((c) => c.key === error.field) ?? COLUMNS.code;
    if (reported.has(column.letter)) continue;
    reported.add(column.letter);
    report(DOMAIN_CODE[error.code] ?? 'WRONG_TYPE', column);
  }
  return errors.length === 0;
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
