/** The dossier ZIPs (server: modules/dossier/dossier.routes.ts). */
export type DossierScope = { kind: 'city' } | { kind: 'cluster'; code: string } | { kind: 'kecamatan'; code: string };

/** The dossier's address; `&lang=en` when the UI is in English (the cover workbook follows it). */
export function dossierUrl(scope: DossierScope, year: number, language = 'id'): string {
  return dossierPath(scope, year) + (language === 'en' ? '&lang=en' : '');
}

function dossierPath(scope: DossierScope, year: number): string {
  switch (scope.kind) {
    case 'city':
      return `/exports/dossier/city.zip?year=${year}`;
    case 'cluster':
      return `/exports/dossier/cluster/${encodeURIComponent(scope.code)}.zip?year=${year}`;
    case 'kecamatan':
      return `/exports/dossier/kecamatan/${encodeURIComponent(scope.code)}.zip?year=${year}`;
  }
}

/** The name saved when the server does not give one (it always does). */
export function dossierFallbackName(scope: DossierScope, year: number): string {
  return `dosir-kla-${year}-${scope.kind === 'city' ? 'kota' : scope.code}.zip`;
}
