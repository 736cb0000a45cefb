import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { CHANGE_PASSWORD_PATH, homePathOf } from './home-path';
import { useSession } from './use-session';

/** While `me` has not answered yet: a loading line, or the error with a retry. */
function SessionPending({ error, onRetry }: { error: Error | undefined; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <div className="page-message" role="alert">
        <p>{t('errors.network')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <p className="page-message">{t('common.loading')}</p>;
}

export { CHANGE_PASSWORD_PATH };

/**
 * Shows its children only to a signed-in user with one of the roles. Signed-out users go to the
 * login page (and come back afterwards); other roles go to their own start page; a user who must
 * change the password goes to the change-password page (the server refuses their other mutations).
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user, error, refetch } = useSession();
  const location = useLocation();
  if (user === undefined) return <SessionPending error={error} onRetry={refetch} />;
  if (user === null) return <Navigate to="/masuk" replace state={{ from: location.pathname + location.search }} />;
  if (user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH)
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  if (!roles.includes(user.role)) return <Navigate to={homePathOf(user.role)} replace />;
  return <>{children}</>;
}

/** "/" sends each user to the start page of their role. */
export function RoleHomeRedirect() {
  const { user, error, refetch } = useSession();
  if (user === undefined) return <SessionPending error={error} onRetry={refetch} />;
  if (user === null) return <Navigate to="/masuk" replace />;
  return <Navigate to={user.mustChangePassword ? CHANGE_PASSWORD_PATH : homePathOf(user.role)} replace />;
}
