import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserAccountFieldsFragment } from '../../gql/graphql';
import { newPasswordRule } from './password-rule';
import { refusalText } from '../../shared/outcome-text';
import { useResetPassword, useSetUserActive } from './use-user-account';
import './account.css';
import { ConfirmGroup } from '../../shared/admin/ConfirmGroup';
import { RowActions, RowButton } from '../../shared/admin/RowButton';

type Pending = 'none' | 'confirm-active' | 'reset';

/** Edit, deactivate/activate (after a confirmation) and reset-password actions of one account row. */
export function UserRowActions({ user, onEdit }: { user: UserAccountFieldsFragment; onEdit: () => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>('none');
  const [message, setMessage] = useState<string | null>(null);
  const [setActive, switching] = useSetUserActive(user);

  const toggleActive = async () => {
    setMessage(null);
    const outcome = await setActive(!user.active);
    if (outcome.kind !== 'saved') setMessage(refusalText(t, outcome));
    else
      setMessage(
        user.active
          ? t('account.deactivated', { username: user.username })
          : t('account.activated', { username: user.username }),
      );
    setPending('none');
  };
  const toggle = (next: Pending) => setPending(pending === next ? 'none' : next);

  return (
    <RowActions
      buttons={
        <>
          <RowButton onClick={onEdit} testId={`user-edit-${user.username}`}>
            {t('account.edit')}
          </RowButton>
          <RowButton
            danger={user.active}
            onClick={() => toggle('confirm-active')}
            testId={`user-deactivate-${user.username}`}
          >
            {user.active ? t('account.deactivate') : t('account.activate')}
          </RowButton>
          {user.role !== 'INTEGRATOR' && (
            <RowButton onClick={() => toggle('reset')} testId={`user-reset-${user.username}`}>
              {t('account.resetPassword')}
            </RowButton>
          )}
        </>
      }
    >
      {pending === 'confirm-active' && (
        <ConfirmGroup
          question={
            user.active
              ? t('account.confirmDeactivate', { username: user.username })
              : t('account.confirmActivate', { username: user.username })
          }
          confirmLabel={user.active ? t('account.deactivateConfirm') : t('account.activateConfirm')}
          tone={user.active ? 'danger' : 'primary'}
          busy={switching}
          onConfirm={() => void toggleActive()}
          onCancel={() => setPending('none')}
          confirmTestId={`user-confirm-${user.username}`}
        />
      )}
      {pending === 'reset' && (
        <ResetPasswordForm
          user={user}
          onDone={() => {
            setPending('none');
            setMessage(t('account.passwordReset', { username: user.username }));
          }}
        />
      )}
      {message && (
        <p className="user-action-message" role="status">
          {message}
        </p>
      )}
    </RowActions>
  );
}

/** A new password for someone else's account, checked with the shared policy before sending. */
function ResetPasswordForm({ user, onDone }: { user: UserAccountFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const resetPassword = useResetPassword(user.id);
  const form = useForm<{ newPassword: string }>({ defaultValues: { newPassword: '' } });
  const { register, handleSubmit, reset, setError } = form;
  const { errors, isSubmitting } = form.formState;

  const submitReset = handleSubmit(async ({ newPassword }) => {
    const outcome = await resetPassword(newPassword);
    if (outcome.kind !== 'saved') return setError('newPassword', { message: refusalText(t, outcome) });
    reset();
    onDone();
  });

  return (
    <form className="user-confirm" noValidate onSubmit={submitReset} aria-label={t('account.resetPassword')}>
      <label htmlFor={`reset-${user.id}`} className="field-label">
        {t('account.newPasswordFor', { username: user.username })}
      </label>
      <input
        id={`reset-${user.id}`}
        type="password"
        autoComplete="new-password"
        data-testid={`user-reset-password-${user.username}`}
        aria-invalid={errors.newPassword ? true : undefined}
        {...register('newPassword', { validate: newPasswordRule(t, () => user.username) })}
      />
      {errors.newPassword && <p className="field-error">{errors.newPassword.message}</p>}
      <p className="field-hint">{t('account.resetHint')}</p>
      <button
        type="submit"
        className="button button--small button--primary"
        disabled={isSubmitting}
        data-testid={`user-reset-submit-${user.username}`}
      >
        {t('account.resetConfirm')}
      </button>
    </form>
  );
}
