import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
import './MainNav.css';

/** The administration pages, shown to admins after the evaluators' ones. */
const ADMIN_LINKS = [
  { to: '/admin/pengguna', label: 'nav.users', testId: 'nav-users' },
  { to: '/admin/periode', label: 'nav.periods', testId: 'nav-periods' },
  { to: '/admin/instrumen', label: 'nav.instrument', testId: 'nav-instrument' },
  { to: '/admin/impor', label: 'nav.import', testId: 'nav-import' },
] as const;

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
    if (left < nav.scrollLeft || left + active.offsetWidth > nav.scrollLeft + nav.clientWidth)
      nav.scrollLeft = left - 12;
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
      <NavLink to="/jejak-audit" data-testid="nav-audit">
        {t('nav.audit')}
      </NavLink>
      {admin &&
        ADMIN_LINKS.map(({ to, label, testId }) => (
          <NavLink key={to} to={to} data-testid={testId}>
            {t(label)}
          </NavLink>
        ))}
    </nav>
  );
}
