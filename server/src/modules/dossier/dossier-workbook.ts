import ExcelJS from 'exceljs';
import type { RequestContext } from '../../graphql/request-context.js';
import { printable } from './dossier-names.js';
import { answerText, plausibilityTexts } from '../export/export.service.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import { SubmissionPreviousYearService } from '../submission/submission-previous-year.service.js';
import { exportLabels } from '../export/export-labels.js';
import { toSubmission } from '../submission/submission.service.js';
import type { Submission } from '../submission/submission.types.js';
import type { DossierAnswer, DossierContent, DossierEvidence, DossierScope } from './dossier.service.js';

/** A dossier file's place in the ZIP, decided before the workbook lists it. */
export interface PlacedEvidence {
  file: DossierEvidence;
  entryName: string;
}

const JAKARTA = 'Asia/Jakarta';

/** "2026-03-01 07:00" in WIB: dates as the city reads them, and sortable. */
export function wib(date: Date | null | undefined): string {
  if (!date) return '';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: JAKARTA, dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function scopeTitle(scope: DossierScope, content: Pick<DossierContent, 'kecamatans' | 'catalog'>): string {
  switch (scope.kind) {
    case 'kecamatan': {
      const kecamatan = content.kecamatans[0];
      return `Kecamatan ${kecamatan?.name ?? scope.kecamatanCode} (${scope.kecamatanCode})`;
    }
    case 'cluster': {
      const cluster = content.catalog.clusters.find((c) => c.code === scope.clusterCode);
      return `Klaster ${scope.clusterCode}${cluster ? ` ${cluster.name}` : ''}, seluruh kecamatan`;
    }
    case 'city':
      return 'Seluruh kecamatan';
  }
}

/** An answer of the scope with its GraphQL view (null while unanswered). */
export interface ViewedAnswer {
  answer: DossierAnswer;
  view: Submission | null;
}

/**
 * Column "Catatan kewajaran": per submission id, the plausibility warnings of its value in words
 * and the operator's confirming note, as the kecamatan workbook's "Kewajaran" column writes them
 * (last year's answers through the request's loader: one statement for the whole scope).
 */
export async function plausibilityNotes(
  ctx: RequestContext,
  answers: readonly ViewedAnswer[],
): Promise<Map<string, string>> {
  const submissions = answers.flatMap((a) => (a.view ? [a.view] : []));
  const previousYear = new SubmissionPreviousYearService(new IndicatorService());
  return plausibilityTexts(ctx, previousYear, submissions, exportLabels('id'), 'id');
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function coverSheet(
  workbook: ExcelJS.Workbook,
  ctx: RequestContext,
  content: DossierContent,
  viewed: readonly ViewedAnswer[],
  placed: PlacedEvidence[],
) {
  const sheet = workbook.addWorksheet('Sampul');
  sheet.columns = [
    { header: 'Dosir KLA', key: 'label', width: 28 },
    { header: '', key: 'value', width: 70 },
  ];
  const answered = viewed.filter((a) => a.view?.answer);
  const verified = viewed.filter((a) => a.view?.status === 'VERIFIED');
  const rows: Array<[string, string | number]> = [
    ['Cakupan', scopeTitle(content.scope, content)],
    ['Tahun', content.scope.year],
    ['Set indikator', `${content.catalog.period.indicatorSet.code} ${content.catalog.period.indicatorSet.name}`],
    ['Jumlah kecamatan', content.kecamatans.length],
    ['Indikator × kecamatan', content.answers.length],
    ['Terjawab', answered.length],
    ['Terverifikasi', verified.length],
    ['Berkas bukti diterima', placed.length],
    ['Dibuat', wib(new Date())],
    ['Dibuat oleh', ctx.user ? `${ctx.user.displayName} (${ctx.user.username})` : ''],
    [
      'Isi',
      'Lembar "Jawaban": nilai, poin, status, verifikator, tanggal, catatan. Lembar "Bukti": setiap berkas bukti yang diterima evaluator (berkas yang masih menunggu atau dinilai kurang tidak disertakan), dengan letaknya di arsip ini. manifest.json dan SHA256SUMS: checksum SHA-256 setiap berkas.',
    ],
  ];
  for (const [label, value] of rows) sheet.addRow({ label, value });
  sheet.getColumn('value').alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).font = { bold: true, size: 14 };
}

/** One row of "Jawaban": an indicator of a kecamatan, answered or not. */
function answerRow(
  { answer, view }: ViewedAnswer,
  plausibility: ReadonlyMap<string, string>,
  evidenceCounts: ReadonlyMap<string, number>,
): Record<string, string | number | null> {
  const { kecamatan, indicator } = answer;
  const labels = exportLabels('id');
  return {
    kecamatanCode: kecamatan.code,
    kecamatan: kecamatan.name,
    cluster: indicator.clusterCode,
    code: indicator.code,
    name: indicator.name,
    answer: answerText(indicator, view?.answer ?? null, labels, 'id'),
    points: view?.points ?? 0,
    verifiedAnswer: answerText(indicator, view?.verifiedAnswer ?? null, labels, 'id'),
    verifiedPoints: view?.verifiedPoints ?? null,
    status: view ? labels.status[view.status] : labels.notAnswered,
    verifier: view?.verifiedAt ? (answer.verifierName ?? '') : '',
    verifiedAt: wib(view?.verifiedAt),
    statusChangedAt: wib(view?.statusChangedAt),
    updatedAt: wib(view?.updatedAt),
    updater: answer.updaterName ?? '',
    note: view?.note ?? '',
    verificationNote: view?.verificationNote ?? '',
    statusReason: view?.statusReason ?? '',
    plausibility: (view && plausibility.get(view.id)) ?? '',
    evidenceCount: evidenceCounts.get(`${kecamatan.code}|${indicator.id}`) ?? 0,
  };
}

function answersSheet(
  workbook: ExcelJS.Workbook,
  viewed: readonly ViewedAnswer[],
  plausibility: ReadonlyMap<string, string>,
  placed: PlacedEvidence[],
) {
  const sheet = workbook.addWorksheet('Jawaban');
  sheet.columns = [
    { header: 'Kode kecamatan', key: 'kecamatanCode', width: 11 },
    { header: 'Kecamatan', key: 'kecamatan', width: 16 },
    { header: 'Klaster', key: 'cluster', width: 8 },
    { header: 'Kode', key: 'code', width: 9 },
    { header: 'Indikator', key: 'name', width: 44 },
    { header: 'Jawaban', key: 'answer', width: 16 },
    { header: 'Nilai', key: 'points', width: 8 },
    { header: 'Jawaban terverifikasi', key: 'verifiedAnswer', width: 16 },
    { header: 'Nilai terverifikasi', key: 'verifiedPoints', width: 11 },
    { header: 'Status', key: 'status', width: 14 },
    { header: 'Verifikator', key: 'verifier', width: 18 },
    { header: 'Diverifikasi', key: 'verifiedAt', width: 16 },
    { header: 'Status berubah', key: 'statusChangedAt', width: 16 },
    { header: 'Terakhir diubah', key: 'updatedAt', width: 16 },
    { header: 'Diubah oleh', key: 'updater', width: 18 },
    { header: 'Catatan operator', key: 'note', width: 30 },
    { header: 'Catatan verifikasi', key: 'verificationNote', width: 30 },
    { header: 'Alasan dikembalikan/dibuka', key: 'statusReason', width: 30 },
    { header: 'Catatan kewajaran', key: 'plausibility', width: 30 },
    { header: 'Bukti diterima', key: 'evidenceCount', width: 9 },
  ];
  const counts = new Map<string, number>();
  for (const { file } of placed) {
    const key = `${file.kecamatan.code}|${file.indicator.id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const item of viewed) sheet.addRow(answerRow(item, plausibility, counts));
  for (const key of ['name', 'note', 'verificationNote', 'statusReason', 'plausibility'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet);
}

function evidenceSheet(workbook: ExcelJS.Workbook, placed: PlacedEvidence[]) {
  const sheet = workbook.addWorksheet('Bukti');
  sheet.columns = [
    { header: 'Berkas dalam arsip', key: 'entry', width: 60 },
    { header: 'Kecamatan', key: 'kecamatan', width: 16 },
    { header: 'Indikator', key: 'indicator', width: 9 },
    { header: 'Butir bukti', key: 'requirement', width: 40 },
    { header: 'Nama asli', key: 'originalName', width: 30 },
    { header: 'Jenis', key: 'mimeType', width: 16 },
    { header: 'Ukuran (byte)', key: 'size', width: 12 },
    { header: 'Diunggah', key: 'uploadedAt', width: 16 },
    { header: 'Diterima oleh', key: 'verdictBy', width: 18 },
    { header: 'Diterima', key: 'verdictAt', width: 16 },
    { header: 'SHA-256', key: 'sha256', width: 66 },
  ];
  for (const { file, entryName } of placed) {
    sheet.addRow({
      entry: entryName,
      kecamatan: file.kecamatan.name,
      indicator: file.indicator.code,
      requirement: `${file.requirementCode}: ${file.requirementLabel}`,
      originalName: printable(file.originalName),
      mimeType: file.mimeType,
      size: file.sizeBytes,
      uploadedAt: wib(file.uploadedAt),
      verdictBy: file.verdictByName ?? '',
      verdictAt: wib(file.verdictAt),
      sha256: file.sha256,
    });
  }
  styleHeader(sheet);
}

/** The cover workbook: a cover sheet, every answer of the scope, every file in the archive. */
export async function dossierWorkbook(
  ctx: RequestContext,
  content: DossierContent,
  placed: PlacedEvidence[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KECALA Patriot';
  const viewed: ViewedAnswer[] = content.answers.map((answer) => ({
    answer,
    view: answer.submission ? toSubmission(answer.submission, content.scope.year, answer.indicator) : null,
  }));
  coverSheet(workbook, ctx, content, viewed, placed);
  answersSheet(workbook, viewed, await plausibilityNotes(ctx, viewed), placed);
  evidenceSheet(workbook, placed);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
