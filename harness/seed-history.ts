// Puts reading history that happened in the past into the extension's IndexedDB, from one of its
// own pages (same origin), as the tracker would have written it: a page read hours or days ago
// cannot be produced by reading now. Flagged for sync, so the extension publishes it itself.
import type { Page } from 'playwright-core';
import { appActivityIdFor } from '../src/activity/activity-id';
import type { PageMetadata } from '../src/activity/page-metadata';
import { pageTerms } from '../src/search/terms';
import { withSearchKeys } from '../src/store/search-keys';

export interface SeedPage {
  url: string;
  title: string;
  /** When the one engagement started, in hours before now. */
  hoursAgo: number;
  description?: string;
  image?: string;
  authors?: string[];
}

/** Writes the pages (one engagement of 60 s each) into `reading-timeline`; returns their ids. */
export async function seedHistory(extensionPage: Page, pages: SeedPage[]): Promise<string[]> {
  // Records are built here, in Node, with the product's own functions (id, search terms and the
  // search index keys): the page has no bundle of them, and a hand-made record that lacks a derived
  // field would differ from what the product writes (an import, say, which adds them).
  const now = Date.now();
  const records = pages.map((seed) => {
    const id = appActivityIdFor(seed.url);
    const startedAt = now - seed.hoursAgo * 3_600_000;
    const metadata: PageMetadata = {
      url: seed.url,
      appActivityId: id,
      title: seed.title,
      siteName: new URL(seed.url).hostname,
      type: 'Article',
      authors: (seed.authors ?? []).map((name) => ({ kind: 'Person' as const, name })),
      keywords: [],
      ...(seed.description ? { description: seed.description } : {}),
      ...(seed.image ? { image: seed.image } : {}),
    };
    const activity = withSearchKeys({
      appActivityId: id,
      metadata,
      firstSeenAt: startedAt,
      lastActiveAt: startedAt + 60_000,
      unsyncedChanges: 1,
      searchTerms: pageTerms(metadata),
    });
    return { id, startedAt, activity };
  });
  return extensionPage.evaluate(async (seeds) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('reading-timeline');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    const tx = db.transaction(['activities', 'historyItems', 'kv'], 'readwrite');
    // The store keeps its counts beside the records (src/store/counters.ts): keep them exact too.
    const request = <T>(r: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(r.error ?? new Error('request failed'));
        };
      });
    const counters = (await request(tx.objectStore('kv').get('counters'))) as
      Record<string, number> | undefined;
    const next = {
      readPages: 0,
      unsynced: 0,
      unsyncedParked: 0,
      tombstones: 0,
      parkedTombstones: 0,
      ...counters,
    };
    for (const seed of seeds) {
      const before = (await request(tx.objectStore('activities').get(seed.id))) as
        | { lastActiveAt?: number; unsyncedChanges?: number; sync?: { parked?: unknown } }
        | undefined;
      if (before?.lastActiveAt === undefined) next.readPages++;
      if (before?.unsyncedChanges === undefined) next.unsynced++;
      else if (before.sync?.parked !== undefined) next.unsyncedParked--;
      tx.objectStore('activities').put(seed.activity);
      tx.objectStore('historyItems').put({
        id: crypto.randomUUID(),
        appActivityId: seed.id,
        startedAt: seed.startedAt,
        lastActiveAt: seed.startedAt + 60_000,
        activeMs: 60_000,
        userTimezone: 'UTC',
        ended: true,
      });
    }
    tx.objectStore('kv').put(next, 'counters');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('seed failed'));
      };
    });
    db.close();
    return seeds.map((seed) => seed.id);
  }, records);
}

/** The canonical URLs of the pages kept in IndexedDB, sorted. */
export async function storedPageUrls(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('reading-timeline');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    const records = await new Promise<{ metadata: { url: string } }[]>((resolve, reject) => {
      const request = db.transaction('activities').objectStore('activities').getAll();
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('read failed'));
      };
    });
    db.close();
    return records.map((record) => record.metadata.url).sort();
  });
}
