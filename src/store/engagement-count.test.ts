// The history list's count (engagement-count.ts) after the version 11 upgrade: the same answer as
// reading every engagement with its page (`countListed`, what every count was before), for every
// filter the list sends and every kind of deletion waiting out its undo window.
import { openDB } from 'idb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeletionScope } from '../deletion/scope-match';
import { initialTrackerState } from '../tracking/engagement';
import { pruneHistory, recordPage } from './activities-store';
import { readCounters } from './counter-store';
import { applyDeletion } from './deletion-store';
import { commitTransition } from './tracker-store';
import { openTimelineDb, type Db } from './db';
import { countEngagements, countListed, type CountQuery } from './engagement-count';
import { fillSiteLabels } from './site-labels';
import { createReleasedSchema } from './testing/released-db';
import { variedHistory } from './testing/varied-history';

const HOUR = 3_600_000;
/** 3 December 2026, 15:20:00 local time. */
const NOW = new Date(2026, 11, 3, 15, 20).getTime();
/** Local midnight `days` days before NOW's day. */
const midnight = (days: number): number => new Date(2026, 11, 3 - days).getTime();
const { activities, items } = variedHistory(NOW);

/** A version 10 database holding the varied history, then opened (upgraded) by this version. */
async function upgraded(name: string): Promise<Db> {
  const old = await openDB(name, 10, {
    upgrade: (db) => {
      createReleasedSchema(db, 10);
    },
  });
  for (const record of activities) await old.put('activities', record);
  for (const item of items) await old.put('historyItems', item);
  old.close();
  return openTimelineDb(name);
}

describe('upgrading a version 10 database', () => {
  let db: Db;
  beforeAll(async () => {
    db = await upgraded('count-from-v10');
  });

  it('keeps every record as it was, then labels every page with its site and host, changing nothing else', async () => {
    const byId = (a: { appActivityId: string }, b: { appActivityId: string }) =>
      a.appActivityId.localeCompare(b.appActivityId);
    const label = (record: (typeof activities)[number]) =>
      record.metadata.siteName ?? new URL(record.metadata.url).hostname.replace(/^www\./, '');
    // The upgrade itself only adds the index: labelling is left to the back-fill. Version 10 kept
    // no engagement total: the first count without a site takes it from the index.
    expect((await readCounters(db)).engagements).toBeUndefined();
    expect((await db.getAll('activities')).sort(byId)).toEqual([...activities].sort(byId));
    expect(await db.countFromIndex('activities', 'by-site-label')).toBe(0);
    // The Site filter's count reads as before meanwhile.
    const query = { before: NOW, site: 'ZEIT ONLINE' };
    const old = await countListed(db, query, []);
    expect(old.engagements).toBeGreaterThan(0);
    expect(await countEngagements(db, query)).toEqual(old);

    // In batches of 7: a worker stopped between two goes on from where it was.
    expect(await fillSiteLabels(db, 7)).toBe(activities.length);
    expect(await fillSiteLabels(db, 7)).toBe(0);
    const hostKey = (record: (typeof activities)[number]) =>
      `${new URL(record.metadata.url).hostname.split('.').reverse().join('.')}.`;
    expect((await db.getAll('activities')).sort(byId)).toEqual(
      activities
        .map((record) => ({ ...record, siteLabel: label(record), hostKey: hostKey(record) }))
        .sort(byId),
    );
    const byItemId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await db.getAll('historyItems')).sort(byItemId)).toEqual([...items].sort(byItemId));
    // Two hosts under one declared name; a host with and without "www." under one label.
    for (const site of ['ZEIT ONLINE', 'news.test']) {
      expect(await db.getAllKeysFromIndex('activities', 'by-site-label', site)).toEqual(
        activities
          .filter((record) => label(record) === site)
          .map((record) => record.appActivityId)
          .sort(),
      );
    }
    expect(await countEngagements(db, query)).toEqual(old);
  });

  // What the list can send: its window's end, the From date (a midnight) or a later batch's start,
  // and the Site filter's label (one no page has among them).
  const befores = [NOW, midnight(2) + 13.5 * HOUR, midnight(4)];
  // A From date before most of the history: counted as the total less what lies outside.
  const froms = [undefined, midnight(6), midnight(3) + 7 * HOUR, midnight(15) + 12 * HOUR];
  const sites = [undefined, 'ZEIT ONLINE', 'news.test', 'wiki.example', 'Field Notes', 'nowhere'];
  const selection = (...pages: number[]): DeletionScope => ({
    from: 0,
    to: NOW,
    appActivityIds: pages.map((p) => activities[p]?.appActivityId ?? ''),
  });
  const day = (days: number): DeletionScope => ({
    from: midnight(days),
    to: midnight(days - 1) - 1,
    match: 'started',
  });
  const pendings: Record<string, DeletionScope[]> = {
    nothing: [],
    'one page': [selection(3)],
    'three pages': [selection(0, 7, 14)],
    'a day': [day(2)],
    'today so far': [{ from: midnight(0), to: NOW, match: 'started' }],
    'a site': [{ from: 0, to: NOW, match: 'started', siteLabel: 'news.test' }],
    'a site between dates': [
      { from: midnight(5), to: midnight(2) - 1, match: 'started', siteLabel: 'ZEIT ONLINE' },
    ],
    'the last hour': [{ from: NOW - HOUR, to: NOW }],
    'the last 3 days': [{ from: NOW - 72 * HOUR, to: NOW }],
    'a range by any part': [{ from: midnight(5) + 10 * HOUR, to: midnight(3) + 2 * HOUR }],
    everything: [{ from: 0, to: NOW }],
    'a host and its subdomains': [{ from: 0, to: NOW, site: 'zeit.de' }],
    'a subdomain, the last 3 days by any part': [
      { from: NOW - 72 * HOUR, to: NOW, site: 'blog.zeit.de' },
    ],
    // The history's last three pages are read alone: 60 on day 15, 61 and 62 on day 16.
    'a day’s only page': [selection(60)],
    'a day’s pages, two ways': [
      selection(61),
      { from: midnight(16) + 12 * HOUR, to: midnight(16) + 23 * HOUR, match: 'started' },
    ],
    'several, overlapping': [
      selection(3, 8),
      day(2),
      day(3),
      { from: 0, to: NOW, match: 'started', siteLabel: 'wiki.example' },
      { from: midnight(5) + 10 * HOUR, to: midnight(3) + 2 * HOUR },
    ],
  };

  it('counts every filter and pending deletion as reading every engagement with its page did', async () => {
    const differ: string[] = [];
    const answers = new Set<string>();
    for (const before of befores) {
      for (const from of froms) {
        if (from !== undefined && from >= before) continue;
        for (const site of sites) {
          const query: CountQuery = { before };
          if (from !== undefined) query.from = from;
          if (site !== undefined) query.site = site;
          for (const [name, pending] of Object.entries(pendings)) {
            const got = await countEngagements(db, query, pending);
            const want = await countListed(db, query, pending);
            answers.add(JSON.stringify(want));
            if (JSON.stringify(got) !== JSON.stringify(want)) {
              differ.push(`${JSON.stringify(query)} ${name}: ${JSON.stringify(got)}`);
            }
          }
        }
      }
    }
    expect(differ).toEqual([]);
    // The history is varied enough for the comparison to say something.
    expect(answers.size).toBeGreaterThan(60);
    // About 1,300 counts: seconds at rest, more on a loaded machine.
  }, 120_000);

  it('moves a page to its new site when it declares another name', async () => {
    const page = activities[4];
    if (!page) throw new Error('the history has pages');
    const before = await countEngagements(db, { before: NOW + 1, site: 'Renamed' });
    expect(before).toEqual({ engagements: 0, days: 0 });
    await recordPage(db, { ...page.metadata, siteName: 'Renamed' }, NOW);
    const mine = items.filter((item) => item.appActivityId === page.appActivityId).length;
    const after = await countEngagements(db, { before: NOW + 1, site: 'Renamed' });
    expect(after.engagements).toBe(mine);
    expect(after).toEqual(await countListed(db, { before: NOW + 1, site: 'Renamed' }, []));
  });

  it('counts the whole history from a total counted once, which every write keeps', async () => {
    const whole = { before: NOW + HOUR };
    const check = async (step: string) => {
      const got = await countEngagements(db, whole);
      expect({ step, got }).toEqual({ step, got: await countListed(db, whole, []) });
      const kept = (await readCounters(db)).engagements;
      expect({ step, kept }).toEqual({ step, kept: await db.count('historyItems') });
    };
    await check('as upgraded, counted once');
    const page = activities[0];
    if (!page) throw new Error('the history has pages');
    const engagement = {
      id: 'g-new',
      appActivityId: page.appActivityId,
      url: page.metadata.url,
      startedAt: NOW - 10 * 60_000,
      lastActiveAt: NOW - 60_000,
      activeMs: 540_000,
    };
    const ended = { type: 'engagement-ended' as const, kept: true, engagement };
    await commitTransition(db, initialTrackerState(NOW), [ended], 'Europe/Berlin');
    await check('a new reading');
    const day = { from: midnight(2), to: midnight(1) - 1, match: 'started' as const };
    await applyDeletion(db, day, { alsoTimeline: false, now: NOW });
    await check('a day deleted');
    await pruneHistory(db, {
      read: { readBefore: midnight(7), canSend: false },
      unreadSeenBefore: 0,
    });
    await check('a week kept');
  });
});
