import ExcelJS from 'exceljs';
import { percentageOf, type Answer, type ScoringRule } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import { queryEvidenceFiles } from '../evidence/evidence.loaders.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import type { ScoreBasis } from '../scoring/gap.types.js';
import { ScoringService } from '../scoring/scoring.service.js';
import { SubmissionService } from '../submission/submission.service.js';
import type { SubmissionStatus } from '../submission/submission.entity.js';
import { addTurnaroundSheet } from '../turnaround/turnaround-sheet.js';
import { TurnaroundService } from '../turnaround/turnaround.service.js';

export interface Workbook {
  filename: string;
  bytes: Buffer;
}

const STATUS_LABEL: Record<SubmissionStatus, string> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  RETURNED: 'Dikembalikan',
  VERIFIED: 'Terverifikasi',
};

const CATEGORY_LABEL: Record<string, string> = {
  NONE: 'Belum berkategori',
  PRATAMA: 'Pratama',
  MADYA: 'Madya',
  NINDYA: 'Nindya',
  UTAMA: 'Utama',
  KLA: 'KLA',
};

/** An answer as a person reads it: "45/50 (90%)", "12", "Ya", or the option's label. */
function answerText(indicator: Pick<IndicatorEntity, 'measureType' | 'scoringRule'>, answer: Answer | null): string {
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
      return answer.yes == null ? '' : answer.yes ? 'Ya' : 'Tidak';
    case 'OPTIONS': {
      const rule = indicator.scoringRule as ScoringRule;
      const option = rule.type === 'OPTIONS' ? rule.options.find((o) => o.value === answer.option) : undefined;
      return option?.label ?? answer.option ?? '';
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

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel workbooks of the scoreboard and of one kecamatan, with Indonesian headers. */
export class ExportService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly scoring: ScoringService,
    private readonly submissions: SubmissionService,
    private readonly turnaround: TurnaroundService = new TurnaroundService(),
  ) {}

  /** The 12 kecamatan, highest total on the basis first (evaluators, admins, API tokens). */
  async scoreboardWorkbook(ctx: RequestContext, year: number, basis: ScoreBasis): Promise<Workbook> {
    const board = await this.scoring.scoreboard(ctx, year);
    const key = (s: (typeof board)[number]) => (basis === 'VERIFIED' ? s.verifiedTotal : s.total);
    const rows = [...board].sort((a, b) => key(b) - key(a) || a.kecamatan.code.localeCompare(b.kecamatan.code));
    const clusters = rows[0]?.clusters.map((c) => c.cluster) ?? [];

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'KECALA Patriot';
    const sheet = workbook.addWorksheet(`Skor ${year}`);
    sheet.columns = [
      { header: 'Kode', key: 'code', width: 11 },
      { header: 'Kecamatan', key: 'name', width: 18 },
      { header: 'Nilai mandiri', key: 'total', width: 13 },
      { header: 'Nilai terverifikasi', key: 'verifiedTotal', width: 13 },
      { header: 'Kategori mandiri', key: 'category', width: 16 },
      { header: 'Kategori terverifikasi', key: 'verifiedCategory', width: 16 },
      ...clusters.flatMap((c) => [
        { header: `${c.code} mandiri`, key: `${c.code}-self`, width: 11 },
        { header: `${c.code} terverifikasi`, key: `${c.code}-verified`, width: 11 },
      ]),
    ];
    for (const score of rows) {
      const row: Record<string, string | number> = {
        code: score.kecamatan.code,
        name: score.kecamatan.name,
        total: score.total,
        verifiedTotal: score.verifiedTotal,
        category: CATEGORY_LABEL[score.category],
        verifiedCategory: CATEGORY_LABEL[score.verifiedCategory],
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
    const suffix = basis === 'VERIFIED' ? 'terverifikasi' : 'mandiri';
    return { filename: `skor-kla-${year}-${suffix}.xlsx`, bytes: await toBuffer(workbook) };
  }

  /** One kecamatan: a summary sheet and one sheet per cluster (operators: their own kecamatan). */
  async kecamatanWorkbook(ctx: RequestContext, year: number, kecamatanCode: string): Promise<Workbook> {
    assertCanReadKecamatan(ctx, kecamatanCode);
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

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'KECALA Patriot';
    const summary = workbook.addWorksheet('Ringkasan');
    summary.columns = [
      { header: 'Klaster', key: 'code', width: 10 },
      { header: 'Nama klaster', key: 'name', width: 44 },
      { header: 'Nilai mandiri', key: 'score', width: 13 },
      { header: 'Nilai terverifikasi', key: 'verifiedScore', width: 13 },
      { header: 'Nilai maksimum', key: 'maxPoints', width: 13 },
      { header: 'Indikator terjawab', key: 'answered', width: 12 },
      { header: 'Indikator terverifikasi', key: 'verified', width: 12 },
      { header: 'Jumlah indikator', key: 'indicatorCount', width: 12 },
    ];
    for (const c of score.clusters) {
      summary.addRow({
        code: c.cluster.code,
        name: c.cluster.name,
        score: c.score,
        verifiedScore: c.verifiedScore,
        maxPoints: c.maxPoints,
        answered: c.answered,
        verified: c.verified,
        indicatorCount: c.indicatorCount,
      });
    }
    summary.addRow({
      code: 'Total',
      name: `${score.kecamatan.name} (${score.kecamatan.code}), tahun ${year}`,
      score: score.total,
      verifiedScore: score.verifiedTotal,
      maxPoints: score.maxTotal,
    });
    summary.addRow({
      code: 'Kategori',
      name: `Mandiri: ${CATEGORY_LABEL[score.category]}; terverifikasi: ${CATEGORY_LABEL[score.verifiedCategory]}`,
    });
    styleHeader(summary);

    for (const cluster of catalog.clusters) {
      const sheet = workbook.addWorksheet(cluster.code);
      sheet.columns = [
        { header: 'No', key: 'number', width: 5 },
        { header: 'Kode', key: 'code', width: 9 },
        { header: 'Indikator', key: 'name', width: 50 },
        { header: 'Jawaban', key: 'answer', width: 18 },
        { header: 'Nilai', key: 'points', width: 8 },
        { header: 'Jawaban terverifikasi', key: 'verifiedAnswer', width: 18 },
        { header: 'Nilai terverifikasi', key: 'verifiedPoints', width: 12 },
        { header: 'Status', key: 'status', width: 14 },
        { header: 'Jumlah bukti', key: 'evidenceCount', width: 8 },
        { header: 'Berkas bukti', key: 'evidenceFiles', width: 40 },
      ];
      for (const view of cluster.indicators) {
        const indicator = catalog.indicatorsByCode.get(view.code)!;
        const submission = byIndicator.get(view.code);
        const own = submission ? files.filter((f) => f.submissionId === submission.id) : [];
        sheet.addRow({
          number: indicator.number,
          code: indicator.code,
          name: indicator.name,
          answer: answerText(indicator, submission?.answer ?? null),
          points: submission?.points ?? 0,
          verifiedAnswer: answerText(indicator, submission?.verifiedAnswer ?? null),
          verifiedPoints: submission?.verifiedPoints ?? null,
          status: submission ? STATUS_LABEL[submission.status] : 'Belum diisi',
          evidenceCount: own.length,
          evidenceFiles: own.map((f) => f.originalName).join('\n'),
        });
      }
      sheet.getColumn('name').alignment = { wrapText: true, vertical: 'top' };
      sheet.getColumn('evidenceFiles').alignment = { wrapText: true, vertical: 'top' };
      styleHeader(sheet);
    }
    addTurnaroundSheet(workbook, await this.turnaround.turnaround(ctx, { year, kecamatanCode, clusterCode: null }));
    return {
      filename: `kla-${year}-${safeName(score.kecamatan.code)}-${safeName(score.kecamatan.name)}.xlsx`,
      bytes: await toBuffer(workbook),
    };
  }
}
