import zlib from 'node:zlib';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../export/excel.js';

/** Upload limits: the body, what it may unpack to (zip bombs), sheets and rows. */
export const SPREADSHEET_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxUncompressedBytes: 40 * 1024 * 1024,
  maxZipEntries: 400,
  maxSheets: 40,
  maxRowsPerSheet: 1000,
} as const;

export type SpreadsheetFileErrorCode = 'EMPTY_FILE' | 'NOT_XLSX' | 'TOO_LARGE';

/** The upload is not something we read at all: refused before any row is looked at. */
export class SpreadsheetFileError extends Error {
  constructor(
    readonly code: SpreadsheetFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetFileError';
  }

  get status(): number {
    return this.code === 'TOO_LARGE' ? 413 : this.code === 'NOT_XLSX' ? 415 : 400;
  }
}

const notXlsx = () =>
  new SpreadsheetFileError(
    'NOT_XLSX',
    'Berkas bukan lembar kerja Excel (.xlsx). Unggah templat yang diunduh dari KECALA.',
  );

/**
 * Checks the zip container before ExcelJS unpacks it: a real xlsx signature, a bounded number of
 * entries, and an inflated size within the limit. Each entry is inflated here with a hard output
 * cap, so a zip that lies about its sizes (a zip bomb) is stopped at the cap, not in ExcelJS.
 */
function checkZipContainer(bytes: Buffer, limits = SPREADSHEET_LIMITS): void {
  if (bytes.length === 0) throw new SpreadsheetFileError('EMPTY_FILE', 'Berkas kosong.');
  if (bytes.length > limits.maxBytes)
    throw new SpreadsheetFileError('TOO_LARGE', `Berkas lebih besar dari batas ${limits.maxBytes / 1024 / 1024} MB.`);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const entries = bytes.readUInt16LE(eocd + 10);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff)
    throw new SpreadsheetFileError('TOO_LARGE', 'Berkas terlalu besar untuk dibaca.');
  if (entries > limits.maxZipEntries)
    throw new SpreadsheetFileError('TOO_LARGE', 'Berkas memuat terlalu banyak bagian.');
  let budget = limits.maxUncompressedBytes;
  let at = directoryOffset;
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw notXlsx();
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50) throw notXlsx();
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw notXlsx();
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new SpreadsheetFileError(
            'TOO_LARGE',
            'Isi berkas terlalu besar setelah dibuka (lebih dari batas yang diizinkan).',
          );
        }
        throw notXlsx();
      }
    } else throw notXlsx();
    budget -= size;
    if (budget < 0)
      throw new SpreadsheetFileError(
        'TOO_LARGE',
        'Isi berkas terlalu besar setelah dibuka (lebih dari batas yang diizinkan).',
      );
  }
}

/** Loads a checked container with ExcelJS; anything it cannot read is "not an xlsx". */
export async function loadWorkbook(bytes: Buffer, limits = SPREADSHEET_LIMITS): Promise<ExcelJS.Workbook> {
  checkZipContainer(bytes, limits);
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notXlsx();
  }
  if (workbook.worksheets.length === 0) throw notXlsx();
  if (workbook.worksheets.length > limits.maxSheets)
    throw new SpreadsheetFileError('TOO_LARGE', 'Berkas memuat terlalu banyak lembar.');
  return workbook;
}

/** A cell as the import reads it. Formulas count by their cached result (what Excel shows). */
export type CellReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula-without-value' }
  | { kind: 'invalid' };

export function readCell(value: ExcelJS.CellValue): CellReading {
  if (value == null) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.trim() };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'invalid' };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return { kind: 'formula-without-value' };
      return readCell(result as ExcelJS.CellValue);
    }
    if ('richText' in value) return readCell(value.richText.map((part) => part.text).join(''));
    if ('text' in value && typeof (value as { text: unknown }).text === 'string')
      return readCell((value as { text: string }).text);
    if ('error' in value) return { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

/** Plain text of a cell for identifiers (codes, sheet names in the identity sheet). */
export function cellText(value: ExcelJS.CellValue): string | null {
  const reading = readCell(value);
  if (reading.kind === 'text') return reading.value;
  if (reading.kind === 'number') return String(reading.value);
  return null;
}
