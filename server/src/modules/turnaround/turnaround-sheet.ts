import type ExcelJS from 'exceljs';
import type { Turnaround, TurnaroundFigure, TurnaroundGroup } from './turnaround.types.js';

const days = (value: number | null) => value ?? '';
const share = (value: number | null) => (value == null ? '' : Math.round(value * 100));

function figureColumns(prefix: string, figure: TurnaroundFigure): Record<string, number | string> {
  return {
    [`${prefix}count`]: figure.count,
    [`${prefix}median`]: days(figure.medianWorkDays),
    [`${prefix}p90`]: days(figure.p90WorkDays),
    [`${prefix}share`]: share(figure.withinOneWorkDayShare),
    [`${prefix}waiting`]: figure.waiting,
  };
}

/**
 * The "Waktu tanggap" sheet of an export: overall, per kecamatan, per cluster and per evaluator,
 * decisions (diajukan → diverifikasi/dikembalikan) and resubmissions (dikembalikan → diajukan
 * ulang), in working days.
 */
export function addTurnaroundSheet(workbook: ExcelJS.Workbook, turnaround: Turnaround): void {
  const sheet = workbook.addWorksheet('Waktu tanggap');
  const figureHeaders = (prefix: string, label: string) => [
    { header: `${label}: jumlah`, key: `${prefix}count`, width: 10 },
    { header: `${label}: median (hari kerja)`, key: `${prefix}median`, width: 14 },
    { header: `${label}: p90 (hari kerja)`, key: `${prefix}p90`, width: 14 },
    { header: `${label}: ≤ 1 hari kerja (%)`, key: `${prefix}share`, width: 14 },
    { header: `${label}: masih menunggu`, key: `${prefix}waiting`, width: 12 },
  ];
  sheet.columns = [
    { header: 'Kelompok', key: 'group', width: 12 },
    { header: 'Kode', key: 'code', width: 12 },
    { header: 'Nama', key: 'name', width: 28 },
    ...figureHeaders('d-', 'Keputusan'),
    ...figureHeaders('r-', 'Pengajuan ulang'),
  ];
  const add = (group: string, row: TurnaroundGroup) =>
    sheet.addRow({
      group,
      code: row.code === 'ALL' ? '' : row.code,
      name: row.code === 'ALL' ? `Semua, tahun ${turnaround.year}` : row.name,
      ...figureColumns('d-', row.decision),
      ...figureColumns('r-', row.resubmission),
    });
  add('Semua', turnaround.overall);
  turnaround.byKecamatan.forEach((g) => add('Kecamatan', g));
  turnaround.byCluster.forEach((g) => add('Klaster', g));
  turnaround.byEvaluator.forEach((g) => add('Evaluator', g));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}
