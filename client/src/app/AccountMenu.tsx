import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../features/auth/use-session';
import { useLogout } from '../features/auth/use-logout';
import { LanguageSwitch } from './LanguageSwitch';
import './AccountMenu.css';

/** Closes the menu on Escape (focus back on its button) and on a tap outside it. */
function useDismiss(
  open: boolean,
  close: () => void,
  root: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLButtonElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      close();
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, close, root, toggle]);
}

/**
 * Who is signed in, the language switch, "Ganti kata sandi" and "Keluar". On a phone they fold
 * behind one menu button so the header stays one row; from 768 px they stand in the header.
 */
export function AccountMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const { pathname } = useLocation();
  // Open for one page only: following a link in the menu (or any navigation) closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpenAt(null), []);
  useDismiss(open, close, rootRef, toggleRef);

  const role = t(`role.${user.role}`);
  return (
    <div className={`account-menu${open ? ' account-menu--open' : ''}`} ref={rootRef}>
      <button
        type="button"
        ref={toggleRef}
        className="account-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenAt(open ? null : pathname)}
        data-testid="account-menu"
      >
        <span className="account-menu-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <div id={panelId} className="account-menu-panel">
        <p
          className="signed-in-as"
          data-testid="signed-in-as"
          title={t('nav.signedInAs', { name: user.displayName, role })}
        >
          <span className="signed-in-name">{user.displayName}</span>
          <span className="signed-in-role">
            {user.kecamatan ? t('nav.roleOfKecamatan', { role, kecamatan: user.kecamatan.name }) : role}
          </span>
        </p>
        <LanguageSwitch />
        {user.role === 'OPERATOR' && (
          <NavLink to="/jejak-audit" className="change-password-link" data-testid="nav-audit-own">
            {t('nav.audit')}
          </NavLink>
        )}
        <NavLink to="/kata-sandi" className="change-password-link" data-testid="nav-change-password">
          {t('nav.changePassword')}
        </NavLink>
        <button type="button" className="button button--header" onClick={() => void logout()} data-testid="logout">
          {t('nav.logout')}
        </button>
      </div>
    </div>
  );
}
