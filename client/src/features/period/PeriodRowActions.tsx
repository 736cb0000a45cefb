import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import type { AdminPeriodFieldsFragment } from '../../gql/graphql';
import { fieldErrorText } from '../account/password-rule';
import { fromWibInput, toWibInput } from './deadline';
import { ClosePeriodDocument, ReopenPeriodDocument, SetPeriodDeadlineDocument } from './period-admin.documents';
import { PeriodsDocument } from './period.documents';
import { errorText } from '../../shared/mutation-failure';
import '../account/account.css';

type Action = 'none' | 'deadline' | 'close' | 'reopen';
interface Values {
  deadline: string;
  reason: string;
}

/** Deadline, close (confirmed, optional reason) and reopen (reason required) of one period row. */
export function PeriodRowActions({ period }: { period: AdminPeriodFieldsFragment }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action>('none');
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = [PeriodsDocument];
  const [setDeadline] = useMutation(SetPeriodDeadlineDocument, { refetchQueries });
  const [closePeriod] = useMutation(ClosePeriodDocument, { refetchQueries });
  const [reopenPeriod] = useMutation(ReopenPeriodDocument, { refetchQueries });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { deadline: period.deadline ? toWibInput(period.deadline) : '', reason: '' } });
  const year = period.year;

  const choose = (next: Action) => {
    setFailure(null);
    reset({ deadline: period.deadline ? toWibInput(period.deadline) : '', reason: '' });
    setAction(action === next ? 'none' : next);
  };

  const onSubmit = handleSubmit(async ({ deadline, reason }) => {
    setFailure(null);
    try {
      const result =
        action === 'deadline'
          ? (await setDeadline({ variables: { year, deadline: fromWibInput(deadline) } })).data?.setPeriodDeadline
          : action === 'close'
            ? (await closePeriod({ variables: { year, reason: reason.trim() || null } })).data?.closePeriod
            : (await reopenPeriod({ variables: { year, reason: reason.trim() } })).data?.reopenPeriod;
      if (result?.__typename === 'ValidationError')
        setFailure(result.fieldErrors.map((e) => fieldErrorText(t, e)).join(' '));
      else setAction('none');
    } catch (error) {
      setFailure(errorText(t, error));
    }
  });

  return (
    <div className="user-actions">
      <div className="user-actions-buttons">
        <button
          type="button"
          className="button button--small"
          onClick={() => choose('deadline')}
          data-testid={`period-deadline-${year}`}
        >
          {t('periodAdmin.changeDeadline')}
        </button>
        {period.status === 'OPEN' ? (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => choose('close')}
            data-testid={`period-close-${year}`}
          >
            {t('periodAdmin.close')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => choose('reopen')}
            data-testid={`period-reopen-${year}`}
          >
            {t('periodAdmin.reopen')}
          </button>
        )}
      </div>
      {action !== 'none' && (
        <form
          className="user-confirm"
          noValidate
          onSubmit={onSubmit}
          aria-label={t(`periodAdmin.${action}Title`, { year })}
        >
          <p>{t(`periodAdmin.${action}Title`, { year })}</p>
          {action === 'deadline' ? (
            <>
              <label htmlFor={`deadline-${year}`} className="field-label">
                {t('periodAdmin.deadlineWib')}
              </label>
              <input
                id={`deadline-${year}`}
                type="datetime-local"
                data-testid={`period-deadline-input-${year}`}
                {...register('deadline')}
              />
              <p className="field-hint">{t('periodAdmin.deadlineHint')}</p>
            </>
          ) : (
            <>
              <label htmlFor={`reason-${year}`} className="field-label">
                {action === 'reopen' ? t('periodAdmin.reasonRequired') : t('periodAdmin.reasonOptional')}
              </label>
              <textarea
                id={`reason-${year}`}
                rows={2}
                maxLength={500}
                data-testid={`period-reason-${year}`}
                aria-invalid={errors.reason ? true : undefined}
                {...register('reason', {
                  validate: (v) => action !== 'reopen' || v.trim() !== '' || t('periodAdmin.reasonMissing'),
                })}
              />
              {errors.reason && <p className="field-error">{errors.reason.message}</p>}
            </>
          )}
          {failure && (
            <p className="field-error" role="alert">
              {failure}
            </p>
          )}
          <button
            type="submit"
            className={`button button--small ${action === 'close' ? 'button--danger' : 'button--primary'}`}
            disabled={isSubmitting}
            data-testid={`period-confirm-${year}`}
          >
            {t(`periodAdmin.${action}Confirm`)}
          </button>
        </form>
      )}
    </div>
  );
}
