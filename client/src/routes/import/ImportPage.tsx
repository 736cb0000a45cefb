import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageError, PageLoading } from '../../app/PageStatus';
import { useSession } from '../../features/auth/use-session';
import { usePeriods } from '../../features/period/current-period';
import { SpreadsheetImport } from '../../features/spreadsheet/SpreadsheetImport';
import { ImportKecamatansDocument } from './import.documents';

/**
 * "Impor dari Excel": operators import their own kecamatan (from the form); admins choose a
 * kecamatan or every kecamatan of the city in one file.
 */
export default function ImportPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === 'ADMIN';
  const { periods, defaultPeriod, error, refetch } = usePeriods();
  const kecamatans = useQuery(ImportKecamatansDocument, { skip: !isAdmin });
  const [chosen, setChosen] = useState<string>('');

  if (!user) return null;
  if (!periods) return error ? <PageError onRetry={refetch} /> : <PageLoading />;
  if (!defaultPeriod) return <PageError message={t('period.none')} />;
  const open = defaultPeriod.status === 'OPEN';
  const kecamatanCode = isAdmin ? chosen || null : (user.kecamatan?.code ?? null);
  if (!isAdmin && !kecamatanCode) return <PageError message={t('errors.noKecamatan')} />;

  return (
    <div className="import-page">
      <header className="page-header">
        {!isAdmin && (
          <p>
            <Link to="/isian">← {t('import.backToForm')}</Link>
          </p>
        )}
        <h1>{t('import.title')}</h1>
        <p className="page-subtitle">
          {isAdmin
            ? t('import.subtitleAdmin', { year: defaultPeriod.year })
            : t('import.subtitle', { name: user.kecamatan?.name ?? '', year: defaultPeriod.year })}
        </p>
        {!open && (
          <p className="field-error" role="alert">
            {t('import.closed', { year: defaultPeriod.year })}
          </p>
        )}
        {isAdmin && (
          <label className="field import-kecamatan">
            <span>{t('import.kecamatan')}</span>
            <select value={chosen} onChange={(event) => setChosen(event.target.value)} data-testid="import-kecamatan">
              <option value="">{t('import.allKecamatan')}</option>
              {(kecamatans.data?.kecamatans ?? []).map((k) => (
                <option key={k.code} value={k.code}>
                  {k.code} {k.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <SpreadsheetImport
        key={`${defaultPeriod.year}-${kecamatanCode ?? 'all'}`}
        year={defaultPeriod.year}
        kecamatanCode={kecamatanCode}
        formPath={isAdmin ? undefined : '/isian'}
      />
    </div>
  );
}
