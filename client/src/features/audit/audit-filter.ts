import type { AuditEntriesFilter } from '../../gql/graphql';

/** The audit page's filter as the URL holds it (Indonesian parameter names, dates as YYYY-MM-DD). */
export interface AuditFilterValues {
  username: string;
  role: string;
  kecamatanCode: string;
  entityType: string;
  action: string;
  since: string;
  until: string;
}

const PARAMS: Record<keyof AuditFilterValues, string> = {
  username: 'pengguna',
  role: 'peran',
  kecamatanCode: 'kecamatan',
  entityType: 'data',
  action: 'tindakan',
  since: 'dari',
  until: 'sampai',
};

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  username: '',
  role: '',
  kecamatanCode: '',
  entityType: '',
  action: '',
  since: '',
  until: '',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function filterFromParams(params: URLSearchParams): AuditFilterValues {
  const values = { ...EMPTY_AUDIT_FILTER };
  for (const key of Object.keys(PARAMS) as Array<keyof AuditFilterValues>) values[key] = params.get(PARAMS[key]) ?? '';
  if (!DATE.test(values.since)) values.since = '';
  if (!DATE.test(values.until)) values.until = '';
  return values;
}

export function paramsFromFilter(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as Array<keyof AuditFilterValues>) {
    const value = values[key].trim();
    if (value) params.set(PARAMS[key], value);
  }
  return params;
}

/** A day's start in Kota Bekasi (WIB, UTC+7) as an instant. */
function startOfDayWib(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** The GraphQL filter: "from" a day's start, "to" the end of that day (WIB), empty fields left out. */
export function queryFilter(values: AuditFilterValues): AuditEntriesFilter {
  const filter: AuditEntriesFilter = {};
  if (values.username.trim()) filter.username = values.username.trim();
  if (values.role) filter.role = values.role;
  if (values.kecamatanCode) filter.kecamatanCode = values.kecamatanCode;
  if (values.entityType) filter.entityType = values.entityType;
  if (values.action) filter.action = values.action;
  if (values.since) filter.since = startOfDayWib(values.since).toISOString();
  if (values.until) filter.until = new Date(startOfDayWib(values.until).getTime() + DAY_MS).toISOString();
  return filter;
}

/** The Excel export of the same filter (the server's parameter names). */
export function exportUrl(values: AuditFilterValues, language: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(queryFilter(values))) if (value != null) params.set(key, String(value));
  params.set('lang', language === 'en' ? 'en' : 'id');
  return `/exports/audit.xlsx?${params.toString()}`;
}
