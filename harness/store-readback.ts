// Reads the extension's IndexedDB (`reading-timeline`) from one of its own pages, as it is, for
// tests to compare: no product code runs, so what a test sees is what the store holds.
import type { Page } from 'playwright-core';

/** A stored record as plain JSON. */
export type StoredRecord = Record<string, unknown>;

/**
 * Every record of each named object store, in key order, from `extensionPage` (any page of the
 * extension's origin). Rejects when the database or a store cannot be read.
 */
export async function readStores<S extends string>(
  extensionPage: Page,
  stores: readonly S[],
): Promise<Record<S, StoredRecord[]>> {
  const read = await extensionPage.evaluate(
    async (names: string[]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('reading-timeline');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
      });
      const tx = db.transaction(names);
      const all = (store: string) =>
        new Promise<StoredRecord[]>((resolve, reject) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => {
            resolve(request.result as StoredRecord[]);
          };
          request.onerror = () => {
            reject(request.error ?? new Error('read failed'));
          };
        });
      const read = await Promise.all(names.map(all));
      db.close();
      return read;
    },
    [...stores],
  );
  return Object.fromEntries(stores.map((name, i) => [name, read[i] ?? []])) as Record<
    S,
    StoredRecord[]
  >;
}

/** The canonical URLs of the pages kept in IndexedDB, sorted. */
export async function storedPageUrls(extensionPage: Page): Promise<string[]> {
  const { activities } = await readStores(extensionPage, ['activities']);
  return activities.map((record) => (record.metadata as { url: string }).url).sort();
}
