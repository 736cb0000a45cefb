import { VitePWA } from 'vite-plugin-pwa';

/**
 * Installable app: web app manifest and a Workbox service worker that precaches the app shell
 * (index.html, every JS/CSS chunk including the lazy routes and the map geometry chunk, icons).
 * The UI uses system fonts: there are no font files to cache. Server paths never fall back to
 * index.html, and nothing from the API (GraphQL, uploads, evidence, exports) is cached.
 * `prompt`: a new version waits until the user presses "muat ulang" (features/pwa/UpdatePrompt).
 */
export const pwa = VitePWA({
  registerType: 'prompt',
  // Registered by useRegisterSW (features/pwa), not by an injected script.
  injectRegister: false,
  // public/ (icons) is precached by globPatterns below; listing the icons again would duplicate them.
  includeManifestIcons: false,
  manifest: {
    name: 'KECALA Patriot — Kecamatan Layak Anak',
    short_name: 'KECALA',
    description: 'Isian indikator Kota Layak Anak per kecamatan, Kota Bekasi — juga tanpa sinyal.',
    lang: 'id',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#0f5c4d',
    background_color: '#ffffff',
    icons: [
      { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,ico,webmanifest,woff2}'],
    // The largest chunks (charts, the map geometry) must be precached too, or those screens fail offline.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [
      /^\/graphql/,
      /^\/uploads(\/|$)/,
      /^\/evidence(\/|$)/,
      /^\/exports(\/|$)/,
      /^\/imports(\/|$)/,
      /^\/healthz/,
    ],
    // No runtimeCaching: GraphQL responses and evidence downloads always go to the network.
    cleanupOutdatedCaches: true,
    // The first install controls the open page at once (no reload); updates still wait for the prompt.
    clientsClaim: true,
  },
});
