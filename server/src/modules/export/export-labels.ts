import type { ContentLanguage } from '@kecala/domain';
import type { SubmissionStatus } from '../submission/submission.entity.js';

/** Every fixed text of the Excel exports, in Bahasa Indonesia (the default) and English. */
export interface ExportLabels {
  status: Record<SubmissionStatus, string>;
  notAnswered: string;
  category: Record<string, string>;
  yes: string;
  no: string;
  scoreSheet: (year: number) => string;
  code: string;
  kecamatan: string;
  selfTotal: string;
  verifiedTotal: string;
  selfCategory: string;
  verifiedCategory: string;
  self: string;
  verified: string;
  summarySheet: string;
  cluster: string;
  clusterName: string;
  maxPoints: string;
  answered: string;
  verifiedCount: string;
  indicatorCount: string;
  total: string;
  totalOf: (kecamatan: string, code: string, year: number) => string;
  categoryRow: string;
  categories: (self: string, verified: string) => string;
  number: string;
  indicator: string;
  answer: string;
  points: string;
  verifiedAnswer: string;
  verifiedPoints: string;
  statusHeader: string;
  evidenceCount: string;
  evidenceFiles: string;
  plausibility: string;
  operatorNote: (note: string) => string;
  scoreFile: (year: number, basis: 'VERIFIED' | 'SELF_ASSESSED') => string;
}

const CATEGORY = { PRATAMA: 'Pratama', MADYA: 'Madya', NINDYA: 'Nindya', UTAMA: 'Utama', KLA: 'KLA' };

const ID: ExportLabels = {
  status: { DRAFT: 'Draf', SUBMITTED: 'Diajukan', RETURNED: 'Dikembalikan', VERIFIED: 'Terverifikasi' },
  notAnswered: 'Belum diisi',
  category: { NONE: 'Belum berkategori', ...CATEGORY },
  yes: 'Ya',
  no: 'Tidak',
  scoreSheet: (year) => `Skor ${year}`,
  code: 'Kode',
  kecamatan: 'Kecamatan',
  selfTotal: 'Nilai mandiri',
  verifiedTotal: 'Nilai terverifikasi',
  selfCategory: 'Kategori mandiri',
  verifiedCategory: 'Kategori terverifikasi',
  self: 'mandiri',
  verified: 'terverifikasi',
  summarySheet: 'Ringkasan',
  cluster: 'Klaster',
  clusterName: 'Nama klaster',
  maxPoints: 'Nilai maksimum',
  answered: 'Indikator terjawab',
  verifiedCount: 'Indikator terverifikasi',
  indicatorCount: 'Jumlah indikator',
  total: 'Total',
  totalOf: (kecamatan, code, year) => `${kecamatan} (${code}), tahun ${year}`,
  categoryRow: 'Kategori',
  categories: (self, verified) => `Mandiri: ${self}; terverifikasi: ${verified}`,
  number: 'No',
  indicator: 'Indikator',
  answer: 'Jawaban',
  points: 'Nilai',
  verifiedAnswer: 'Jawaban terverifikasi',
  verifiedPoints: 'Nilai terverifikasi',
  statusHeader: 'Status',
  evidenceCount: 'Jumlah bukti',
  evidenceFiles: 'Berkas bukti',
  plausibility: 'Kewajaran',
  operatorNote: (note) => `Catatan operator: ${note}`,
  scoreFile: (year, basis) => `skor-kla-${year}-${basis === 'VERIFIED' ? 'terverifikasi' : 'mandiri'}.xlsx`,
};

const EN: ExportLabels = {
  status: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', VERIFIED: 'Verified' },
  notAnswered: 'Not answered',
  category: { NONE: 'No category', ...CATEGORY },
  yes: 'Yes',
  no: 'No',
  scoreSheet: (year) => `Scores ${year}`,
  code: 'Code',
  kecamatan: 'Sub-district',
  selfTotal: 'Self-assessed score',
  verifiedTotal: 'Verified score',
  selfCategory: 'Self-assessed category',
  verifiedCategory: 'Verified category',
  self: 'self-assessed',
  verified: 'verified',
  summarySheet: 'Summary',
  cluster: 'Cluster',
  clusterName: 'Cluster name',
  maxPoints: 'Maximum score',
  answered: 'Indicators answered',
  verifiedCount: 'Indicators verified',
  indicatorCount: 'Number of indicators',
  total: 'Total',
  totalOf: (kecamatan, code, year) => `${kecamatan} (${code}), year ${year}`,
  categoryRow: 'Category',
  categories: (self, verified) => `Self-assessed: ${self}; verified: ${verified}`,
  number: 'No',
  indicator: 'Indicator',
  answer: 'Answer',
  points: 'Score',
  verifiedAnswer: 'Verified answer',
  verifiedPoints: 'Verified score',
  statusHeader: 'Status',
  evidenceCount: 'Evidence files',
  evidenceFiles: 'Evidence',
  plausibility: 'Plausibility',
  operatorNote: (note) => `Operator's note: ${note}`,
  scoreFile: (year, basis) => `kla-scores-${year}-${basis === 'VERIFIED' ? 'verified' : 'self-assessed'}.xlsx`,
};

export function exportLabels(language: ContentLanguage): ExportLabels {
  return language === 'en' ? EN : ID;
}
