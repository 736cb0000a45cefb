import type { AnswerField, MeasureType } from '@kecala/domain';

/** Version of the template layout, written in the identity sheet and checked on import. */
export const TEMPLATE_FORMAT = 'KECALA-TEMPLAT-1';
/** The identity sheet: hidden from the user (veryHidden), protected, read back on import. */
export const META_SHEET = 'kecala_identitas';
/** Row of the column headers on every kecamatan sheet; indicators follow it. */
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** Identity sheet: rows 1–4 hold format, year, indicator set, date; the table starts at row 7. */
export const META_TABLE_ROW = 7;

export interface TemplateColumn {
  key: 'code' | 'cluster' | 'name' | 'measure' | AnswerField | 'note' | 'status';
  letter: string;
  header: string;
  width: number;
}

export const COLUMNS = {
  code: { key: 'code', letter: 'A', header: 'Kode', width: 9 },
  cluster: { key: 'cluster', letter: 'B', header: 'Klaster', width: 8 },
  name: { key: 'name', letter: 'C', header: 'Indikator', width: 50 },
  measure: { key: 'measure', letter: 'D', header: 'Jenis ukuran', width: 13 },
  numerator: { key: 'numerator', letter: 'E', header: 'Pembilang', width: 11 },
  denominator: { key: 'denominator', letter: 'F', header: 'Penyebut', width: 11 },
  count: { key: 'count', letter: 'G', header: 'Jumlah', width: 10 },
  yes: { key: 'yes', letter: 'H', header: 'Ya/Tidak', width: 10 },
  option: { key: 'option', letter: 'I', header: 'Pilihan', width: 40 },
  note: { key: 'note', letter: 'J', header: 'Catatan', width: 36 },
  status: { key: 'status', letter: 'K', header: 'Status', width: 14 },
} as const satisfies Record<string, TemplateColumn>;

export const ORDERED_COLUMNS: readonly TemplateColumn[] = Object.values(COLUMNS);
export const ANSWER_COLUMNS = [
  COLUMNS.numerator,
  COLUMNS.denominator,
  COLUMNS.count,
  COLUMNS.yes,
  COLUMNS.option,
] as const;

export const MEASURE_LABEL: Record<MeasureType, string> = {
  PERCENTAGE: 'Persentase',
  COUNT: 'Jumlah',
  YES_NO: 'Ya/Tidak',
  OPTIONS: 'Pilihan',
};

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetNameFor(kecamatan: { code: string; name: string }): string {
  return `${kecamatan.code} ${kecamatan.name}`
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31)
    .trim();
}
