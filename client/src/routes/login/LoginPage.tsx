import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '../../features/auth/LoginForm';
import { useSession } from '../../features/auth/use-session';
import { homePathOf, returnPathOf } from '../../features/auth/home-path';
import { useApolloLogin } from '../../features/auth/use-apollo-login';
import { forgetSignedIn } from '../../features/auth/session-hint';
import { PageLoading } from '../../app/PageStatus';
import '../../features/auth/login-page.css';

export function LoginPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const submit = useApolloLogin();
  // Signed out (e.g. the session expired): the next visit to / paints the sign-in form again.
  useEffect(() => {
    if (user === null) forgetSignedIn();
  }, [user]);
  if (user === undefined) return <PageLoading />;
  if (user) return <Navigate to={returnPathOf(location.state) ?? homePathOf(user.role)} replace />;
  return (
    <div className="login-page">
      <h1>{t('login.title')}</h1>
      <p className="page-subtitle">{t('login.intro')}</p>
      <LoginForm
        submit={submit}
        onSignedIn={(signedIn) =>
          navigate(returnPathOf(location.state) ?? homePathOf(signedIn.role), { replace: true })
        }
      />
    </div>
  );
}
