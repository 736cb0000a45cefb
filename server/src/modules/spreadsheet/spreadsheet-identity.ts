import type ExcelJS from 'exceljs';
import { SPREADSHEET_LIMITS, cellText, readCell } from './spreadsheet-file.js';
import { META_SHEET, META_TABLE_ROW, TEMPLATE_FORMAT } from './spreadsheet.layout.js';

/** What an upload's identity sheet says: the template's year and set, whose each sheet is, each row's version. */
export interface TemplateIdentity {
  year: number;
  indicatorSetCode: string | null;
  /** The kecamatan code of each data sheet, by sheet name. */
  kecamatanOfSheet: Map<string, string>;
  /** Each row's submission version at download, by "sheet name|indicator code". */
  versionOf: Map<string, number>;
}

/** Reads the identity sheet written by buildTemplate; null when there is none, or not of this format, or no year. */
export function readIdentity(workbook: ExcelJS.Workbook): TemplateIdentity | null {
  const meta = workbook.getWorksheet(META_SHEET);
  const year = Number(meta ? readCellNumber(meta.getCell('B2').value) : NaN);
  if (!meta || cellText(meta.getCell('B1').value) !== TEMPLATE_FORMAT || !Number.isInteger(year)) return null;
  return { year, indicatorSetCode: cellText(meta.getCell('B3').value), ...readIdentityTable(meta) };
}

/** The identity table: which kecamatan each sheet is, and each row's version at download. */
function readIdentityTable(meta: ExcelJS.Worksheet): Pick<TemplateIdentity, 'kecamatanOfSheet' | 'versionOf'> {
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
  return { kecamatanOfSheet, versionOf };
}

function readCellNumber(value: ExcelJS.CellValue): number | null {
  const reading = readCell(value);
  if (reading.kind === 'number') return reading.value;
  if (reading.kind === 'text' && /^\d+$/.test(reading.value)) return Number(reading.value);
  return null;
}
