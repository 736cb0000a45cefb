import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AdminPeriodFieldsFragment } from '../../gql/graphql';
import { fromWibInput, toWibInput } from './deadline';
import { type PeriodAction, usePeriodActions } from './use-period-admin';
import { refusalText } from '../../shared/outcome-text';
import '../account/account.css';

type Action = 'none' | PeriodAction;
interface Values {
  deadline: string;
  reason: string;
}

/** Deadline, close (confirmed, optional reason) and reopen (reason required) of one period row. */
export function PeriodRowActions({ period }: { period: AdminPeriodFieldsFragment }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action>('none');
  const [failure, setFailure] = useState<string | null>(null);
  const run = usePeriodActions(period.year);
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
    if (action === 'none') return;
    setFailure(null);
    const outcome = await run(action, { deadline: fromWibInput(deadline), reason });
    if (outcome.kind === 'saved') setAction('none');
    else setFailure(refusalText(t, outcome));
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
