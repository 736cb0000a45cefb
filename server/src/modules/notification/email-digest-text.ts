import { NotificationKind } from './notification-kinds.js';

export interface DigestItem {
  kind: string;
  params: Record<string, unknown>;
  link: string;
  createdAt: Date;
}

const s = (value: unknown) => (value == null ? '' : String(value));
const indicator = (p: Record<string, unknown>) =>
  p.indicatorName ? `${s(p.indicatorCode)} ${s(p.indicatorName)}` : s(p.indicatorCode);
const kecamatan = (p: Record<string, unknown>) => s(p.kecamatanName ?? p.kecamatanCode);

/** The Bahasa Indonesia line of each kind (the SPA has the same wording in id.json). */
const LINES: Record<NotificationKind, (p: Record<string, unknown>) => string> = {
  ANSWER_RETURNED: (p) => `${indicator(p)} dikembalikan evaluator: ${s(p.reason)}`,
  ANSWER_VERIFIED: (p) => `${s(p.count)} jawaban diverifikasi`,
  ANSWER_CORRECTED: (p) => `${indicator(p)} diverifikasi dengan koreksi evaluator: ${s(p.note)}`,
  DEADLINE_NEAR: (p) => `Pengisian tahun ${s(p.year)} ditutup dalam ${s(p.days)} hari`,
  PERIOD_CLOSED: (p) => `Pengisian tahun ${s(p.year)} ditutup. ${s(p.reason)}`,
  PERIOD_REOPENED: (p) => `Pengisian tahun ${s(p.year)} dibuka kembali. ${s(p.reason)}`,
  PASSWORD_RESET: () => 'Kata sandi Anda direset oleh admin; ganti kata sandi Anda.',
  SUBMISSIONS_WAITING: (p) => `${kecamatan(p)} mengajukan ${s(p.count)} jawaban untuk diverifikasi`,
  WAITING_OVERDUE: (p) => `${s(p.count)} jawaban ${kecamatan(p)} menunggu lebih dari 1 hari kerja`,
  RESUBMITTED: (p) => `${kecamatan(p)} mengajukan ulang ${s(p.count)} jawaban yang dikembalikan`,
  IMPORT_APPLIED: (p) => `Impor spreadsheet tahun ${s(p.year)} diterapkan: ${s(p.count)} jawaban`,
  ACCOUNT_LOCKED: (p) => `Akun ${s(p.username)} terkunci setelah gagal masuk berkali-kali`,
  COMMENT_POSTED: (p) => `${s(p.username)} menulis komentar pada ${indicator(p)} (${kecamatan(p)})`,
};

/** One digest: a subject, then one line and one link per notification, in Bahasa Indonesia. */
export function formatDigestText(
  displayName: string,
  items: readonly DigestItem[],
  baseUrl: string,
): { subject: string; text: string } {
  const base = baseUrl.replace(/\/+$/, '');
  const lines = items.map((item) => {
    const line = LINES[item.kind as NotificationKind]?.(item.params ?? {}) ?? item.kind;
    return `• ${line.trim()}\n  ${base}${item.link}`;
  });
  return {
    subject: `KECALA Patriot: ${items.length} notifikasi baru`,
    text: [
      `Halo ${displayName},`,
      '',
      `Ada ${items.length} notifikasi baru untuk Anda di KECALA Patriot:`,
      '',
      ...lines,
      '',
      'Atur notifikasi yang dikirim lewat e-mail di halaman Notifikasi.',
    ].join('\n'),
  };
}
