/// <reference types="vitest/config" />
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwa } from './pwa.config.ts';
import { graphqlDocuments } from './build/graphql-documents.ts';
import { appPreload } from './build/app-preload.ts';
import { constants as zlib } from 'node:zlib';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// The GraphQL server the dev server proxies to (same origin for the browser, so the cookie works).
const apiTarget = process.env.KECALA_API_URL ?? 'http://localhost:4000';
// GraphQL (HTTP and the graphql-ws websocket of the live updates), the resumable evidence uploads
// (tus, /uploads and /uploads/<id>), the downloads (/evidence/<id>) and the Excel exports
// (/exports/…); keys starting with ^ are regular expressions, so no SPA route is caught.
const apiProxy = Object.fromEntries(
  ['/graphql', '^/uploads(/|$)', '^/evidence/', '^/exports/'].map((path) => [
    path,
    { target: apiTarget, changeOrigin: false, ...(path === '/graphql' ? { ws: true } : {}) },
  ]),
);

// Every text asset also as .br (brotli, maximum quality) and .gz beside it; the server sends the
// one the browser accepts (server/src/modules/delivery/client-assets.ts).
const precompress = compression({
  include: /\.(html|xml|css|json|js|mjs|svg|webmanifest|txt|ico)$/,
  algorithms: [
    defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } }),
    defineAlgorithm('gzip', { level: 9 }),
  ],
  logLevel: 'silent',
});

export default defineConfig({
  plugins: [
    react(),
    // First load: per-route GraphQL documents; the app proper preloaded from index.html off the sign-in page.
    graphqlDocuments(path.resolve(import.meta.dirname, 'src')),
    appPreload({ app: '/src/app/full-app.tsx', '/isian': '/src/routes/operator/OperatorFormPage.tsx' }),
    // Installable app: manifest and service worker (client/pwa.config.ts).
    pwa,
    // Pre-compressed .br/.gz copies of the build (served by the server by Accept-Encoding).
    precompress,
  ],
  server: {
    port: 5173,
    proxy: apiProxy,
  },
  preview: {
    proxy: apiProxy,
  },
  build: {
    // dist/.vite/manifest.json: the first-load budget test (e2e/tests/first-load-budget.spec.ts) reads it.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Named, cacheable vendor chunks; the chart libraries stay out of the first load. Groups pull in
          // their dependencies, so react and apollo are claimed first (higher priority).
          groups: [
            { name: 'charts', priority: 10, test: /node_modules[\\/](recharts|d3-[^\\/]+|victory-vendor)[\\/]/ },
            {
              name: 'react',
              priority: 30,
              test: /node_modules[\\/](react|react-dom|react-is|scheduler|use-sync-external-store)[\\/]/,
            },
            // The first-load sign-in page has no router: react-router is its own chunk.
            { name: 'router', priority: 25, test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'apollo', priority: 20, test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    // Generated GraphQL types/documents are git-ignored: make `vitest run` work on a clean checkout.
    globalSetup: ['./src/test/global-setup.ts'],
    css: false,
    // Limits for broken tests only (tests wait for conditions, never for a clock).
    testTimeout: 30_000,
    // The service worker's virtual module exists only in Vite builds: tests get a stand-in.
    alias: {
      'virtual:pwa-register/react': new URL('./src/features/pwa/register-sw.stub.ts', import.meta.url).pathname,
    },
  },
});
