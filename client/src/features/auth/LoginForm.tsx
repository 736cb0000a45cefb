import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { SessionUserFieldsFragment } from '../../gql/graphql';
import { LoginDocument, MeDocument } from './auth.documents';

interface LoginValues {
  username: string;
  password: string;
}

/** Username + password. On success the session user is written to the cache (`me`). */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: SessionUserFieldsFragment) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [login] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({ defaultValues: { username: '', password: '' } });

  const onSubmit = handleSubmit(async ({ username, password }) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      const result = data?.login;
      if (result?.__typename === 'LoginSuccess') {
        client.writeQuery({ query: MeDocument, data: { me: result.user } });
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
      setFailure(CombinedGraphQLErrors.is(error) ? t('common.errorWithMessage', { message: error.message }) : t('errors.network'));
    }
  });

  return (
    <form className="login-form" noValidate onSubmit={onSubmit}>
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
      <button type="submit" className="button button--primary button--block" disabled={isSubmitting} data-testid="login-submit">
        {isSubmitting ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
