import type ExcelJS from 'exceljs';
import { newWorkbook } from '../export/excel.js';
import { FIELDS_BY_MEASURE, type ScoringRule } from '@kecala/domain';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import type { SubmissionEntity, SubmissionStatus } from '../submission/submission.entity.js';
import {
  COLUMNS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  MEASURE_LABEL,
  META_SHEET,
  META_TABLE_ROW,
  ORDERED_COLUMNS,
  TEMPLATE_FORMAT,
  sheetNameFor,
  ANSWER_COLUMNS,
  type TemplateColumn,
} from './spreadsheet.layout.js';

const STATUS_LABEL: Record<SubmissionStatus, string> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  RETURNED: 'Dikembalikan',
  VERIFIED: 'Terverifikasi',
};

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;
const EDITABLE = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFE0' } } as const;

export interface TemplateInput {
  year: number;
  indicatorSetCode: string;
  clusters: ReadonlyArray<{ code: string; name: string }>;
  indicators: readonly IndicatorEntity[];
  kecamatans: ReadonlyArray<{ code: string; name: string }>;
  /** Current submissions of those kecamatan in the year. */
  submissions: readonly SubmissionEntity[];
  generatedAt: Date;
}

function optionsOf(indicator: IndicatorEntity): Array<{ value: string; label: string }> {
  const rule = indicator.scoringRule as ScoringRule;
  return rule.type === 'OPTIONS' ? rule.options.map((o) => ({ value: o.value, label: o.label })) : [];
}

/** What every kecamatan sheet needs besides its kecamatan: names, current answers, option lists. */
interface SheetContext {
  input: TemplateInput;
  meta: ExcelJS.Worksheet;
  clusterName: ReadonlyMap<string, string>;
  /** Current submissions by "kecamatanCode|indicatorId". */
  submissionOf: ReadonlyMap<string, SubmissionEntity>;
  /** The identity-sheet range of each OPTIONS indicator's labels, by indicator code. */
  optionRange: ReadonlyMap<string, string>;
}

/**
 * The entry template: one visible sheet per kecamatan (one row per indicator, only the answer
 * cells its measure type needs are open, the others grey and locked; guidance as a comment;
 * drop-down lists for Ya/Tidak and options; current answers prefilled) and a very hidden,
 * protected identity sheet (year, indicator set, each row's kecamatan and version) that the
 * import reads back.
 */
export async function buildTemplate(input: TemplateInput): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'KECALA Patriot';
  workbook.created = input.generatedAt;
  const sheets = input.kecamatans.map((k) => ({
    kecamatan: k,
    sheet: workbook.addWorksheet(sheetNameFor(k), { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }] }),
  }));
  const meta = workbook.addWorksheet(META_SHEET);
  writeIdentityHeader(meta, input);
  const context: SheetContext = {
    input,
    meta,
    clusterName: new Map(input.clusters.map((c) => [c.code, c.name])),
    submissionOf: new Map(input.submissions.map((s) => [`${s.kecamatanCode}|${s.indicatorId}`, s])),
    optionRange: writeOptionLists(meta, input.indicators),
  };
  for (const [index, { kecamatan, sheet }] of sheets.entries())
    await writeKecamatanSheet(sheet, kecamatan, META_TABLE_ROW + index * input.indicators.length, context);
  await meta.protect('', { selectLockedCells: false, selectUnlockedCells: false });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The identity sheet, very hidden: format, year, indicator set and date, then the table's header. */
function writeIdentityHeader(meta: ExcelJS.Worksheet, input: TemplateInput): void {
  meta.state = 'veryHidden';
  meta.getCell('A1').value = 'format';
  meta.getCell('B1').value = TEMPLATE_FORMAT;
  meta.getCell('A2').value = 'tahun';
  meta.getCell('B2').value = input.year;
  meta.getCell('A3').value = 'instrumen';
  meta.getCell('B3').value = input.indicatorSetCode;
  meta.getCell('A4').value = 'dibuat';
  meta.getCell('B4').value = input.generatedAt.toISOString();
  meta.getRow(META_TABLE_ROW - 1).values = [
    'lembar',
    'kecamatan',
    'indikator',
    'versi',
    '',
    'pilihan indikator',
    'pilihan…',
  ];
}

/**
 * The option lists, one row per OPTIONS indicator in the identity sheet (labels contain commas, so
 * inline lists cannot hold them); returns each list's range by indicator code.
 */
function writeOptionLists(meta: ExcelJS.Worksheet, indicators: readonly IndicatorEntity[]): Map<string, string> {
  const optionRange = new Map<string, string>();
  let optionRow = META_TABLE_ROW;
  for (const indicator of indicators) {
    const options = optionsOf(indicator);
    if (options.length === 0) continue;
    meta.getCell(optionRow, 6).value = indicator.code;
    options.forEach((o, i) => {
      meta.getCell(optionRow, 7 + i).value = o.label;
    });
    const last = meta.getCell(optionRow, 6 + options.length).address.replace(/\d+$/, '');
    optionRange.set(indicator.code, `'${META_SHEET}'!$G$${optionRow}:$${last}$${optionRow}`);
    optionRow += 1;
  }
  return optionRange;
}

/** One kecamatan's sheet: title, header, a row per indicator (its identity from `firstMetaRow` on), protection. */
async function writeKecamatanSheet(
  sheet: ExcelJS.Worksheet,
  kecamatan: { code: string; name: string },
  firstMetaRow: number,
  context: SheetContext,
): Promise<void> {
  const { input } = context;
  sheet.columns = ORDERED_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(`A1:${COLUMNS.status.letter}1`);
  const title = sheet.getCell('A1');
  title.value = `Templat isian KLA ${input.year} — Kecamatan ${kecamatan.name} (${kecamatan.code}) — instrumen ${input.indicatorSetCode}. Isi hanya sel kuning; sel abu-abu tidak dipakai.`;
  title.font = { bold: true };
  title.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(1).height = 32;
  const header = sheet.getRow(HEADER_ROW);
  header.values = ORDERED_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };

  input.indicators.forEach((indicator, index) => {
    const submission = context.submissionOf.get(`${kecamatan.code}|${indicator.id}`);
    const row = sheet.getRow(FIRST_DATA_ROW + index);
    writeIndicatorCells(row, indicator, submission, context);
    writeAnswerCells(row, indicator, submission, context);
    [sheet.name, kecamatan.code, indicator.code, submission?.version ?? 0].forEach((value, i) => {
      context.meta.getCell(firstMetaRow + index, 1 + i).value = value;
    });
  });
  // Locked cells guide the user; the import checks every cell anyway. No password: it is guidance, not security.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** The locked cells of an indicator's row: code, cluster, name with its guidance, measure type, status. */
function writeIndicatorCells(
  row: ExcelJS.Row,
  indicator: IndicatorEntity,
  submission: SubmissionEntity | undefined,
  context: SheetContext,
): void {
  row.getCell(COLUMNS.code.letter).value = indicator.code;
  row.getCell(COLUMNS.cluster.letter).value = indicator.clusterCode;
  row.getCell(COLUMNS.cluster.letter).note = context.clusterName.get(indicator.clusterCode) ?? indicator.clusterCode;
  const nameCell = row.getCell(COLUMNS.name.letter);
  nameCell.value = indicator.name;
  nameCell.alignment = { wrapText: true, vertical: 'top' };
  if (indicator.guidance)
    nameCell.note = { texts: [{ text: indicator.guidance }], margins: { insetmode: 'auto' } } as ExcelJS.Comment;
  row.getCell(COLUMNS.measure.letter).value = MEASURE_LABEL[indicator.measureType];
  // A value carried forward from last year and not yet confirmed is not an answer yet: say so.
  const carriedPending = submission?.carriedForwardPending === true;
  row.getCell(COLUMNS.status.letter).value = !submission
    ? 'Belum diisi'
    : carriedPending
      ? 'Dibawa dari tahun lalu, belum dikonfirmasi'
      : STATUS_LABEL[submission.status];
}

/** The answer cells: those the measure type uses open (prefilled, with their list or range), the others grey; the note open. */
function writeAnswerCells(
  row: ExcelJS.Row,
  indicator: IndicatorEntity,
  submission: SubmissionEntity | undefined,
  context: SheetContext,
): void {
  const used = FIELDS_BY_MEASURE[indicator.measureType];
  for (const column of ANSWER_COLUMNS) {
    const cell = row.getCell(column.letter);
    if (!used.includes(column.key)) {
      cell.fill = GREY;
      continue;
    }
    cell.protection = { locked: false };
    cell.fill = EDITABLE;
    const current = submission?.[column.key] ?? null;
    if (column.key === 'yes') writeYesCell(cell, current as boolean | null);
    else if (column.key === 'option')
      writeOptionCell(cell, indicator, current as string | null, context.optionRange.get(indicator.code)!);
    else writeNumberCell(cell, column, indicator, current as number | null);
  }
  const note = row.getCell(COLUMNS.note.letter);
  note.value = submission?.note ?? null;
  note.protection = { locked: false };
  note.fill = EDITABLE;
  note.alignment = { wrapText: true, vertical: 'top' };
}

function writeYesCell(cell: ExcelJS.Cell, current: boolean | null): void {
  cell.value = current == null ? null : current ? 'Ya' : 'Tidak';
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"Ya,Tidak"'],
    showErrorMessage: true,
    errorTitle: 'Ya/Tidak',
    error: 'Pilih Ya atau Tidak.',
  };
}

/** An option cell shows the chosen option's label and offers the indicator's list from the identity sheet. */
function writeOptionCell(cell: ExcelJS.Cell, indicator: IndicatorEntity, current: string | null, range: string): void {
  cell.value = current == null ? null : (optionsOf(indicator).find((o) => o.value === current)?.label ?? current);
  cell.alignment = { wrapText: true, vertical: 'top' };
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorTitle: 'Pilihan',
    error: 'Pilih salah satu pilihan dari daftar.',
  };
}

/** A numerator, denominator or count cell: a whole number from 0, its label as a note. */
function writeNumberCell(
  cell: ExcelJS.Cell,
  column: TemplateColumn,
  indicator: IndicatorEntity,
  current: number | null,
): void {
  cell.value = current;
  cell.dataValidation = {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 10_000_000],
    showErrorMessage: true,
    errorTitle: column.header,
    error: 'Isi bilangan bulat 0 atau lebih.',
  };
  if (column.key === 'numerator' && indicator.numeratorLabel) cell.note = indicator.numeratorLabel;
  if (column.key === 'denominator' && indicator.denominatorLabel) cell.note = indicator.denominatorLabel;
}
