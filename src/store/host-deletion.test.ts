// A deletion by host alone ("Clear reading history" for a site, an excluded site's "also delete")
// reads its pages from `by-host-key` (version 12) once every page has its key, and every page until
// then: before, during and after the back-fill (site-labels.ts) it finds exactly what a walk of
// every page finds, the page opened and not read included, and never misses one.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import { decideForPage, type DeletionScope } from '../deletion/deletion-scope';
import { openTimelineDb, type Db } from './db';
import { applyDeletion, countDeletion } from './deletion-store';
import { countEngagements, countListed } from './engagement-count';
import type { ActivityRecord } from './schema';
import { withIndexKeys } from './search-keys';
import { fillSiteLabels, hostKeysReady, siteLabelsReady } from './site-labels';
import { createReleasedSchema } from './testing/released-db';
import { variedHistory } from './testing/varied-history';

const HOUR = 3_600_000;
/** 3 December 2026, 15:20:00 local time. */
const NOW = new Date(2026, 11, 3, 15, 20).getTime();
const history = variedHistory(NOW);
const unreadUrl = 'https://blog.zeit.de/opened-not-read';
/** A page opened two hours ago and not read: a deletion by host over that time removes it too. */
const unread: ActivityRecord = {
  appActivityId: appActivityIdFor(unreadUrl),
  metadata: {
    url: unreadUrl,
    appActivityId: appActivityIdFor(unreadUrl),
    title: 'Opened, not read',
    type: 'Article',
    authors: [],
    keywords: [],
  },
  firstSeenAt: NOW - 2 * HOUR,
};
const activities = [...history.activities, unread];
const { items } = history;

/**
 * A database as `version` stored the history (10: no site labels; 11: labelled, `fill` the
 * back-fill's marker if one was still running), opened (upgraded) by this version.
 */
async function stored(name: string, version: 10 | 11, fill?: { after?: string }): Promise<Db> {
  const old = await openDB(name, version, {
    upgrade: (db) => {
      createReleasedSchema(db, version);
    },
  });
  for (const record of activities) {
    const { hostKey: _none, ...labelled } = withIndexKeys(record);
    await old.put('activities', version === 11 ? labelled : record);
  }
  for (const item of items) await old.put('historyItems', item);
  if (fill) await old.put('kv', fill, 'site-label-fill');
  old.close();
  return openTimelineDb(name);
}

const scopes: Record<string, DeletionScope> = {
  'a host and its subdomains': { from: 0, to: NOW, site: 'zeit.de' },
  'a subdomain, the last 3 days by any part': {
    from: NOW - 72 * HOUR,
    to: NOW,
    site: 'blog.zeit.de',
  },
  'a host with and without www.': { from: 0, to: NOW, site: 'news.test' },
  'a day of a host, by start': {
    from: new Date(2026, 11, 1).getTime(),
    to: new Date(2026, 11, 2).getTime() - 1,
    match: 'started',
    site: 'wiki.example',
  },
  'a host no page is on': { from: 0, to: NOW, site: 'elsewhere.test' },
  // Shares a suffix with zeit.de's pages but is not a parent of them.
  'a look-alike': { from: 0, to: NOW, site: 'eit.de' },
};

/** What a scope deletes, decided for every page and engagement of the history: no index. */
function expectedLeft(scope: DeletionScope): { pages: string[]; items: string[] } {
  const gonePages = new Set<string>();
  const goneItems = new Set<string>();
  for (const record of activities) {
    const own = items.filter((item) => item.appActivityId === record.appActivityId);
    const decision = decideForPage(scope, record.appActivityId, {
      url: record.metadata.url,
      firstSeenAt: record.firstSeenAt,
      items: own,
    });
    if (decision.kind === 'page') {
      gonePages.add(record.appActivityId);
      for (const item of own) goneItems.add(item.id);
    } else if (decision.kind === 'items')
      for (const id of decision.historyItemIds) goneItems.add(id);
  }
  return {
    pages: activities
      .map((r) => r.appActivityId)
      .filter((id) => !gonePages.has(id))
      .sort(),
    items: items
      .map((item) => item.id)
      .filter((id) => !goneItems.has(id))
      .sort(),
  };
}

/** Applies `scope` and says what is left: the pages' and engagements' keys. */
async function leftAfter(
  db: Db,
  scope: DeletionScope,
): Promise<{ pages: string[]; items: string[] }> {
  await applyDeletion(db, scope, { alsoTimeline: false, now: NOW });
  return {
    pages: (await db.getAllKeys('activities')).sort(),
    items: (await db.getAllKeys('historyItems')).sort(),
  };
}

describe('a deletion by host', () => {
  it.each(Object.entries(scopes))(
    'deletes what a walk of every page finds, before, during and after the back-fill: %s',
    async (name, scope) => {
      const want = expectedLeft(scope);
      // Some scopes must delete something, or the comparison says nothing.
      if (!name.includes('no page') && !name.includes('look-alike')) {
        expect(want.items.length).toBeLessThan(items.length);
      }
      const slug = name.replace(/\W+/g, '-');
      // Before: no page has its key, the index lists none of them.
      const before = await stored(`host-before-${slug}`, 10);
      expect(await before.countFromIndex('activities', 'by-host-key')).toBe(0);
      const counted = await countDeletion(before, scope);
      // During: pages written since the upgrade have theirs, the others not yet.
      const during = await stored(`host-during-${slug}`, 10);
      for (const record of activities.filter((_, i) => i % 3 === 0)) {
        await during.put('activities', withIndexKeys(record));
      }
      expect(await hostKeysReady(during.transaction('kv').store)).toBe(false);
      expect(await countDeletion(during, scope)).toEqual(counted);
      // After: every page has its key, read from the index.
      const after = await stored(`host-after-${slug}`, 10);
      await fillSiteLabels(after, 9);
      expect(await hostKeysReady(after.transaction('kv').store)).toBe(true);
      expect(await countDeletion(after, scope)).toEqual(counted);

      for (const db of [before, during, after]) {
        expect(await leftAfter(db, scope)).toEqual(want);
        db.close();
      }
    },
  );

  it('leaves out of the history list, while it waits, what a walk of every page leaves out', async () => {
    const unfilled = await stored('host-count-before', 10);
    const filled = await stored('host-count-after', 10);
    await fillSiteLabels(filled);
    const pending = Object.values(scopes);
    for (const before of [NOW, NOW - 30 * HOUR]) {
      for (const from of [undefined, NOW - 100 * HOUR]) {
        const query = from === undefined ? { before } : { before, from };
        const want = await countListed(filled, query, pending);
        expect(await countEngagements(unfilled, query, pending)).toEqual(want);
        expect(await countEngagements(filled, query, pending)).toEqual(want);
      }
    }
    unfilled.close();
    filled.close();
  });
});

describe('upgrading a version 11 database', () => {
  it('keeps reading site labels from their index while host keys are filled in', async () => {
    const db = await stored('host-from-v11-labelled', 11);
    expect(await db.get('kv', 'site-label-fill')).toEqual({ labelled: true });
    expect(await siteLabelsReady(db.transaction('kv').store)).toBe(true);
    expect(await hostKeysReady(db.transaction('kv').store)).toBe(false);
    // Before the back-fill and after it: the same pages deleted.
    const scope = scopes['a host and its subdomains'] as DeletionScope;
    const counted = await countDeletion(db, scope);
    expect(counted.pages).toBeGreaterThan(10);
    expect(await fillSiteLabels(db, 9)).toBe(activities.length);
    expect(await db.get('kv', 'site-label-fill')).toBeUndefined();
    expect(await countDeletion(db, scope)).toEqual(counted);
    expect(await leftAfter(db, scope)).toEqual(expectedLeft(scope));
    db.close();
  });

  it('starts the back-fill again from the first page when version 11 had not finished it', async () => {
    const first = [...activities].map((r) => r.appActivityId).sort()[20];
    const db = await stored('host-from-v11-filling', 11, { after: first });
    // Pages before `after` have their label, none has its host key: from the first page again.
    expect(await db.get('kv', 'site-label-fill')).toEqual({});
    expect(await siteLabelsReady(db.transaction('kv').store)).toBe(false);
    expect(await fillSiteLabels(db)).toBe(activities.length);
    expect(await db.countFromIndex('activities', 'by-host-key')).toBe(activities.length);
    expect(await db.get('kv', 'site-label-fill')).toBeUndefined();
    db.close();
  });
});
