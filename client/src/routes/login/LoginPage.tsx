import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '../../features/auth/LoginForm';
import { homePathOf, useSession } from '../../features/auth/use-session';
import { PageLoading } from '../../app/PageStatus';

function returnPathOf(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/masuk') ? from : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (user === undefined) return <PageLoading />;
  if (user) return <Navigate to={returnPathOf(location.state) ?? homePathOf(user.role)} replace />;
  return (
    <div className="login-page">
      <h1>{t('login.title')}</h1>
      <p className="page-subtitle">{t('login.intro')}</p>
      <LoginForm onSignedIn={(signedIn) => navigate(returnPathOf(location.state) ?? homePathOf(signedIn.role), { replace: true })} />
    </div>
  );
}
