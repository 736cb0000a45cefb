import { useForm } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HolidayKind } from '../../gql/graphql';
import { fieldErrorText } from '../../shared/outcome-text';
import type { HolidayOutcome } from './use-holidays';
import './turnaround.css';

interface HolidayValues {
  date: string;
  name: string;
  kind: HolidayKind;
  source: string;
}

/** What an outcome says: done, the refused fields, or the failure in words. */
export function holidayOutcomeText(t: TFunction, outcome: HolidayOutcome): string {
  switch (outcome.kind) {
    case 'saved':
      return t('holidayAdmin.saved', { date: outcome.holiday.date });
    case 'deleted':
      return t('holidayAdmin.deleted', { date: outcome.date });
    case 'invalid':
      return outcome.fieldErrors
        .map((e) => `${String(t(`holidayAdmin.${e.field}` as never))}: ${fieldErrorText(t, e)}`)
        .join(' ');
    default:
      return outcome.code === 'NETWORK'
        ? t('errors.network')
        : t('common.errorWithMessage', { message: outcome.message });
  }
}

/** Admin: add a holiday or change the one of a date. */
export function HolidayForm({ onSave }: { onSave: (values: HolidayValues) => Promise<void> }) {
  const { t } = useTranslation();
  const { register, handleSubmit, reset, formState } = useForm<HolidayValues>({
    defaultValues: { date: '', name: '', kind: 'NATIONAL', source: '' },
  });
  const field = (id: keyof HolidayValues, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`holiday-${id}`} className="field-label">
        {t(`holidayAdmin.${id}`)}
      </label>
      {input}
    </div>
  );
  return (
    <form
      className="account-form holiday-form"
      noValidate
      aria-label={t('holidayAdmin.add')}
      onSubmit={handleSubmit(async (values) => {
        await onSave(values);
        reset({ ...values, date: '', name: '' });
      })}
    >
      {field(
        'date',
        <input
          id="holiday-date"
          type="date"
          className="field-input"
          data-testid="holiday-date"
          {...register('date')}
        />,
      )}
      {field(
        'name',
        <input id="holiday-name" type="text" maxLength={120} data-testid="holiday-name" {...register('name')} />,
      )}
      {field(
        'kind',
        <select id="holiday-kind" data-testid="holiday-kind" {...register('kind')}>
          <option value="NATIONAL">{t('holidayAdmin.NATIONAL')}</option>
          <option value="CUTI_BERSAMA">{t('holidayAdmin.CUTI_BERSAMA')}</option>
        </select>,
      )}
      {field('source', <input id="holiday-source" type="text" maxLength={500} {...register('source')} />)}
      <div className="account-form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={formState.isSubmitting}
          data-testid="holiday-save"
        >
          {t('holidayAdmin.add')}
        </button>
      </div>
    </form>
  );
}
