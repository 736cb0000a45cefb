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
  const year = period.year;
  const choose = (next: PeriodAction) => setAction(action === next ? 'none' : next);

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
        <PeriodActionForm key={action} period={period} action={action} onDone={() => setAction('none')} />
      )}
    </div>
  );
}

/** The open action's form: the new deadline or the reason, its failure and the confirmation. */
function PeriodActionForm({
  period,
  action,
  onDone,
}: {
  period: AdminPeriodFieldsFragment;
  action: PeriodAction;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const run = usePeriodActions(period.year);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { deadline: period.deadline ? toWibInput(period.deadline) : '', reason: '' } });
  const year = period.year;

  const onSubmit = handleSubmit(async ({ deadline, reason }) => {
    setFailure(null);
    const outcome = await run(action, { deadline: fromWibInput(deadline), reason });
    if (outcome.kind === 'saved') onDone();
    else setFailure(refusalText(t, outcome));
  });

  return (
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
  );
}
