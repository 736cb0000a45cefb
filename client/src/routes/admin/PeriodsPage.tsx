import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../../app/PageStatus';
import type { AdminPeriodFieldsFragment } from '../../gql/graphql';
import { formatWib } from '../../features/period/deadline';
import { AdminPeriodsDocument } from '../../features/period/period-admin.documents';
import { OpenPeriodForm } from '../../features/period/OpenPeriodForm';
import { PeriodRowActions } from '../../features/period/PeriodRowActions';
import { IndicatorSetsDocument } from '../../features/indicator/indicator-set-admin.documents';
import '../../features/account/account.css';
import { AdminPage } from '../../shared/admin/AdminPage';
import { AdminTable } from '../../shared/admin/AdminTable';
import { HolidaysSection } from '../../features/turnaround/HolidaysSection';

/** Admin: evaluation years (Periode) — open a new one, move a deadline, close, reopen with a reason. */
export function PeriodsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AdminPeriodsDocument);
  const { data: setData } = useQuery(IndicatorSetsDocument);
  const [opening, setOpening] = useState(false);

  if (!data) return error ? <PageError onRetry={() => void refetch()} /> : <PageLoading />;
  // Only published sets can be chosen (the server refuses drafts); until they load, the sets in use.
  const sets = setData
    ? setData.indicatorSets.filter((set) => set.status === 'PUBLISHED')
    : [...new Map(data.periods.map((p) => [p.indicatorSet.code, p.indicatorSet])).values()];

  return (
    <AdminPage title={t('periodAdmin.title')} intro={t('periodAdmin.intro')}>
      {!opening ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() => setOpening(true)}
          data-testid="period-open"
        >
          {t('periodAdmin.openButton')}
        </button>
      ) : (
        <OpenPeriodForm sets={sets} onDone={() => setOpening(false)} />
      )}
      <PeriodsTable periods={data.periods} />
      <HolidaysSection />
    </AdminPage>
  );
}

function PeriodsTable({ periods }: { periods: readonly AdminPeriodFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  return (
    <AdminTable
      caption={t('periodAdmin.title')}
      testId="periods-table"
      columns={[
        t('periodAdmin.year'),
        t('account.status'),
        t('periodAdmin.deadline'),
        t('periodAdmin.indicatorSet'),
        t('account.actions'),
      ]}
    >
      {periods.map((period) => (
        <tr key={period.id} data-testid={`period-row-${period.year}`}>
          <th scope="row" data-label={t('periodAdmin.year')}>
            {period.year}
            {period.demo && <span className="user-flag"> · {t('periodAdmin.demo')}</span>}
          </th>
          <td data-label={t('account.status')}>
            {t(`periodAdmin.status.${period.status}`)}
            {period.statusReason && (
              <div className="field-hint">{t('period.closedReason', { reason: period.statusReason })}</div>
            )}
          </td>
          <td data-label={t('periodAdmin.deadline')}>
            {period.deadline ? formatWib(period.deadline, i18n.language) : '—'}
          </td>
          <td data-label={t('periodAdmin.indicatorSet')}>{period.indicatorSet.code}</td>
          <td data-label={t('account.actions')}>
            <PeriodRowActions period={period} />
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}

export default PeriodsPage;
