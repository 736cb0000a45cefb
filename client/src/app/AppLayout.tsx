import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/use-session';
import { UpdatePrompt } from '../features/pwa/UpdatePrompt';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { OutboxStatus } from '../features/outbox/OutboxStatus';
import { PageLoading } from './PageStatus';

/**
 * Header around every page: one row (brand, header status items, account menu), then — for
 * evaluators and admins — the navigation row. At 360 px both together stay under a quarter of
 * the screen (checked by e2e/tests/phone-ergonomics.spec.ts).
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const showNav = !!user && user.role !== 'OPERATOR' && !user.mustChangePassword;
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
          {/* Small status items (pending changes) go first in header-tools, before the menu. */}
          <div className="header-tools">
            {user && <OutboxStatus />}
            {user ? <AccountMenu user={user} /> : <LanguageSwitch />}
          </div>
        </div>
        {showNav && <MainNav role={user.role} />}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <UpdatePrompt />
    </>
  );
}
