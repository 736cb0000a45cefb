/**
 * What can be wrong in an uploaded spreadsheet, one code per problem. Messages are in Bahasa
 * Indonesia (the users' language); the client translates by code. A new code without a message
 * does not compile.
 */
export const SPREADSHEET_PROBLEM_CODES = [
  'NOT_A_TEMPLATE',
  'WRONG_INDICATOR_SET',
  'NO_PERIOD',
  'PERIOD_CLOSED',
  'UNKNOWN_KECAMATAN',
  'OTHER_KECAMATAN',
  'TOO_MANY_ROWS',
  'UNKNOWN_INDICATOR',
  'DUPLICATE_INDICATOR',
  'WRONG_TYPE',
  'NOT_A_WHOLE_NUMBER',
  'NEGATIVE',
  'TOO_LARGE',
  'MISSING_VALUE',
  'NUMERATOR_GT_DENOMINATOR',
  'DENOMINATOR_ZERO',
  'UNKNOWN_OPTION',
  'NOT_APPLICABLE',
  'NOTE_INVALID',
  'FORMULA_WITHOUT_VALUE',
  'NOT_EDITABLE',
  'STALE',
] as const;
export type SpreadsheetProblemCode = (typeof SPREADSHEET_PROBLEM_CODES)[number];

const PROBLEM_MESSAGES: Record<SpreadsheetProblemCode, string> = {
  NOT_A_TEMPLATE: 'Berkas ini bukan templat KECALA (lembar identitas tidak ada atau rusak). Unduh templat baru.',
  WRONG_INDICATOR_SET: 'Templat dibuat untuk instrumen lain daripada yang berlaku pada tahun ini. Unduh templat baru.',
  NO_PERIOD: 'Tidak ada periode evaluasi untuk tahun templat ini.',
  PERIOD_CLOSED: 'Periode evaluasi tahun ini sudah ditutup; jawaban tidak dapat diubah.',
  UNKNOWN_KECAMATAN: 'Kecamatan pada lembar ini tidak dikenal.',
  OTHER_KECAMATAN: 'Lembar ini milik kecamatan lain; Anda hanya dapat mengimpor kecamatan Anda sendiri.',
  TOO_MANY_ROWS: 'Lembar ini memiliki terlalu banyak baris.',
  UNKNOWN_INDICATOR: 'Kode indikator tidak dikenal pada instrumen tahun ini.',
  DUPLICATE_INDICATOR: 'Indikator ini muncul lebih dari sekali pada lembar yang sama.',
  WRONG_TYPE: 'Isi sel tidak sesuai jenisnya (harus angka, atau Ya/Tidak).',
  NOT_A_WHOLE_NUMBER: 'Harus bilangan bulat.',
  NEGATIVE: 'Tidak boleh negatif.',
  TOO_LARGE: 'Angka terlalu besar.',
  MISSING_VALUE: 'Sel ini wajib diisi untuk jenis ukuran indikator ini.',
  NUMERATOR_GT_DENOMINATOR: 'Pembilang tidak boleh lebih besar dari penyebut.',
  DENOMINATOR_ZERO: 'Penyebut harus lebih dari nol.',
  UNKNOWN_OPTION: 'Bukan salah satu pilihan indikator ini.',
  NOT_APPLICABLE: 'Kolom ini tidak dipakai untuk jenis ukuran indikator ini; kosongkan.',
  NOTE_INVALID: 'Catatan terlalu panjang (maks. 2000 karakter) atau memuat karakter kendali.',
  FORMULA_WITHOUT_VALUE:
    'Sel berisi rumus tanpa nilai tersimpan; ketik nilainya langsung atau simpan ulang berkas di Excel.',
  NOT_EDITABLE: 'Jawaban ini sudah diajukan atau diverifikasi sehingga tidak dapat diubah.',
  STALE: 'Jawaban ini diubah orang lain setelah templat diunduh; unduh templat baru agar tidak menimpanya.',
};

/** One problem of an upload, where it is: sheet, row number, column letter and header. */
export interface SpreadsheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  header: string | null;
  code: SpreadsheetProblemCode;
  message: string;
}

export function problem(
  code: SpreadsheetProblemCode,
  sheet: string,
  row: number | null = null,
  column: { letter: string; header: string } | null = null,
  detail?: string,
): SpreadsheetProblem {
  return {
    sheet,
    row,
    column: column?.letter ?? null,
    header: column?.header ?? null,
    code,
    message: detail ? `${PROBLEM_MESSAGES[code]} ${detail}` : PROBLEM_MESSAGES[code],
  };
}
