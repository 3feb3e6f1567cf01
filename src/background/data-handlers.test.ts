import { expect, it } from 'vitest';
import { sanitizePageMetadata } from '../activity/sanitize';
import { AUTH_CONFIG_KEY } from '../auth/config-store';
import { toFileActivity, type HistoryEntry } from '../history-file/format';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { readCounters } from '../store/counter-store';
import { openTimelineDb } from '../store/db';
import type { BackgroundContext } from './context';
import { dataHandlers } from './data-handlers';

const DAY = 24 * 3600_000;

/** A read page of the history file, last active `ago` ms before now, with one engagement. */
function entry(url: string, ago: number): HistoryEntry {
  const metadata = sanitizePageMetadata({
    url,
    title: url,
    type: 'Article',
    authors: [],
    keywords: [],
  });
  if (!metadata) throw new Error('fixture');
  const at = Date.now() - ago;
  return {
    record: {
      appActivityId: metadata.appActivityId,
      metadata,
      firstSeenAt: at - 60_000,
      lastActiveAt: at,
    },
    historyItems: [
      {
        id: crypto.randomUUID(),
        appActivityId: metadata.appActivityId,
        startedAt: at - 60_000,
        lastActiveAt: at,
        activeMs: 50_000,
        userTimezone: 'UTC',
        ended: true,
      },
    ],
  };
}

it('an import keeps out pages the capture never records, pages of excluded sites and read pages older than the retention period (F-import-1)', async () => {
  const db = await openTimelineDb('data-handlers-1');
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    excludedSites: ['bank.example'],
    retentionDays: 90,
  };
  let passes = 0;
  const context = {
    db,
    settings: () => settings,
    sync: {
      run: () => {
        passes++;
        return Promise.resolve();
      },
    },
    // The sign-in provider configured in the options: its pages are never recorded either.
    storage: {
      get: () =>
        Promise.resolve({
          [AUTH_CONFIG_KEY]: { clientId: 'c', tenant: 'https://127.0.0.1:8443/oidc' },
        }),
    },
  } as unknown as BackgroundContext; // only what the import handler touches
  const kept = entry('https://news.example/today', DAY);
  const file = [
    // An older version recorded these (a token in the path, the sign-in provider's page).
    entry(`https://shop.example/reset-password/${'9f3a'.repeat(16)}`, DAY),
    entry('https://127.0.0.1:8443/interaction/x1', DAY),
    entry('https://login.bank.example/statement', DAY),
    kept,
    entry('https://news.example/old', 400 * DAY),
  ];
  const counts = await dataHandlers['import-history'](context, {
    version: 2,
    activities: file.map(toFileActivity),
  });
  expect(counts).toMatchObject({
    newPages: 1,
    newEngagements: 1,
    neverRecordedPages: 2,
    excludedPages: 1,
    expiredPages: 1,
  });
  expect((await db.getAll('activities')).map((r) => r.metadata.url)).toEqual([
    kept.record.metadata.url,
  ]);
  expect(await db.count('historyItems')).toBe(1);
  // Only the kept page waits for Graph.
  expect(await readCounters(db)).toMatchObject({ readPages: 1, unsynced: 1 });
  expect(passes).toBe(1);
  db.close();
});

it('an import leaves out pages dated more than a day ahead (a clock years ahead), and keeps those a few hours ahead', async () => {
  const db = await openTimelineDb('data-handlers-future');
  const context = {
    db,
    settings: () => DEFAULT_SETTINGS,
    sync: { run: () => Promise.resolve() },
    storage: { get: () => Promise.resolve({}) },
  } as unknown as BackgroundContext; // only what the import handler touches
  // Year 9999 would sit at the top of the history, and of the Timeline, for ever.
  const ahead = entry('https://news.example/year-9999', -(Date.UTC(9999, 0, 1) - Date.now()));
  const skewed = entry('https://news.example/skewed', -3 * 3600_000);
  const counts = await dataHandlers['import-history'](context, {
    version: 2,
    activities: [ahead, skewed].map(toFileActivity),
  });
  expect(counts).toMatchObject({ newPages: 1, futurePages: 1 });
  expect((await db.getAll('activities')).map((r) => r.metadata.url)).toEqual([
    'https://news.example/skewed',
  ]);
  db.close();
});
