import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { homePathOf, useSession } from '../../features/auth/use-session';
import { useChangePassword } from '../../features/auth/use-change-password';
import { useLeaveLocally, useLogoutEverywhereMutation } from '../../features/auth/use-sign-out';
import { newPasswordRule } from '../../features/account/password-rule';
import { FormFailure, PasswordField } from '../../shared/admin/AdminForm';
import { placeFieldErrors, refusalText } from '../../shared/outcome-text';
import '../../features/account/account.css';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
}
const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * "Ganti kata sandi" for every signed-in user; the only page shown while the password must be
 * changed (after an admin created the account or reset it). Also "sign out on every device".
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const forced = user?.mustChangePassword === true;
  return (
    <div className="account-page">
      <h1>{t('account.changePasswordTitle')}</h1>
      {forced && (
        <p className="form-failure" role="alert" data-testid="must-change-password">
          {t('account.mustChangeIntro')}
        </p>
      )}
      <ChangePasswordForm username={user?.username ?? ''} forced={forced} />
      <SignOutEverywhere />
    </div>
  );
}

function ChangePasswordForm({ username, forced }: { username: string; forced: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changePassword = useChangePassword();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({ defaultValues: { currentPassword: '', newPassword: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setDone(false);
    const outcome = await changePassword(values);
    if (outcome.kind === 'changed') {
      reset();
      if (forced) navigate(homePathOf(outcome.user.role), { replace: true });
      else setDone(true);
    } else if (outcome.kind === 'invalid') setFailure(placeFieldErrors(t, outcome.fieldErrors, FIELDS, setError));
    else setFailure(refusalText(t, outcome));
  });

  return (
    <form className="account-form" noValidate onSubmit={onSubmit}>
      <PasswordField
        id="change-password-current"
        label={t('account.currentPassword')}
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        registration={register('currentPassword', { required: t('account.fieldError.REQUIRED') })}
      />
      <PasswordField
        id="change-password-new"
        label={t('account.newPassword')}
        autoComplete="new-password"
        hint={t('account.passwordHint')}
        error={errors.newPassword?.message}
        registration={register('newPassword', { validate: newPasswordRule(t, () => username) })}
      />
      <FormFailure failure={failure} />
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
  );
}

/** "Keluar dari semua perangkat": every session of this user ends, this one included. */
function SignOutEverywhere() {
  const { t } = useTranslation();
  const [logoutEverywhere, leaving] = useLogoutEverywhereMutation();
  const leave = useLeaveLocally();
  const signOutEverywhere = async () => {
    // Already signed out somewhere: leave locally anyway.
    await logoutEverywhere({});
    await leave();
  };
  return (
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
  );
}

export default ChangePasswordPage;
