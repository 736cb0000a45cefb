import { newWorkbook } from './excel.js';
import { type AuditLanguage, auditActionLabel, auditEntityLabel, describeAuditChanges } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { queryAuditEntries, scopeAuditFilter } from '../audit/audit-query.js';
import type { AuditEntriesFilter } from '../audit/audit.types.js';
import type { Workbook } from './export.service.js';

/** The most entries one workbook carries; the sheet says so when the filter matched more. */
export const MAX_AUDIT_EXPORT_ROWS = 10_000;

const HEADERS: Record<AuditLanguage, string[]> = {
  id: ['Waktu (WIB)', 'Pengguna', 'Peran', 'Kecamatan', 'Jenis data', 'ID data', 'Tindakan', 'Perubahan'],
  en: ['Time (WIB)', 'User', 'Role', 'Kecamatan', 'Record', 'Record id', 'Action', 'Changes'],
};

const WIB = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The filtered audit trail as a workbook, newest first, each change in words in the chosen
 * language: the same scope and filter as the auditEntries query (operators: their own kecamatan).
 */
export async function auditWorkbook(
  ctx: RequestContext,
  rawFilter: AuditEntriesFilter,
  language: AuditLanguage,
): Promise<Workbook> {
  const filter = scopeAuditFilter(ctx, rawFilter);
  const rows = await queryAuditEntries(ctx.dataSource.manager, filter, {
    afterId: null,
    order: 'ID_DESC',
    limit: MAX_AUDIT_EXPORT_ROWS + 1,
  });
  const workbook = await newWorkbook();
  workbook.creator = 'KECALA Patriot';
  const sheet = workbook.addWorksheet(language === 'en' ? 'Audit trail' : 'Jejak audit');
  const widths = [20, 16, 11, 11, 14, 38, 26, 60];
  sheet.columns = HEADERS[language].map((header, i) => ({ header, key: String(i), width: widths[i] }));
  for (const entry of rows.slice(0, MAX_AUDIT_EXPORT_ROWS)) {
    const row = sheet.addRow([
      WIB.format(entry.at),
      entry.username ?? (language === 'en' ? 'system' : 'sistem'),
      entry.role ?? '',
      entry.kecamatanCode ?? '',
      auditEntityLabel(entry.entityType, language),
      entry.entityId,
      auditActionLabel(entry.action, language),
      describeAuditChanges(entry, language).join('\n'),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  if (rows.length > MAX_AUDIT_EXPORT_ROWS)
    sheet.addRow([
      language === 'en'
        ? `Only the newest ${MAX_AUDIT_EXPORT_ROWS} entries: narrow the filter for the rest.`
        : `Hanya ${MAX_AUDIT_EXPORT_ROWS} entri terbaru: persempit filter untuk sisanya.`,
    ]);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return { filename: 'jejak-audit.xlsx', bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
