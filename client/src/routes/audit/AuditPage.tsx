import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError } from '../../app/PageStatus';
import { AuditEntryCard } from '../../features/audit/AuditEntryCard';
import { AuditFilters } from '../../features/audit/AuditFilters';
import { exportUrl, filterFromParams, paramsFromFilter, queryFilter } from '../../features/audit/audit-filter';
import { useAuditEntries } from '../../features/audit/use-audit-entries';
import { useSession } from '../../features/auth/use-session';
import { ExportButton } from '../../features/export/ExportButton';
import { AuditKecamatansDocument } from './audit.documents';
import '../../features/audit/audit.css';

/**
 * The audit trail on screen (admins and evaluators: everything; operators: their own kecamatan):
 * filters in the URL, newest first, each change in words, the filtered list as Excel.
 */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => filterFromParams(params), [params]);
  const filter = useMemo(() => queryFilter(values), [values]);
  const trail = useAuditEntries(filter);
  const { data: places } = useQuery(AuditKecamatansDocument);
  const names = useMemo(() => new Map(places?.kecamatans.map((k) => [k.code, k.name])), [places]);
  const operator = user?.role === 'OPERATOR';
  return (
    <div className="audit-page">
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <p className="page-subtitle">{operator ? t('audit.introOperator') : t('audit.intro')}</p>
      </header>
      <AuditFilters
        key={params.toString()}
        value={values}
        onApply={(next) => setParams(paramsFromFilter(next))}
        kecamatans={places?.kecamatans ?? []}
        showKecamatan={!operator}
      />
      <ExportButton
        url={exportUrl(values, i18n.language)}
        fileName="jejak-audit.xlsx"
        testId="audit-export"
        label={t('audit.export')}
      />
      {trail.entries == null ? (
        trail.error ? (
          <PageError message={t('audit.error')} onRetry={trail.refetch} />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : trail.entries.length === 0 ? (
        <p data-testid="audit-empty">{t('audit.empty')}</p>
      ) : (
        <>
          <p className="audit-count" role="status">
            {t('audit.shown', { count: trail.entries.length })}
          </p>
          <ol className="audit-list" data-testid="audit-list">
            {trail.entries.map((entry) => (
              <AuditEntryCard
                key={entry.id}
                entry={entry}
                kecamatanName={entry.kecamatanCode ? (names.get(entry.kecamatanCode) ?? entry.kecamatanCode) : null}
              />
            ))}
          </ol>
          {trail.hasMore && (
            <button
              type="button"
              className="button audit-more"
              onClick={() => void trail.loadMore()}
              disabled={trail.loadingMore}
              data-testid="audit-more"
            >
              {trail.loadingMore ? t('audit.loadingMore') : t('audit.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
