import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AdminPeriodFieldsFragment } from '../../gql/graphql';
import { fromWibInput, toWibInput } from './deadline';
import { type PeriodAction, usePeriodActions } from './use-period-admin';
import { refusalText } from '../../shared/outcome-text';
import '../account/account.css';
import { RowActions, RowButton } from '../../shared/admin/RowButton';

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
    <RowActions
      buttons={
        <>
          <RowButton onClick={() => choose('deadline')} testId={`period-deadline-${year}`}>
            {t('periodAdmin.changeDeadline')}
          </RowButton>
          {period.status === 'OPEN' ? (
            <RowButton danger onClick={() => choose('close')} testId={`period-close-${year}`}>
              {t('periodAdmin.close')}
            </RowButton>
          ) : (
            <RowButton onClick={() => choose('reopen')} testId={`period-reopen-${year}`}>
              {t('periodAdmin.reopen')}
            </RowButton>
          )}
        </>
      }
    >
      {action !== 'none' && (
        <PeriodActionForm key={action} period={period} action={action} onDone={() => setAction('none')} />
      )}
    </RowActions>
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
