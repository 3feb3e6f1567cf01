import { describe, expect, it } from 'vitest';
import type { Engagement, TrackerEffect } from '../tracking/engagement-types';
import { readsToReport, type ReportPolicy } from './reads-to-report';
import { compileSiteRules } from './site-rules';

const rules = compileSiteRules([
  {
    connectionId: 'contosointranet',
    priority: 1,
    baseUrls: ['http://intranet.contoso.test/wiki'],
    urlPattern: '/(?<slug>[a-z-]+)$',
  },
]);
const engagement = (id: string, url: string): Engagement => ({
  id,
  appActivityId: url,
  url,
  startedAt: 1_000,
  lastActiveAt: 9_000,
  activeMs: 8_000,
});
const intranet = engagement('e1', 'http://intranet.contoso.test/wiki/holidays');
const news = engagement('e2', 'https://news.example/story');
const on: ReportPolicy = { relayConfigured: true, rules, paused: false, excludedSites: [] };

describe('readsToReport', () => {
  it.each<[string, TrackerEffect[], ReportPolicy, string[]]>([
    [
      'a matching page that reached the minimum',
      [{ type: 'save-engagement', engagement: intranet }],
      on,
      ['e1'],
    ],
    ['a page the rules do not match', [{ type: 'save-engagement', engagement: news }], on, []],
    [
      'an engagement ended, not saved (too short or already queued)',
      [{ type: 'engagement-ended', engagement: intranet, kept: false }],
      on,
      [],
    ],
    [
      'while paused',
      [{ type: 'save-engagement', engagement: intranet }],
      { ...on, paused: true },
      [],
    ],
    [
      'an excluded site',
      [{ type: 'save-engagement', engagement: intranet }],
      { ...on, excludedSites: ['contoso.test'] },
      [],
    ],
    [
      'no relay configured',
      [{ type: 'save-engagement', engagement: intranet }],
      { ...on, relayConfigured: false },
      [],
    ],
    [
      'no rules fetched yet',
      [{ type: 'save-engagement', engagement: intranet }],
      { ...on, rules: [] },
      [],
    ],
  ])('%s', (_name, effects, policy, ids) => {
    expect(readsToReport(effects, policy, 5).map((r) => r.id)).toEqual(ids);
  });

  it('keeps the URL and the start of the engagement', () => {
    expect(readsToReport([{ type: 'save-engagement', engagement: intranet }], on, 5)).toEqual([
      { id: 'e1', url: intranet.url, startedAt: 1_000, queuedAt: 5 },
    ]);
  });
});
