import type ExcelJS from 'exceljs';
import { newWorkbook } from './excel.js';
import {
  clusterScoreView,
  localized,
  percentageOf,
  type Answer,
  type ContentLanguage,
  type ScoringRule,
} from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import { queryEvidenceFiles } from '../evidence/evidence.loaders.js';
import { IndicatorService, type Catalog } from '../indicator/indicator.service.js';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import type { ScoreBasis } from '../scoring/gap.types.js';
import { ScoringService } from '../scoring/scoring.service.js';
import type { KecamatanScore } from '../scoring/scoring.types.js';
import { SubmissionService } from '../submission/submission.service.js';
import { exportLabels, type ExportLabels } from './export-labels.js';
import { SubmissionPreviousYearService } from '../submission/submission-previous-year.service.js';
import type { Submission } from '../submission/submission.types.js';
import { addTurnaroundSheet } from '../turnaround/turnaround-sheet.js';
import { TurnaroundService } from '../turnaround/turnaround.service.js';

export interface Workbook {
  filename: string;
  bytes: Buffer;
}

/** An answer as a person reads it: "45/50 (90%)", "12", "Ya", or the option's label. */
export function answerText(
  indicator: Pick<IndicatorEntity, 'measureType' | 'scoringRule'>,
  answer: Answer | null,
  labels: ExportLabels,
  language: ContentLanguage,
): string {
  if (!answer) return '';
  switch (indicator.measureType) {
    case 'PERCENTAGE': {
      if (answer.numerator == null || answer.denominator == null) return '';
      const pct = percentageOf(answer);
      return `${answer.numerator}/${answer.denominator}${pct == null ? '' : ` (${pct}%)`}`;
    }
    case 'COUNT':
      return answer.count == null ? '' : String(answer.count);
    case 'YES_NO':
      return answer.yes == null ? '' : answer.yes ? labels.yes : labels.no;
    case 'OPTIONS': {
      const rule = indicator.scoringRule as ScoringRule;
      const option = rule.type === 'OPTIONS' ? rule.options.find((o) => o.value === answer.option) : undefined;
      return option ? localized(option.label, option.labelEn, language) : (answer.option ?? '');
    }
  }
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A file name safe in a quoted Content-Disposition: ASCII letters, digits, dot, dash. */
function safeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The plausibility cell: each warning in words, then the operator's confirmation note. */
export async function plausibilityTexts(
  ctx: RequestContext,
  service: SubmissionPreviousYearService,
  submissions: readonly Submission[],
  labels: ExportLabels,
  language: ContentLanguage,
): Promise<Map<string, string>> {
  // Every submission's warnings come from one batched read of last year's answers.
  const warnings = await Promise.all(submissions.map((s) => service.plausibilityOf(ctx, s)));
  return new Map(
    submissions.map((s, i) => {
      const lines = warnings[i].map((w) => (language === 'en' ? w.messageEn : w.message));
      if (s.plausibilityNote) lines.push(labels.operatorNote(s.plausibilityNote));
      return [s.id, lines.join('\n')];
    }),
  );
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Excel workbooks of the scoreboard and of one kecamatan, in Bahasa Indonesia or English (headers,
 * labels, cluster and indicator names; an untranslated text falls back to Bahasa).
 */
export class ExportService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly scoring: ScoringService,
    private readonly submissions: SubmissionService,
    private readonly turnaround: TurnaroundService = new TurnaroundService(),
    private readonly previousYear = new SubmissionPreviousYearService(indicators),
  ) {}

  /** The 12 kecamatan, highest total on the basis first (evaluators, admins, API tokens). */
  async scoreboardWorkbook(
    ctx: RequestContext,
    year: number,
    basis: ScoreBasis,
    language: ContentLanguage = 'id',
  ): Promise<Workbook> {
    const l = exportLabels(language);
    const board = await this.scoring.scoreboard(ctx, year);
    const key = (s: (typeof board)[number]) => (basis === 'VERIFIED' ? s.verifiedTotal : s.total);
    const rows = [...board].sort((a, b) => key(b) - key(a) || a.kecamatan.code.localeCompare(b.kecamatan.code));
    const clusters = rows[0]?.clusters.map((c) => c.cluster) ?? [];

    const workbook = await newWorkbook();
    workbook.creator = 'KECALA Patriot';
    const sheet = workbook.addWorksheet(l.scoreSheet(year));
    sheet.columns = [
      { header: l.code, key: 'code', width: 11 },
      { header: l.kecamatan, key: 'name', width: 18 },
      { header: l.selfTotal, key: 'total', width: 13 },
      { header: l.verifiedTotal, key: 'verifiedTotal', width: 13 },
      { header: l.selfCategory, key: 'category', width: 16 },
      { header: l.verifiedCategory, key: 'verifiedCategory', width: 16 },
      ...clusters.flatMap((c) => [
        { header: `${c.code} ${l.self}`, key: `${c.code}-self`, width: 11 },
        { header: `${c.code} ${l.verified}`, key: `${c.code}-verified`, width: 11 },
      ]),
    ];
    for (const score of rows) {
      const row: Record<string, string | number> = {
        code: score.kecamatan.code,
        name: score.kecamatan.name,
        total: score.total,
        verifiedTotal: score.verifiedTotal,
        category: l.category[score.category],
        verifiedCategory: l.category[score.verifiedCategory],
      };
      for (const c of score.clusters) {
        row[`${c.cluster.code}-self`] = c.score;
        row[`${c.cluster.code}-verified`] = c.verifiedScore;
      }
      sheet.addRow(row);
    }
    styleHeader(sheet);
    addTurnaroundSheet(
      workbook,
      await this.turnaround.turnaround(ctx, { year, kecamatanCode: null, clusterCode: null }),
    );
    return { filename: l.scoreFile(year, basis), bytes: await toBuffer(workbook) };
  }

  /** One kecamatan: a summary sheet and one sheet per cluster (operators: their own kecamatan). */
  async kecamatanWorkbook(
    ctx: RequestContext,
    year: number,
    kecamatanCode: string,
    language: ContentLanguage = 'id',
  ): Promise<Workbook> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    const l = exportLabels(language);
    const content = await this.kecamatanContent(ctx, year, kecamatanCode, l, language);
    const workbook = await newWorkbook();
    workbook.creator = 'KECALA Patriot';
    addSummarySheet(workbook, content.score, year, l, language);
    for (const cluster of content.catalog.clusters) addClusterSheet(workbook, cluster, content, l, language);
    addTurnaroundSheet(workbook, await this.turnaround.turnaround(ctx, { year, kecamatanCode, clusterCode: null }));
    const { kecamatan } = content.score;
    return {
      filename: `kla-${year}-${safeName(kecamatan.code)}-${safeName(kecamatan.name)}.xlsx`,
      bytes: await toBuffer(workbook),
    };
  }

  /** The kecamatan's score, the year's catalog, its answers by indicator with their evidence files and plausibility cells. */
  private async kecamatanContent(
    ctx: RequestContext,
    year: number,
    kecamatanCode: string,
    l: ExportLabels,
    language: ContentLanguage,
  ): Promise<KecamatanContent> {
    const score = await this.scoring.kecamatanScore(ctx, year, kecamatanCode);
    const [catalog, submissions] = await Promise.all([
      this.indicators.catalogForYear(ctx, year),
      this.submissions.listForKecamatan(ctx, year, kecamatanCode),
    ]);
    const files =
      submissions.length === 0
        ? []
        : await queryEvidenceFiles(ctx.dataSource.manager, { submissionIds: submissions.map((s) => s.id) });
    const byIndicator = new Map(submissions.map((s) => [s.indicatorCode, s]));
    const plausibility = await plausibilityTexts(ctx, this.previousYear, submissions, l, language);
    return { score, catalog, byIndicator, files, plausibility };
  }
}

/** What the kecamatan workbook shows. */
interface KecamatanContent {
  score: KecamatanScore;
  catalog: Catalog;
  byIndicator: ReadonlyMap<string, Submission>;
  files: ReadonlyArray<{ submissionId: string; originalName: string }>;
  /** The plausibility cell of each submission, by id. */
  plausibility: ReadonlyMap<string, string>;
}

/** The summary sheet: one row per cluster, then the total and the categories. */
function addSummarySheet(
  workbook: ExcelJS.Workbook,
  score: KecamatanScore,
  year: number,
  l: ExportLabels,
  language: ContentLanguage,
): void {
  const summary = workbook.addWorksheet(l.summarySheet);
  summary.columns = [
    { header: l.cluster, key: 'code', width: 10 },
    { header: l.clusterName, key: 'name', width: 44 },
    { header: l.selfTotal, key: 'score', width: 13 },
    { header: l.verifiedTotal, key: 'verifiedScore', width: 13 },
    { header: l.maxPoints, key: 'maxPoints', width: 13 },
    { header: l.answered, key: 'answered', width: 12 },
    { header: l.verifiedCount, key: 'verified', width: 12 },
    { header: l.indicatorCount, key: 'indicatorCount', width: 12 },
  ];
  for (const c of score.clusters) summary.addRow(clusterScoreView(c, language));
  summary.addRow({
    code: l.total,
    name: l.totalOf(score.kecamatan.name, score.kecamatan.code, year),
    score: score.total,
    verifiedScore: score.verifiedTotal,
    maxPoints: score.maxTotal,
  });
  summary.addRow({
    code: l.categoryRow,
    name: l.categories(l.category[score.category], l.category[score.verifiedCategory]),
  });
  styleHeader(summary);
}

/** One cluster's sheet: a row per indicator with both answers, points, status, evidence and plausibility. */
function addClusterSheet(
  workbook: ExcelJS.Workbook,
  cluster: Catalog['clusters'][number],
  content: KecamatanContent,
  l: ExportLabels,
  language: ContentLanguage,
): void {
  const sheet = workbook.addWorksheet(cluster.code);
  sheet.columns = [
    { header: l.number, key: 'number', width: 5 },
    { header: l.code, key: 'code', width: 9 },
    { header: l.indicator, key: 'name', width: 50 },
    { header: l.answer, key: 'answer', width: 18 },
    { header: l.points, key: 'points', width: 8 },
    { header: l.verifiedAnswer, key: 'verifiedAnswer', width: 18 },
    { header: l.verifiedPoints, key: 'verifiedPoints', width: 12 },
    { header: l.statusHeader, key: 'status', width: 14 },
    { header: l.evidenceCount, key: 'evidenceCount', width: 8 },
    { header: l.evidenceFiles, key: 'evidenceFiles', width: 40 },
    { header: l.plausibility, key: 'plausibility', width: 40 },
  ];
  for (const view of cluster.indicators) {
    const indicator = content.catalog.indicatorsByCode.get(view.code)!;
    const submission = content.byIndicator.get(view.code);
    const own = submission ? content.files.filter((f) => f.submissionId === submission.id) : [];
    sheet.addRow({
      number: indicator.number,
      code: indicator.code,
      name: localized(indicator.name, indicator.nameEn, language),
      answer: answerText(indicator, submission?.answer ?? null, l, language),
      points: submission?.points ?? 0,
      verifiedAnswer: answerText(indicator, submission?.verifiedAnswer ?? null, l, language),
      verifiedPoints: submission?.verifiedPoints ?? null,
      status: submission ? l.status[submission.status] : l.notAnswered,
      evidenceCount: own.length,
      evidenceFiles: own.map((f) => f.originalName).join('\n'),
      plausibility: submission ? content.plausibility.get(submission.id) : '',
    });
  }
  for (const key of ['name', 'evidenceFiles', 'plausibility'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet);
}
