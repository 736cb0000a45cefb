import type ExcelJS from 'exceljs';
import { newWorkbook } from '../export/excel.js';
import { localized, type ContentLanguage } from '@kecala/domain';
import { dossierLabels, type DossierLabels } from './dossier-labels.js';
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
  language: ContentLanguage,
): Promise<Map<string, string>> {
  const submissions = answers.flatMap((a) => (a.view ? [a.view] : []));
  const previousYear = new SubmissionPreviousYearService(new IndicatorService());
  return plausibilityTexts(ctx, previousYear, submissions, exportLabels(language), language);
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
  l: DossierLabels,
) {
  const sheet = workbook.addWorksheet(l.coverSheet);
  sheet.columns = [
    { header: l.title, key: 'label', width: 28 },
    { header: '', key: 'value', width: 70 },
  ];
  const answered = viewed.filter((a) => a.view?.answer);
  const verified = viewed.filter((a) => a.view?.status === 'VERIFIED');
  const values: Array<string | number> = [
    scopeTitle(content.scope, content),
    content.scope.year,
    `${content.catalog.period.indicatorSet.code} ${content.catalog.period.indicatorSet.name}`,
    content.kecamatans.length,
    content.answers.length,
    answered.length,
    verified.length,
    placed.length,
    wib(new Date()),
    ctx.user ? `${ctx.user.displayName} (${ctx.user.username})` : '',
    l.contents,
  ];
  const rows = values.map((value, index) => [l.cover[index], value] as const);
  for (const [label, value] of rows) sheet.addRow({ label, value });
  sheet.getColumn('value').alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).font = { bold: true, size: 14 };
}

/** One row of "Jawaban": an indicator of a kecamatan, answered or not. */
function answerRow(
  { answer, view }: ViewedAnswer,
  plausibility: ReadonlyMap<string, string>,
  evidenceCounts: ReadonlyMap<string, number>,
  language: ContentLanguage,
): Record<string, string | number | null> {
  const { kecamatan, indicator } = answer;
  const labels = exportLabels(language);
  return {
    kecamatanCode: kecamatan.code,
    kecamatan: kecamatan.name,
    cluster: indicator.clusterCode,
    code: indicator.code,
    name: localized(indicator.name, indicator.nameEn, language),
    answer: answerText(indicator, view?.answer ?? null, labels, language),
    points: view?.points ?? 0,
    verifiedAnswer: answerText(indicator, view?.verifiedAnswer ?? null, labels, language),
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
  language: ContentLanguage,
) {
  const l = dossierLabels(language);
  const sheet = workbook.addWorksheet(l.answersSheet);
  sheet.columns = [
    { header: l.answers.kecamatanCode, key: 'kecamatanCode', width: 11 },
    { header: l.answers.kecamatan, key: 'kecamatan', width: 16 },
    { header: l.answers.cluster, key: 'cluster', width: 8 },
    { header: l.answers.code, key: 'code', width: 9 },
    { header: l.answers.name, key: 'name', width: 44 },
    { header: l.answers.answer, key: 'answer', width: 16 },
    { header: l.answers.points, key: 'points', width: 8 },
    { header: l.answers.verifiedAnswer, key: 'verifiedAnswer', width: 16 },
    { header: l.answers.verifiedPoints, key: 'verifiedPoints', width: 11 },
    { header: l.answers.status, key: 'status', width: 14 },
    { header: l.answers.verifier, key: 'verifier', width: 18 },
    { header: l.answers.verifiedAt, key: 'verifiedAt', width: 16 },
    { header: l.answers.statusChangedAt, key: 'statusChangedAt', width: 16 },
    { header: l.answers.updatedAt, key: 'updatedAt', width: 16 },
    { header: l.answers.updater, key: 'updater', width: 18 },
    { header: l.answers.note, key: 'note', width: 30 },
    { header: l.answers.verificationNote, key: 'verificationNote', width: 30 },
    { header: l.answers.statusReason, key: 'statusReason', width: 30 },
    { header: l.answers.plausibility, key: 'plausibility', width: 30 },
    { header: l.answers.evidenceCount, key: 'evidenceCount', width: 9 },
  ];
  const counts = new Map<string, number>();
  for (const { file } of placed) {
    const key = `${file.kecamatan.code}|${file.indicator.id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const item of viewed) sheet.addRow(answerRow(item, plausibility, counts, language));
  for (const key of ['name', 'note', 'verificationNote', 'statusReason', 'plausibility'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet);
}

function evidenceSheet(workbook: ExcelJS.Workbook, placed: PlacedEvidence[], l: DossierLabels) {
  const sheet = workbook.addWorksheet(l.evidenceSheet);
  sheet.columns = [
    { header: l.evidence.entry, key: 'entry', width: 60 },
    { header: l.evidence.kecamatan, key: 'kecamatan', width: 16 },
    { header: l.evidence.indicator, key: 'indicator', width: 9 },
    { header: l.evidence.requirement, key: 'requirement', width: 40 },
    { header: l.evidence.originalName, key: 'originalName', width: 30 },
    { header: l.evidence.mimeType, key: 'mimeType', width: 16 },
    { header: l.evidence.size, key: 'size', width: 12 },
    { header: l.evidence.uploadedAt, key: 'uploadedAt', width: 16 },
    { header: l.evidence.verdictBy, key: 'verdictBy', width: 18 },
    { header: l.evidence.verdictAt, key: 'verdictAt', width: 16 },
    { header: l.evidence.sha256, key: 'sha256', width: 66 },
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
  language: ContentLanguage = 'id',
): Promise<Buffer> {
  const l = dossierLabels(language);
  const workbook = await newWorkbook();
  workbook.creator = 'KECALA Patriot';
  const viewed: ViewedAnswer[] = content.answers.map((answer) => ({
    answer,
    view: answer.submission ? toSubmission(answer.submission, content.scope.year, answer.indicator) : null,
  }));
  coverSheet(workbook, ctx, content, viewed, placed, l);
  answersSheet(workbook, viewed, await plausibilityNotes(ctx, viewed, language), placed, language);
  evidenceSheet(workbook, placed, l);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
