import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The skip link and the header row (brand, then `tools`), shared by the first-load sign-in page
 * and the app proper; `children` go below the row (the evaluators' navigation). index.html paints
 * the same markup before any script arrives.
 */
export function AppHeader({ tools, children }: { tools: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
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
          <div className="header-tools">{tools}</div>
        </div>
        {children}
      </header>
    </>
  );
}
