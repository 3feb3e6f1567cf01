// A seeded history of many sites and days, as version 10 stored it (no `siteLabel`), for the
// history list's count tests (engagement-count.test.ts): pages with and without a declared site
// name, hosts with and without "www.", engagements across midnight and hours long.
import { appActivityIdFor } from '../../activity/activity-id';
import type { PageMetadata } from '../../activity/page-metadata';
import { pageTerms } from '../../search/terms';
import type { ActivityRecord, HistoryItemRecord } from '../schema';
import { withSearchKeys } from '../search-keys';

/** Hours in ms. */
const HOUR = 3_600_000;

/** Where each page lives: a host, and the site name it declares (if any). */
const SITES: { host: string; siteName?: string }[] = [
  { host: 'www.zeit.de', siteName: 'ZEIT ONLINE' },
  { host: 'blog.zeit.de', siteName: 'ZEIT ONLINE' },
  { host: 'www.news.test' },
  { host: 'news.test' },
  { host: 'wiki.example' },
  { host: 'fieldnotes.test', siteName: 'Field Notes' },
];

/** A small deterministic generator (mulberry32): the same history on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `pages` pages read over the `days` local days before `now` (epoch ms, whole), one to four
 * engagements each, and three read alone days before them: activities as version 10 stored them
 * and their engagements.
 */
export function variedHistory(
  now: number,
  { pages = 60, days = 10, seed = 7 } = {},
): { activities: ActivityRecord[]; items: HistoryItemRecord[] } {
  const random = seeded(seed);
  const activities: ActivityRecord[] = [];
  const items: HistoryItemRecord[] = [];
  // The last three pages are read alone on days of their own (a day one deletion can empty):
  // days + 5 and, twice, days + 6 before `now`'s, at 10:00, 09:00 and 20:00.
  const lonely = (p: number): number | undefined => {
    const today = new Date(now);
    const at = (back: number, hour: number) =>
      new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, hour).getTime();
    return [at(days + 5, 10), at(days + 6, 9), at(days + 6, 20)][p - pages];
  };
  for (let p = 0; p < pages + 3; p++) {
    const site = SITES[p % SITES.length] ?? { host: 'x.test' };
    const url = `https://${site.host}/article-${String(p)}`;
    const metadata: PageMetadata = {
      url,
      appActivityId: appActivityIdFor(url),
      title: `Article ${String(p)} on ${site.siteName ?? site.host}`,
      type: 'Article',
      authors: [],
      keywords: [],
      ...(site.siteName === undefined ? {} : { siteName: site.siteName }),
    };
    const alone = lonely(p);
    const engagements = alone === undefined ? 1 + Math.floor(random() * 4) : 1;
    let lastActiveAt = 0;
    let firstSeenAt = now;
    for (let e = 0; e < engagements; e++) {
      const startedAt = alone ?? Math.floor(now - random() * days * 24 * HOUR);
      // Mostly minutes; one in eight runs for hours (across midnight and a range's start).
      const activeMs = Math.floor(random() < 0.125 ? random() * 6 * HOUR : random() * 20 * 60_000);
      const end = Math.min(now, startedAt + activeMs);
      items.push({
        id: `g-${String(p)}-${String(e)}`,
        appActivityId: metadata.appActivityId,
        startedAt,
        lastActiveAt: end,
        activeMs: end - startedAt,
        userTimezone: 'Europe/Berlin',
        ended: true,
      });
      lastActiveAt = Math.max(lastActiveAt, end);
      firstSeenAt = Math.min(firstSeenAt, startedAt);
    }
    activities.push(
      withSearchKeys({
        appActivityId: metadata.appActivityId,
        metadata,
        firstSeenAt,
        lastActiveAt,
        searchTerms: pageTerms(metadata),
      }),
    );
  }
  return { activities, items };
}
