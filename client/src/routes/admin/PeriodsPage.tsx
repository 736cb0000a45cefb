import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../../app/PageStatus';
import { fieldErrorText } from '../../features/account/password-rule';
import { formatWib, fromWibInput } from '../../features/period/deadline';
import { AdminPeriodsDocument, OpenPeriodDocument } from '../../features/period/period-admin.documents';
import { PeriodRowActions } from '../../features/period/PeriodRowActions';
import { PeriodsDocument } from '../../features/period/period.documents';
import { IndicatorSetsDocument } from '../../features/instrument/instrument.documents';
import { errorText } from '../../shared/mutation-failure';
import '../../features/account/account.css';
import { AdminPage } from '../../shared/admin/AdminPage';
import { AdminTable } from '../../shared/admin/AdminTable';
import { HolidaysSection } from '../../features/turnaround/HolidaysSection';

interface OpenValues {
  year: string;
  indicatorSetCode: string;
  deadline: string;
}

/** Admin: evaluation years (Periode) — open a new one, move a deadline, close, reopen with a reason. */
export function PeriodsPage() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(AdminPeriodsDocument);
  const { data: setData } = useQuery(IndicatorSetsDocument);
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [openPeriod] = useMutation(OpenPeriodDocument, { refetchQueries: [AdminPeriodsDocument, PeriodsDocument] });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<OpenValues>({
    defaultValues: { year: String(new Date().getFullYear() + 1), indicatorSetCode: '', deadline: '' },
  });

  if (!data) return error ? <PageError onRetry={() => void refetch()} /> : <PageLoading />;
  // Only published sets can be chosen (the server refuses drafts); until they load, the sets in use.
  const sets = setData
    ? setData.indicatorSets.filter((set) => set.status === 'PUBLISHED')
    : [...new Map(data.periods.map((p) => [p.indicatorSet.code, p.indicatorSet])).values()];

  const onOpen = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { data: result } = await openPeriod({
        variables: {
          year: Number(values.year),
          indicatorSetCode: values.indicatorSetCode || sets[0]?.code || '',
          deadline: fromWibInput(values.deadline) ?? '',
        },
      });
      if (result?.openPeriod.__typename === 'ValidationError')
        setFailure(result.openPeriod.fieldErrors.map((e) => fieldErrorText(t, e)).join(' '));
      else setOpening(false);
    } catch (caught) {
      setFailure(errorText(t, caught));
    }
  });

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
        <form className="account-form" noValidate onSubmit={onOpen} aria-label={t('periodAdmin.openButton')}>
          <h2>{t('periodAdmin.openButton')}</h2>
          <div className="field">
            <label htmlFor="period-open-year" className="field-label">
              {t('periodAdmin.year')}
            </label>
            <input
              id="period-open-year"
              type="number"
              inputMode="numeric"
              data-testid="period-open-year"
              {...register('year', { validate: (v) => /^\d{4}$/.test(v) || t('periodAdmin.yearInvalid') })}
            />
            {errors.year && <p className="field-error">{errors.year.message}</p>}
          </div>
          <div className="field">
            <label htmlFor="period-open-set" className="field-label">
              {t('periodAdmin.indicatorSet')}
            </label>
            <select id="period-open-set" data-testid="period-open-set" {...register('indicatorSetCode')}>
              {sets.map((set) => (
                <option key={set.code} value={set.code}>
                  {set.name} ({set.code})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="period-open-deadline" className="field-label">
              {t('periodAdmin.deadlineWib')}
            </label>
            <input
              id="period-open-deadline"
              type="datetime-local"
              data-testid="period-open-deadline"
              {...register('deadline', {
                validate: (v) => fromWibInput(v) != null || t('account.fieldError.REQUIRED'),
              })}
            />
            {errors.deadline && <p className="field-error">{errors.deadline.message}</p>}
          </div>
          {failure && (
            <p className="form-failure" role="alert">
              {failure}
            </p>
          )}
          <div className="account-form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={isSubmitting}
              data-testid="period-open-submit"
            >
              {t('periodAdmin.openConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setOpening(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
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
        {data.periods.map((period) => (
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
      <HolidaysSection />
    </AdminPage>
  );
}

export default PeriodsPage;
