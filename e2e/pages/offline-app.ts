import { expect, type Page } from '@playwright/test';

/** The installed-app side of a page: its service worker and the Apollo cache it keeps in IndexedDB. */
export class OfflineApp {
  constructor(private readonly page: Page) {}

  /** Waits until the service worker controls the page (reloading once if it only installed). */
  async waitForServiceWorker() {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) await this.page.reload();
    await expect.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  }

  /** Whether the persisted cache (IndexedDB "kecala-cache") holds a loaded list of submissions (the operator's form). */
  hasPersistedForm(): Promise<boolean> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kecala-cache');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('apollo')) return false;
        const read = (key: string) =>
          new Promise<unknown>((resolve, reject) => {
            const request = db.transaction('apollo').objectStore('apollo').get(key);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const userId = await read('user');
        if (typeof userId !== 'string') return false;
        const snapshot = (await read(`cache:${userId}`)) as { data?: { ROOT_QUERY?: Record<string, unknown> } } | undefined;
        return Object.keys(snapshot?.data?.ROOT_QUERY ?? {}).some((key) => key.startsWith('submissions('));
      } finally {
        db.close();
      }
    });
  }

  /** The answer of an indicator as stored in the persisted cache (IndexedDB "kecala-cache"), or null. */
  persistedAnswer(indicatorCode: string): Promise<string | null> {
    return this.page.evaluate(async (code) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kecala-cache');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('apollo')) return null;
        const read = (key: string) =>
          new Promise<unknown>((resolve, reject) => {
            const request = db.transaction('apollo').objectStore('apollo').get(key);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const userId = await read('user');
        if (typeof userId !== 'string') return null;
        const snapshot = (await read(`cache:${userId}`)) as { data: Record<string, { __typename?: string; indicatorCode?: string; answer?: unknown }> } | undefined;
        const submission = Object.values(snapshot?.data ?? {}).find((v) => v.__typename === 'Submission' && v.indicatorCode === code);
        return submission ? JSON.stringify(submission.answer) : null;
      } finally {
        db.close();
      }
    }, indicatorCode);
  }
}
