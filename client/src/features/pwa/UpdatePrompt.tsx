import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import './UpdatePrompt.css';

/** How often an open app asks the server whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

function checkForUpdatesPeriodically(_url: string, registration: ServiceWorkerRegistration | undefined) {
  if (!registration) return;
  setInterval(() => {
    if (navigator.onLine) void registration.update().catch(() => undefined);
  }, UPDATE_CHECK_MS);
}

/**
 * "Versi baru tersedia — muat ulang": shown while a new service worker waits. Only the button
 * activates it and reloads; nothing reloads by itself (the operator may be typing). The register
 * hook is a prop so tests can drive it.
 */
export function UpdatePrompt({ useRegister = useRegisterSW }: { useRegister?: typeof useRegisterSW }) {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegister({ onRegisteredSW: checkForUpdatesPeriodically });
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status" aria-live="polite" data-testid="update-prompt">
      <span className="update-prompt-text">{t('pwa.updateAvailable')}</span>
      <span className="update-prompt-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="update-reload"
          onClick={() => void updateServiceWorker(true)}
        >
          {t('pwa.reload')}
        </button>
        <button type="button" className="button" data-testid="update-later" onClick={() => setNeedRefresh(false)}>
          {t('pwa.later')}
        </button>
      </span>
    </div>
  );
}
