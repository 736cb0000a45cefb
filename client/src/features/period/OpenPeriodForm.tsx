import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AdminField, AdminForm, AdminFormEnd } from '../../shared/admin/AdminForm';
import { refusalText } from '../../shared/outcome-text';
import { fromWibInput } from './deadline';
import { useOpenPeriod } from './use-period-admin';
import '../account/account.css';

interface OpenValues {
  year: string;
  indicatorSetCode: string;
  deadline: string;
}

/** "Buka periode": year, published indicator set and deadline (WIB) of a new evaluation year. */
export function OpenPeriodForm({
  sets,
  onDone,
}: {
  sets: ReadonlyArray<{ code: string; name: string }>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const openPeriod = useOpenPeriod();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<OpenValues>({
    defaultValues: { year: String(new Date().getFullYear() + 1), indicatorSetCode: '', deadline: '' },
  });

  const onOpen = handleSubmit(async (values) => {
    setFailure(null);
    const outcome = await openPeriod({
      year: Number(values.year),
      indicatorSetCode: values.indicatorSetCode || sets[0]?.code || '',
      deadline: fromWibInput(values.deadline) ?? '',
    });
    if (outcome.kind === 'saved') onDone();
    else setFailure(refusalText(t, outcome));
  });

  return (
    <AdminForm label={t('periodAdmin.openButton')} title={t('periodAdmin.openButton')} onSubmit={onOpen}>
      <AdminField id="period-open-year" label={t('periodAdmin.year')} error={errors.year?.message}>
        <input
          id="period-open-year"
          type="number"
          inputMode="numeric"
          data-testid="period-open-year"
          {...register('year', { validate: (v) => /^\d{4}$/.test(v) || t('periodAdmin.yearInvalid') })}
        />
      </AdminField>
      <AdminField id="period-open-set" label={t('periodAdmin.indicatorSet')}>
        <select id="period-open-set" data-testid="period-open-set" {...register('indicatorSetCode')}>
          {sets.map((set) => (
            <option key={set.code} value={set.code}>
              {set.name} ({set.code})
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField id="period-open-deadline" label={t('periodAdmin.deadlineWib')} error={errors.deadline?.message}>
        <input
          id="period-open-deadline"
          type="datetime-local"
          data-testid="period-open-deadline"
          {...register('deadline', { validate: (v) => fromWibInput(v) != null || t('account.fieldError.REQUIRED') })}
        />
      </AdminField>
      <AdminFormEnd
        failure={failure}
        submitLabel={t('periodAdmin.openConfirm')}
        submitTestId="period-open-submit"
        busy={isSubmitting}
        onCancel={onDone}
      />
    </AdminForm>
  );
}
