import type { Request } from 'express';
import type { AuditLanguage } from '@kecala/domain';
import { EvidenceHttpError } from '../evidence/evidence.errors.js';
import type { AuditEntriesFilter } from '../audit/audit.types.js';

const TEXT_FIELDS = ['username', 'role', 'kecamatanCode', 'entityType', 'action'] as const;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function single(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value == null || value === '') return null;
  if (typeof value !== 'string')
    throw EvidenceHttpError.validation([{ field: name, code: 'INVALID', message: `${name} must be given once` }]);
  return value;
}

function instant(req: Request, name: 'since' | 'until'): Date | null {
  const raw = single(req, name);
  if (raw == null) return null;
  const date = new Date(raw);
  if (!ISO_INSTANT.test(raw) || Number.isNaN(date.getTime()))
    throw EvidenceHttpError.validation([
      { field: name, code: 'INVALID', message: `${name} must be an ISO date or instant, e.g. 2026-03-01T00:00:00Z` },
    ]);
  return date;
}

/** The auditEntries filter from the query string of /exports/audit.xlsx (checked again by the service). */
export function auditFilterOf(req: Request): AuditEntriesFilter {
  const filter: AuditEntriesFilter = { since: instant(req, 'since'), until: instant(req, 'until') };
  for (const field of TEXT_FIELDS) filter[field] = single(req, field);
  return filter;
}

/** ?lang=en for an English workbook; Bahasa Indonesia otherwise (the default). */
export function languageOf(req: Request): AuditLanguage {
  const raw = single(req, 'lang') ?? 'id';
  if (raw !== 'id' && raw !== 'en')
    throw EvidenceHttpError.validation([{ field: 'lang', code: 'INVALID', message: 'lang must be id or en' }]);
  return raw;
}
