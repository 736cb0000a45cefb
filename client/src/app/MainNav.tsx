import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';

/** Evaluators' and admins' pages: one row that scrolls sideways on a phone, wrapping on wider screens. */
export function MainNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const navRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the row scrolls: keep the current page's link in view (without moving the page).
  useEffect(() => {
    const nav = navRef.current;
    const active = nav?.querySelector<HTMLElement>('a.active');
    if (!nav || !active) return;
    const left = active.offsetLeft - nav.offsetLeft;
    if (left < nav.scrollLeft || left + active.offsetWidth > nav.scrollLeft + nav.clientWidth) nav.scrollLeft = left - 12;
  }, [pathname]);
  const admin = role === 'ADMIN';
  return (
    <nav aria-label={t('nav.main')} className="main-nav" ref={navRef}>
      <NavLink to="/skor" end>
        {t('nav.scoreboard')}
      </NavLink>
      <NavLink to="/skor/kecamatan">{t('nav.kecamatan')}</NavLink>
      <NavLink to="/peta">{t('nav.map')}</NavLink>
      <NavLink to="/verifikasi">{t('nav.queue')}</NavLink>
      {admin && (
        <>
          <NavLink to="/admin/pengguna" data-testid="nav-users">
            {t('nav.users')}
          </NavLink>
          <NavLink to="/admin/periode" data-testid="nav-periods">
            {t('nav.periods')}
          </NavLink>
          <NavLink to="/admin/instrumen" data-testid="nav-instrument">
            {t('nav.instrument')}
          </NavLink>
          <NavLink to="/admin/impor" data-testid="nav-import">
            {t('nav.import')}
          </NavLink>
        </>
      )}
    </nav>
  );
}
