import type { ContentLanguage } from '@kecala/domain';

/** Every fixed text of the dossier's cover workbook, in Bahasa Indonesia (the default) and English. */
export interface DossierLabels {
  coverSheet: string;
  title: string;
  cover: [
    scope: string,
    year: string,
    set: string,
    kecamatans: string,
    cells: string,
    answered: string,
    verified: string,
    files: string,
    made: string,
    madeBy: string,
    contents: string,
  ];
  contents: string;
  answersSheet: string;
  answers: Record<string, string>;
  evidenceSheet: string;
  evidence: Record<string, string>;
}

const ID: DossierLabels = {
  coverSheet: 'Sampul',
  title: 'Dosir KLA',
  cover: [
    'Cakupan',
    'Tahun',
    'Set indikator',
    'Jumlah kecamatan',
    'Indikator × kecamatan',
    'Terjawab',
    'Terverifikasi',
    'Berkas bukti diterima',
    'Dibuat',
    'Dibuat oleh',
    'Isi',
  ],
  contents:
    'Lembar "Jawaban": nilai, poin, status, verifikator, tanggal, catatan. Lembar "Bukti": setiap berkas bukti yang diterima evaluator (berkas yang masih menunggu atau dinilai kurang tidak disertakan), dengan letaknya di arsip ini. manifest.json dan SHA256SUMS: checksum SHA-256 setiap berkas.',
  answersSheet: 'Jawaban',
  answers: {
    kecamatanCode: 'Kode kecamatan',
    kecamatan: 'Kecamatan',
    cluster: 'Klaster',
    code: 'Kode',
    name: 'Indikator',
    answer: 'Jawaban',
    points: 'Nilai',
    verifiedAnswer: 'Jawaban terverifikasi',
    verifiedPoints: 'Nilai terverifikasi',
    status: 'Status',
    verifier: 'Verifikator',
    verifiedAt: 'Diverifikasi',
    statusChangedAt: 'Status berubah',
    updatedAt: 'Terakhir diubah',
    updater: 'Diubah oleh',
    note: 'Catatan operator',
    verificationNote: 'Catatan verifikasi',
    statusReason: 'Alasan dikembalikan/dibuka',
    plausibility: 'Catatan kewajaran',
    evidenceCount: 'Bukti diterima',
  },
  evidenceSheet: 'Bukti',
  evidence: {
    entry: 'Berkas dalam arsip',
    kecamatan: 'Kecamatan',
    indicator: 'Indikator',
    requirement: 'Butir bukti',
    originalName: 'Nama asli',
    mimeType: 'Jenis',
    size: 'Ukuran (byte)',
    uploadedAt: 'Diunggah',
    verdictBy: 'Diterima oleh',
    verdictAt: 'Diterima',
    sha256: 'SHA-256',
  },
};

const EN: DossierLabels = {
  coverSheet: 'Cover',
  title: 'KLA dossier',
  cover: [
    'Scope',
    'Year',
    'Indicator set',
    'Kecamatan',
    'Indicators × kecamatan',
    'Answered',
    'Verified',
    'Accepted evidence files',
    'Made',
    'Made by',
    'Contents',
  ],
  contents:
    'Sheet "Answers": values, points, states, verifier, dates, notes. Sheet "Evidence": every evidence file an evaluator accepted (files still pending or judged insufficient are left out), with its place in this archive. manifest.json and SHA256SUMS: the SHA-256 checksum of every file.',
  answersSheet: 'Answers',
  answers: {
    kecamatanCode: 'Kecamatan code',
    kecamatan: 'Kecamatan',
    cluster: 'Cluster',
    code: 'Code',
    name: 'Indicator',
    answer: 'Answer',
    points: 'Points',
    verifiedAnswer: 'Verified answer',
    verifiedPoints: 'Verified points',
    status: 'Status',
    verifier: 'Verifier',
    verifiedAt: 'Verified',
    statusChangedAt: 'Status changed',
    updatedAt: 'Last changed',
    updater: 'Changed by',
    note: "Operator's note",
    verificationNote: 'Verification note',
    statusReason: 'Reason returned/reopened',
    plausibility: 'Plausibility notes',
    evidenceCount: 'Accepted evidence',
  },
  evidenceSheet: 'Evidence',
  evidence: {
    entry: 'File in the archive',
    kecamatan: 'Kecamatan',
    indicator: 'Indicator',
    requirement: 'Checklist item',
    originalName: 'Original name',
    mimeType: 'Type',
    size: 'Size (bytes)',
    uploadedAt: 'Uploaded',
    verdictBy: 'Accepted by',
    verdictAt: 'Accepted',
    sha256: 'SHA-256',
  },
};

export function dossierLabels(language: ContentLanguage): DossierLabels {
  return language === 'en' ? EN : ID;
}
