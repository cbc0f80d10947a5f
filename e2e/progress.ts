import type { Page } from '@playwright/test';

/** The progress the app saved on the device (IndexedDB), as its envelope's `data`. */
export async function savedProgress(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('attention-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('progress')) return resolve(null);
          const read = db.transaction('progress').objectStore('progress').get('progress');
          read.onerror = () => reject(read.error);
          read.onsuccess = () => resolve((read.result?.data as Record<string, unknown>) ?? null);
        };
      }),
  );
}
