import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useSession } from '../features/auth/use-session';
import { UpdatePrompt } from '../features/pwa/UpdatePrompt';
import { AccountMenu } from './AccountMenu';
import { AppHeader } from './AppHeader';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { OutboxStatus } from '../features/outbox/OutboxStatus';
import { NotificationBell } from '../features/notification/NotificationBell';
import { PageLoading } from './PageStatus';

/**
 * Header around every page: one row (brand, header status items, account menu), then — for
 * evaluators and admins — the navigation row. At 360 px both together stay under a quarter of
 * the screen (checked by e2e/tests/phone-ergonomics.spec.ts).
 */
export function AppLayout() {
  const { user } = useSession();
  const showNav = !!user && user.role !== 'OPERATOR' && !user.mustChangePassword;
  return (
    <>
      <AppHeader
        tools={
          // Small status items (pending changes) go first, before the menu.
          <>
            {user && <OutboxStatus />}
            {user && user.role !== 'INTEGRATOR' && !user.mustChangePassword && <NotificationBell />}
            {user ? <AccountMenu user={user} /> : <LanguageSwitch />}
          </>
        }
      >
        {showNav && <MainNav role={user.role} />}
      </AppHeader>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <UpdatePrompt />
    </>
  );
}
