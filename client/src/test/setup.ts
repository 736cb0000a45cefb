import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { i18n, loadLanguage } from '../app/i18n';

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
