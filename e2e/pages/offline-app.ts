import { expect, type Page } from '@playwright/test';

/** The installed-app side of a page: its service worker and the Apollo cache it keeps in IndexedDB. */
export class OfflineApp {
  constructor(private readonly page: Page) {}

  /** Waits until the service worker controls the page (reloading once if it only installed). */
  async waitForServiceWorker() {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) await this.page.reload();
    await expect
      .poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
  }

  /** Whether the persisted cache holds a loaded list of submissions (the operator's form). */
  async hasPersistedForm(): Promise<boolean> {
    const snapshot = await this.persistedSnapshot();
    return Object.keys(snapshot?.ROOT_QUERY ?? {}).some((key) => key.startsWith('submissions('));
  }

  /** The answer of an indicator as stored in the persisted cache, or null. */
  async persistedAnswer(indicatorCode: string): Promise<string | null> {
    const snapshot = await this.persistedSnapshot();
    const submission = Object.values(snapshot ?? {}).find(
      (v) => v.__typename === 'Submission' && v.indicatorCode === indicatorCode,
    );
    return submission ? JSON.stringify(submission.answer) : null;
  }

  /** The last user's normalized cache as stored in IndexedDB "kecala-cache", or null. */
  private persistedSnapshot(): Promise<Record<
    string,
    { __typename?: string; indicatorCode?: string; answer?: unknown }
  > | null> {
    return this.page.evaluate(async () => {
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
        const snapshot = (await read(`cache:${userId}`)) as
          { data?: Record<string, { __typename?: string; indicatorCode?: string; answer?: unknown }> } | undefined;
        return snapshot?.data ?? null;
      } finally {
        db.close();
      }
    });
  }
}
