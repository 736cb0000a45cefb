import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { i18n } from '../app/i18n';

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
