import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../features/auth/use-logout';
import { useSession } from '../features/auth/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { OutboxStatus } from '../features/outbox/OutboxStatus';
import { PageLoading } from './PageStatus';

/** Header (brand, role navigation, language, sign-out) around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const logout = useLogout();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <div className="header-tools">
            <OutboxStatus />
            <LanguageSwitch />
            {user && (
              <button type="button" className="button button--header" onClick={() => void logout()} data-testid="logout">
                {t('nav.logout')}
              </button>
            )}
          </div>
        </div>
        {user && (
          <div className="app-header-inner app-header-sub">
            {user.role !== 'OPERATOR' && !user.mustChangePassword && (
              <nav aria-label={t('nav.main')} className="main-nav">
                <NavLink to="/skor" end>
                  {t('nav.scoreboard')}
                </NavLink>
                <NavLink to="/skor/kecamatan">{t('nav.kecamatan')}</NavLink>
                <NavLink to="/peta">{t('nav.map')}</NavLink>
                <NavLink to="/verifikasi">{t('nav.queue')}</NavLink>
                {user.role === 'ADMIN' && (
                  <NavLink to="/admin/pengguna" data-testid="nav-users">
                    {t('nav.users')}
                  </NavLink>
                )}
                {user.role === 'ADMIN' && (
                  <NavLink to="/admin/periode" data-testid="nav-periods">
                    {t('nav.periods')}
                  </NavLink>
                )}
                {user.role === 'ADMIN' && (
                  <NavLink to="/admin/instrumen" data-testid="nav-instrument">
                    {t('nav.instrument')}
                  </NavLink>
                )}
                {user.role === 'ADMIN' && (
                  <NavLink to="/admin/impor" data-testid="nav-import">
                    {t('nav.import')}
                  </NavLink>
                )}
              </nav>
            )}
            <span className="signed-in-as" data-testid="signed-in-as" title={t('nav.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}>
              {user.displayName} · {t(`role.${user.role}`)}
            </span>
            <NavLink to="/kata-sandi" className="change-password-link" data-testid="nav-change-password">
              {t('nav.changePassword')}
            </NavLink>
          </div>
        )}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
