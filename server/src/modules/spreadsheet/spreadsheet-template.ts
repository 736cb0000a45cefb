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

  // Option lists live in the identity sheet (labels contain commas, so inline lists cannot hold them).
  const optionRange = new Map<string, string>();
  let optionRow = META_TABLE_ROW;
  for (const indicator of input.indicators) {
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

  const clusterName = new Map(input.clusters.map((c) => [c.code, c.name]));
  const byKey = new Map(input.submissions.map((s) => [`${s.kecamatanCode}|${s.indicatorId}`, s]));
  let metaRow = META_TABLE_ROW;
  for (const { kecamatan, sheet } of sheets) {
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
      const rowNumber = FIRST_DATA_ROW + index;
      const submission = byKey.get(`${kecamatan.code}|${indicator.id}`);
      const options = optionsOf(indicator);
      const row = sheet.getRow(rowNumber);
      row.getCell(COLUMNS.code.letter).value = indicator.code;
      row.getCell(COLUMNS.cluster.letter).value = indicator.clusterCode;
      row.getCell(COLUMNS.cluster.letter).note = clusterName.get(indicator.clusterCode) ?? indicator.clusterCode;
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
        if (column.key === 'yes') {
          cell.value = current == null ? null : current ? 'Ya' : 'Tidak';
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: ['"Ya,Tidak"'],
            showErrorMessage: true,
            errorTitle: 'Ya/Tidak',
            error: 'Pilih Ya atau Tidak.',
          };
        } else if (column.key === 'option') {
          cell.value = current == null ? null : (options.find((o) => o.value === current)?.label ?? String(current));
          cell.alignment = { wrapText: true, vertical: 'top' };
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [optionRange.get(indicator.code)!],
            showErrorMessage: true,
            errorTitle: 'Pilihan',
            error: 'Pilih salah satu pilihan dari daftar.',
          };
        } else {
          cell.value = current as number | null;
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
      }
      const note = row.getCell(COLUMNS.note.letter);
      note.value = submission?.note ?? null;
      note.protection = { locked: false };
      note.fill = EDITABLE;
      note.alignment = { wrapText: true, vertical: 'top' };

      [sheet.name, kecamatan.code, indicator.code, submission?.version ?? 0].forEach((value, i) => {
        meta.getCell(metaRow, 1 + i).value = value;
      });
      metaRow += 1;
    });
    // Locked cells guide the user; the import checks every cell anyway. No password: it is guidance, not security.
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  await meta.protect('', { selectLockedCells: false, selectUnlockedCells: false });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
