import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import type { UserAccountFieldsFragment } from '../../gql/graphql';
import { ApiTokensDocument, ResetPasswordDocument, SetUserActiveDocument } from './account.documents';
import { fieldErrorText, newPasswordRule } from './password-rule';
import { errorText } from '../../shared/mutation-failure';
import './account.css';
import { ConfirmGroup } from '../../shared/admin/ConfirmGroup';

type Pending = 'none' | 'confirm-active' | 'reset';

/** Edit, deactivate/activate (after a confirmation) and reset-password actions of one account row. */
export function UserRowActions({ user, onEdit }: { user: UserAccountFieldsFragment; onEdit: () => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>('none');
  const [message, setMessage] = useState<string | null>(null);
  // An integrator's tokens show whether their account is active: refresh them with it.
  const [setActive, { loading: switching }] = useMutation(SetUserActiveDocument, {
    refetchQueries: user.role === 'INTEGRATOR' ? [ApiTokensDocument] : [],
  });
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ newPassword: string }>({ defaultValues: { newPassword: '' } });

  const toggleActive = async () => {
    setMessage(null);
    try {
      const { data } = await setActive({ variables: { id: user.id, active: !user.active } });
      const result = data?.setUserActive;
      if (result?.__typename === 'ValidationError')
        setMessage(result.fieldErrors.map((e) => fieldErrorText(t, e)).join(' '));
      else
        setMessage(
          user.active
            ? t('account.deactivated', { username: user.username })
            : t('account.activated', { username: user.username }),
        );
    } catch (error) {
      setMessage(errorText(t, error));
    }
    setPending('none');
  };

  const submitReset = handleSubmit(async ({ newPassword }) => {
    setMessage(null);
    try {
      const { data } = await resetPassword({ variables: { id: user.id, newPassword } });
      const result = data?.resetPassword;
      if (result?.__typename === 'ValidationError') {
        setError('newPassword', { message: result.fieldErrors.map((e) => fieldErrorText(t, e)).join(' ') });
        return;
      }
      reset();
      setPending('none');
      setMessage(t('account.passwordReset', { username: user.username }));
    } catch (error) {
      setError('newPassword', { message: errorText(t, error) });
    }
  });

  return (
    <div className="user-actions">
      <div className="user-actions-buttons">
        <button
          type="button"
          className="button button--small"
          onClick={onEdit}
          data-testid={`user-edit-${user.username}`}
        >
          {t('account.edit')}
        </button>
        <button
          type="button"
          className={`button button--small${user.active ? ' button--danger' : ''}`}
          onClick={() => setPending(pending === 'confirm-active' ? 'none' : 'confirm-active')}
          data-testid={`user-deactivate-${user.username}`}
        >
          {user.active ? t('account.deactivate') : t('account.activate')}
        </button>
        {user.role !== 'INTEGRATOR' && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setPending(pending === 'reset' ? 'none' : 'reset')}
            data-testid={`user-reset-${user.username}`}
          >
            {t('account.resetPassword')}
          </button>
        )}
      </div>
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
      )}
      {message && (
        <p className="user-action-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
