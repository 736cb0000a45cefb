import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { ChangePasswordDocument, LogoutEverywhereDocument, MeDocument } from '../../features/auth/auth.documents';
import { homePathOf, useSession } from '../../features/auth/use-session';
import { fieldErrorText, newPasswordRule } from '../../features/account/password-rule';
import { errorText } from '../../shared/mutation-failure';
import '../../features/account/account.css';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
}

/**
 * "Ganti kata sandi" for every signed-in user; the only page shown while the password must be
 * changed (after an admin created the account or reset it). Also "sign out on every device".
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [changePassword] = useMutation(ChangePasswordDocument);
  const [logoutEverywhere, { loading: leaving }] = useMutation(LogoutEverywhereDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({ defaultValues: { currentPassword: '', newPassword: '' } });
  const forced = user?.mustChangePassword === true;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setDone(false);
    try {
      const { data } = await changePassword({ variables: values });
      const result = data?.changePassword;
      if (result?.__typename === 'User') {
        client.writeQuery({ query: MeDocument, data: { me: result } });
        reset();
        if (forced) navigate(homePathOf(result.role), { replace: true });
        else setDone(true);
      } else if (result?.__typename === 'ValidationError') {
        for (const error of result.fieldErrors) {
          if (error.field === 'currentPassword' || error.field === 'newPassword')
            setError(error.field, { message: fieldErrorText(t, error) });
          else setFailure(fieldErrorText(t, error));
        }
      }
    } catch (error) {
      setFailure(errorText(t, error));
    }
  });

  const signOutEverywhere = async () => {
    try {
      await logoutEverywhere();
    } catch {
      // Already signed out somewhere: leave locally anyway.
    }
    navigate('/masuk', { replace: true });
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
  };

  return (
    <div className="account-page">
      <h1>{t('account.changePasswordTitle')}</h1>
      {forced && (
        <p className="form-failure" role="alert" data-testid="must-change-password">
          {t('account.mustChangeIntro')}
        </p>
      )}
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="change-password-current" className="field-label">
            {t('account.currentPassword')}
          </label>
          <input
            id="change-password-current"
            type="password"
            autoComplete="current-password"
            data-testid="change-password-current"
            aria-invalid={errors.currentPassword ? true : undefined}
            aria-describedby={errors.currentPassword ? 'change-password-current-error' : undefined}
            {...register('currentPassword', { required: t('account.fieldError.REQUIRED') })}
          />
          {errors.currentPassword && (
            <p id="change-password-current-error" className="field-error">
              {errors.currentPassword.message}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="change-password-new" className="field-label">
            {t('account.newPassword')}
          </label>
          <input
            id="change-password-new"
            type="password"
            autoComplete="new-password"
            data-testid="change-password-new"
            aria-invalid={errors.newPassword ? true : undefined}
            aria-describedby={errors.newPassword ? 'change-password-new-error' : 'change-password-new-hint'}
            {...register('newPassword', { validate: newPasswordRule(t, () => user?.username ?? '') })}
          />
          <p id="change-password-new-hint" className="field-hint">
            {t('account.passwordHint')}
          </p>
          {errors.newPassword && (
            <p id="change-password-new-error" className="field-error">
              {errors.newPassword.message}
            </p>
          )}
        </div>
        {failure && (
          <p className="form-failure" role="alert">
            {failure}
          </p>
        )}
        {done && (
          <p className="page-note" role="status" data-testid="change-password-done">
            {t('account.passwordChanged')}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={isSubmitting}
          data-testid="change-password-submit"
        >
          {t('account.changePasswordSubmit')}
        </button>
      </form>
      <section className="account-sessions" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessionsTitle')}</h2>
        <p className="page-subtitle">{t('account.sessionsIntro')}</p>
        <button
          type="button"
          className="button button--danger"
          disabled={leaving}
          onClick={() => void signOutEverywhere()}
          data-testid="logout-everywhere"
        >
          {t('account.logoutEverywhere')}
        </button>
      </section>
    </div>
  );
}

export default ChangePasswordPage;
