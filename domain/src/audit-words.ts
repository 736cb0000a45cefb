// An audit entry in words, in Bahasa Indonesia or English: what the audit page shows and the
// audit export writes ("Nilai pembilang 12 → 15", "Status: Diajukan → Diverifikasi"). Shared by the
// browser and the server so the screen and the workbook say the same thing.

export type AuditLanguage = 'id' | 'en';

type Words = Record<AuditLanguage, string>;

const ACTIONS: Record<string, Words> = {
  SUBMISSION_CREATED: { id: 'Jawaban diisi', en: 'Answer entered' },
  SUBMISSION_UPDATED: { id: 'Jawaban diubah', en: 'Answer changed' },
  SUBMISSION_SUBMITTED: { id: 'Diajukan untuk verifikasi', en: 'Submitted for verification' },
  SUBMISSION_RETURNED: { id: 'Dikembalikan ke operator', en: 'Returned to the operator' },
  SUBMISSION_VERIFIED: { id: 'Diverifikasi', en: 'Verified' },
  SUBMISSION_REOPENED: { id: 'Verifikasi dibuka kembali', en: 'Verification reopened' },
  SUBMISSION_CARRIED_FORWARD: { id: 'Dibawa dari tahun lalu', en: 'Carried forward from last year' },
  SUBMISSION_CONFIRMED: { id: 'Dikonfirmasi tidak berubah', en: 'Confirmed unchanged' },
  EVIDENCE_UPLOADED: { id: 'Bukti diunggah', en: 'Evidence uploaded' },
  EVIDENCE_VERDICT_SET: { id: 'Bukti dinilai', en: 'Evidence judged' },
  EVIDENCE_REMOVED: { id: 'Bukti dihapus', en: 'Evidence removed' },
  EVIDENCE_DOWNLOADED: { id: 'Bukti diunduh', en: 'Evidence downloaded' },
  EVIDENCE_REQUIREMENTS_UPDATED: { id: 'Daftar bukti diubah', en: 'Evidence checklist changed' },
  COMMENT_POSTED: { id: 'Komentar ditulis', en: 'Comment posted' },
  COMMENT_RESOLVED: { id: 'Komentar diselesaikan', en: 'Comment resolved' },
  EXPORT_DOWNLOADED: { id: 'Ekspor diunduh', en: 'Export downloaded' },
  TEMPLATE_DOWNLOADED: { id: 'Templat diunduh', en: 'Template downloaded' },
  SPREADSHEET_IMPORTED: { id: 'Spreadsheet diimpor', en: 'Spreadsheet imported' },
  INDICATOR_ADDED: { id: 'Indikator ditambahkan', en: 'Indicator added' },
  INDICATOR_UPDATED: { id: 'Indikator diubah', en: 'Indicator changed' },
  INDICATOR_DELETED: { id: 'Indikator dihapus', en: 'Indicator deleted' },
  INDICATOR_SET_COPIED: { id: 'Set indikator disalin', en: 'Indicator set copied' },
  INDICATOR_SET_PUBLISHED: { id: 'Set indikator diterbitkan', en: 'Indicator set published' },
  INDICATOR_SET_DELETED: { id: 'Set indikator dihapus', en: 'Indicator set deleted' },
  PERIOD_OPENED: { id: 'Periode dibuka', en: 'Period opened' },
  PERIOD_DEADLINE_SET: { id: 'Tenggat diubah', en: 'Deadline changed' },
  PERIOD_CLOSED: { id: 'Periode ditutup', en: 'Period closed' },
  PERIOD_REOPENED: { id: 'Periode dibuka kembali', en: 'Period reopened' },
  USER_CREATED: { id: 'Akun dibuat', en: 'Account created' },
  USER_UPDATED: { id: 'Akun diubah', en: 'Account changed' },
  USER_DEACTIVATED: { id: 'Akun dinonaktifkan', en: 'Account deactivated' },
  USER_ACTIVATED: { id: 'Akun diaktifkan', en: 'Account activated' },
  PASSWORD_RESET: { id: 'Kata sandi diatur ulang', en: 'Password reset' },
  PASSWORD_CHANGED: { id: 'Kata sandi diganti', en: 'Password changed' },
  LOGIN: { id: 'Masuk', en: 'Signed in' },
  LOGOUT: { id: 'Keluar', en: 'Signed out' },
  LOGOUT_EVERYWHERE: { id: 'Keluar dari semua perangkat', en: 'Signed out everywhere' },
  API_TOKEN_CREATED: { id: 'Token API dibuat', en: 'API token created' },
  API_TOKEN_REVOKED: { id: 'Token API dicabut', en: 'API token revoked' },
};

const ENTITY_TYPES: Record<string, Words> = {
  Submission: { id: 'Jawaban', en: 'Answer' },
  EvidenceFile: { id: 'Berkas bukti', en: 'Evidence file' },
  SubmissionComment: { id: 'Komentar', en: 'Comment' },
  User: { id: 'Akun', en: 'Account' },
  ApiToken: { id: 'Token API', en: 'API token' },
  Period: { id: 'Periode', en: 'Period' },
  Indicator: { id: 'Indikator', en: 'Indicator' },
  IndicatorSet: { id: 'Set indikator', en: 'Indicator set' },
  ImportBatch: { id: 'Impor', en: 'Import' },
  Export: { id: 'Ekspor', en: 'Export' },
  SpreadsheetTemplate: { id: 'Templat', en: 'Template' },
};

/** Field labels; `spaced` ones read "Nilai pembilang 12 → 15", the others "Status: Diajukan → Diverifikasi". */
const FIELDS: Record<string, Words & { spaced?: true }> = {
  numerator: { id: 'Nilai pembilang', en: 'Numerator value', spaced: true },
  denominator: { id: 'Nilai penyebut', en: 'Denominator value', spaced: true },
  count: { id: 'Nilai jumlah', en: 'Count value', spaced: true },
  yes: { id: 'Jawaban ya/tidak', en: 'Yes/no answer' },
  option: { id: 'Pilihan', en: 'Option' },
  note: { id: 'Catatan', en: 'Note' },
  status: { id: 'Status', en: 'Status' },
  statusReason: { id: 'Alasan', en: 'Reason' },
  verifiedNumerator: { id: 'Pembilang terverifikasi', en: 'Verified numerator', spaced: true },
  verifiedDenominator: { id: 'Penyebut terverifikasi', en: 'Verified denominator', spaced: true },
  verifiedCount: { id: 'Jumlah terverifikasi', en: 'Verified count', spaced: true },
  verifiedYes: { id: 'Ya/tidak terverifikasi', en: 'Verified yes/no' },
  verifiedOption: { id: 'Pilihan terverifikasi', en: 'Verified option' },
  verificationNote: { id: 'Catatan verifikasi', en: 'Verification note' },
  verifiedAsEntered: { id: 'Diverifikasi sesuai isian', en: 'Verified as entered' },
  verdict: { id: 'Penilaian bukti', en: 'Evidence verdict' },
  verdictReason: { id: 'Alasan penilaian', en: 'Verdict reason' },
  body: { id: 'Komentar', en: 'Comment' },
  resolved: { id: 'Selesai', en: 'Resolved' },
  role: { id: 'Peran', en: 'Role' },
  displayName: { id: 'Nama', en: 'Name' },
  username: { id: 'Nama pengguna', en: 'Username' },
  kecamatanCode: { id: 'Kecamatan', en: 'Kecamatan' },
  active: { id: 'Aktif', en: 'Active' },
  deadline: { id: 'Tenggat', en: 'Deadline' },
  year: { id: 'Tahun', en: 'Year' },
  name: { id: 'Nama', en: 'Name' },
  maxPoints: { id: 'Nilai maks.', en: 'Maximum points' },
  originalName: { id: 'Nama berkas', en: 'File name' },
  requirementCode: { id: 'Butir bukti', en: 'Checklist item' },
  indicatorCode: { id: 'Indikator', en: 'Indicator' },
};

/** Bookkeeping that says nothing to a reader (every change raises the version). */
const SKIPPED_FIELDS = new Set(['version', 'submissionId', 'returnedSnapshot', 'evidenceFileIds']);
/** Which record a change is about (the entry's own columns say so): left out of a change's lines. */
const CONTEXT_FIELDS = new Set(['year', 'kecamatanCode', 'indicatorCode']);
/** Numbers that are names, not quantities: never grouped ("2026", not "2.026"). */
const PLAIN_NUMBER_FIELDS = new Set(['year']);

const ENUM_VALUES: Record<string, Words> = {
  DRAFT: { id: 'Draf', en: 'Draft' },
  SUBMITTED: { id: 'Diajukan', en: 'Submitted' },
  RETURNED: { id: 'Dikembalikan', en: 'Returned' },
  VERIFIED: { id: 'Diverifikasi', en: 'Verified' },
  OPEN: { id: 'Dibuka', en: 'Open' },
  CLOSED: { id: 'Ditutup', en: 'Closed' },
  PENDING: { id: 'Belum dinilai', en: 'Not judged' },
  ACCEPTED: { id: 'Diterima', en: 'Accepted' },
  INSUFFICIENT: { id: 'Kurang', en: 'Insufficient' },
  ADMIN: { id: 'Admin', en: 'Admin' },
  EVALUATOR: { id: 'Evaluator', en: 'Evaluator' },
  OPERATOR: { id: 'Operator', en: 'Operator' },
  INTEGRATOR: { id: 'Integrator', en: 'Integrator' },
};
const ENUM_FIELDS = new Set(['status', 'verdict', 'role']);

const EMPTY: Words = { id: 'kosong', en: 'empty' };
const YES: Words = { id: 'Ya', en: 'Yes' };
const NO: Words = { id: 'Tidak', en: 'No' };
const MAX_VALUE_LENGTH = 200;

/** "SOME_ACTION" or "someField" as words when no label is known. */
function humanize(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditActionLabel(action: string, language: AuditLanguage): string {
  return ACTIONS[action]?.[language] ?? humanize(action);
}

export function auditEntityLabel(entityType: string, language: AuditLanguage): string {
  return ENTITY_TYPES[entityType]?.[language] ?? humanize(entityType);
}

/** The known actions, for the audit page's filter. */
export const AUDIT_ACTIONS: readonly string[] = Object.keys(ACTIONS);
/** The known kinds of record, for the audit page's filter. */
export const AUDIT_ENTITY_TYPES: readonly string[] = Object.keys(ENTITY_TYPES);

function valueText(field: string, value: unknown, language: AuditLanguage): string {
  if (value == null || value === '') return EMPTY[language];
  if (typeof value === 'boolean') return (value ? YES : NO)[language];
  if (typeof value === 'number')
    return PLAIN_NUMBER_FIELDS.has(field) ? String(value) : value.toLocaleString(language === 'en' ? 'en-GB' : 'id-ID');
  if (typeof value === 'string') {
    const known = ENUM_FIELDS.has(field) ? ENUM_VALUES[value]?.[language] : undefined;
    const text = known ?? value;
    return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
  }
  if (Array.isArray(value))
    return value.length === 0 ? EMPTY[language] : value.map((item) => valueText(field, item, language)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => `${fieldLabel(key, language)} ${valueText(key, inner, language)}`)
    .join(', ');
}

function fieldLabel(field: string, language: AuditLanguage): string {
  return FIELDS[field]?.[language] ?? humanize(field);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * What an entry changed, one line per field, in the given language: "Nilai pembilang 12 → 15",
 * "Status: Diajukan → Diverifikasi"; a field only after (a creation) reads "Catatan: …". Unchanged
 * fields and bookkeeping (version) are left out; no JSON is ever shown.
 */
export function describeAuditChanges(entry: { before?: unknown; after?: unknown }, language: AuditLanguage): string[] {
  const before = record(entry.before);
  const after = record(entry.after);
  // A creation lists what it set, a deletion what it removed; a change only the fields it wrote.
  const only = entry.before == null ? after : entry.after == null ? before : null;
  const lines: string[] = [];
  if (only) {
    for (const [field, value] of Object.entries(only)) {
      if (SKIPPED_FIELDS.has(field) || value == null || value === '') continue;
      lines.push(`${fieldLabel(field, language)}: ${valueText(field, value, language)}`);
    }
    return lines;
  }
  for (const [field, value] of Object.entries(after)) {
    if (SKIPPED_FIELDS.has(field) || CONTEXT_FIELDS.has(field) || (field in before && same(before[field], value)))
      continue;
    const separator = FIELDS[field]?.spaced ? ' ' : ': ';
    const was = field in before ? `${valueText(field, before[field], language)} → ` : '';
    lines.push(`${fieldLabel(field, language)}${separator}${was}${valueText(field, value, language)}`);
  }
  return lines;
}
