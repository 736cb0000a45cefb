import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionUserFieldsFragment } from '../../gql/graphql';
import { LoginServerError, type SubmitLogin } from './login-request';
import { rememberSignedIn } from './session-hint';
import type { StaticSignIn } from './static-sign-in';
import { useTakeOverStaticSignIn } from './use-take-over-static-sign-in';

export interface LoginValues {
  username: string;
  password: string;
}

interface LoginFormProps {
  /** Sends the credentials: over Apollo in the app, over a plain fetch on the first load. */
  submit: SubmitLogin;
  onSignedIn: (user: SessionUserFieldsFragment) => void;
  /** index.html's static form this one replaces: what was typed there is kept. */
  fromStatic?: StaticSignIn | null;
}

/** Username + password. No Apollo here: the sign-in page's first load stays small. */
export function LoginForm({ submit, onSignedIn, fromStatic }: LoginFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    defaultValues: { username: fromStatic?.username ?? '', password: fromStatic?.password ?? '' },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(async ({ username, password }) => {
    setFailure(null);
    try {
      const result = await submit(username.trim(), password);
      if (result?.__typename === 'LoginSuccess') {
        rememberSignedIn();
        onSignedIn(result.user);
      } else if (result?.__typename === 'TooManyAttemptsError') {
        setFailure(
          result.locked
            ? t('login.locked', { minutes: Math.ceil(result.retryAfterSeconds / 60) })
            : t('login.slowDown', { seconds: result.retryAfterSeconds }),
        );
      } else if (result?.__typename === 'InvalidCredentialsError' && result.code === 'INTEGRATOR_NO_LOGIN') {
        setFailure(t('login.integratorNoLogin'));
      } else {
        setFailure(t('login.invalid'));
      }
    } catch (error) {
      setFailure(
        error instanceof LoginServerError
          ? t('common.errorWithMessage', { message: error.message })
          : t('errors.network'),
      );
    }
  });
  useTakeOverStaticSignIn(form, fromStatic, onSubmit);

  return (
    <form className="login-form" method="post" noValidate onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="login-username" className="field-label">
          {t('login.username')}
        </label>
        <input
          id="login-username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          data-testid="login-username"
          aria-invalid={errors.username ? true : undefined}
          aria-describedby={errors.username ? 'login-username-error' : undefined}
          {...register('username', { validate: (v) => v.trim() !== '' || t('login.usernameRequired') })}
        />
        {errors.username && (
          <p id="login-username-error" className="field-error">
            {errors.username.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="login-password" className="field-label">
          {t('login.password')}
        </label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          data-testid="login-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'login-password-error' : undefined}
          {...register('password', { required: t('login.passwordRequired') })}
        />
        {errors.password && (
          <p id="login-password-error" className="field-error">
            {errors.password.message}
          </p>
        )}
      </div>
      {failure && (
        <p className="form-failure" role="alert" data-testid="login-error">
          {failure}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={isSubmitting}
        data-testid="login-submit"
      >
        {isSubmitting ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
