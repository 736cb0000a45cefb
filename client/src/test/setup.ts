import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { i18n, loadLanguage } from '../app/i18n';

// findBy*/waitFor wait for a condition; the limit only bounds a broken test, so it is generous: a busy
// machine (a lazy chunk transformed on first import, a slow jsdom render) must never fail a test.
configure({ asyncUtilTimeout: 15_000 });

// English is a lazy chunk in the app; tests switch to it directly, so it is there from the start.
await loadLanguage('en');
// Tests assert Indonesian text, the default language of the app.
void i18n.changeLanguage('id');

afterEach(() => {
  cleanup();
  void i18n.changeLanguage('id');
});

// jsdom has no ResizeObserver; recharts' ResponsiveContainer and the charts' `responsive` mode use it.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
