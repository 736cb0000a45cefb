import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionUserFieldsFragment } from '../../gql/graphql';
import { LoginServerError, type LoginOutcome, type SubmitLogin } from './login-request';
import { AdminField, FormFailure, PasswordField } from '../../shared/admin/AdminForm';
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

type FailureOf = (result: LoginOutcome | undefined) => string;

/** The words of a refused sign-in. */
function useRefusalText(): FailureOf {
  const { t } = useTranslation();
  return (result) => {
    if (result?.__typename === 'TooManyAttemptsError') {
      return result.locked
        ? t('login.locked', { minutes: Math.ceil(result.retryAfterSeconds / 60) })
        : t('login.slowDown', { seconds: result.retryAfterSeconds });
    }
    if (result?.__typename === 'InvalidCredentialsError' && result.code === 'INTEGRATOR_NO_LOGIN') {
      return t('login.integratorNoLogin');
    }
    return t('login.invalid');
  };
}

/** The form state and its submit: signs in, or sets the failure in words. */
function useLoginForm({ submit, onSignedIn, fromStatic }: LoginFormProps) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    defaultValues: { username: fromStatic?.username ?? '', password: fromStatic?.password ?? '' },
  });

  const onSubmit = form.handleSubmit(async ({ username, password }) => {
    setFailure(null);
    try {
      const result = await submit(username.trim(), password);
      if (result?.__typename === 'LoginSuccess') {
        rememberSignedIn();
        onSignedIn(result.user);
      } else {
        setFailure(refusalText(result));
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
  return { form, failure, onSubmit };
}

/** Username + password. No Apollo here: the sign-in page's first load stays small. */
export function LoginForm(props: LoginFormProps) {
  const { t } = useTranslation();
  const { form, failure, onSubmit } = useLoginForm(props);
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form className="login-form" method="post" noValidate onSubmit={onSubmit}>
      <AdminField
        id="login-username"
        label={t('login.username')}
        error={errors.username?.message}
        errorId="login-username-error"
      >
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
      </AdminField>
      <PasswordField
        id="login-password"
        label={t('login.password')}
        autoComplete="current-password"
        error={errors.password?.message}
        registration={register('password', { required: t('login.passwordRequired') })}
      />
      <FormFailure failure={failure} testId="login-error" />
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
