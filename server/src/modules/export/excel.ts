import type ExcelJS from 'exceljs';

let module: Promise<typeof ExcelJS> | null = null;

/**
 * A new ExcelJS workbook. ExcelJS is loaded on the first call, not at start-up: it costs each
 * server process ~25 MB of memory, and only exports, imports and dossiers use it.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  module ??= import('exceljs').then((loaded) => loaded.default);
  return new (await module).Workbook();
}
