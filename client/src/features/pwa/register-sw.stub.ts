import { useState } from 'react';
import type { useRegisterSW as UseRegisterSW } from 'virtual:pwa-register/react';

/**
 * Stand-in for `virtual:pwa-register/react` under vitest (virtual modules exist only in Vite
 * builds): no service worker, never a new version.
 */
export const useRegisterSW: typeof UseRegisterSW = () => {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: async () => {} };
};
