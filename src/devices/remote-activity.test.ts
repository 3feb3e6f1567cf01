import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import { deletionMarker, deviceMarker } from './markers';
import { parseListingPage } from './remote-activity';

const URL_A = 'https://news.example/a';
const ID = appActivityIdFor(URL_A);

const activity = (extra: Record<string, unknown> = {}) => ({
  id: '1234',
  appActivityId: ID,
  lastModifiedDateTime: '2026-11-01T10:00:00.1234567Z',
  contentUrl: URL_A,
  visualElements: {
    displayText: 'A story',
    attribution: { iconUrl: 'https://news.example/icon.png' },
  },
  contentInfo: {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    name: 'A story',
    description: 'About it',
    author: [{ '@type': 'Person', name: 'Ann' }],
    isPartOf: { '@type': 'WebSite', name: 'News' },
    keywords: 'one, two',
    timeRequired: 'PT4M',
  },
  historyItems: [
    {
      id: 'AAAAAAAA-0000-8000-8000-bbbbbbbbbbbb',
      startedDateTime: '2026-11-01T09:00:00Z',
      lastActiveDateTime: '2026-11-01T09:05:00Z',
      activeDurationSeconds: 240,
      userTimezone: 'Europe/Berlin',
    },
  ],
  ...extra,
});

describe('parseListingPage', () => {
  it('reads a page with its metadata and engagements', () => {
    const page = parseListingPage({ value: [activity()], '@odata.nextLink': 'https://g/next' });
    expect(page.nextLink).toBe('https://g/next');
    expect(page.lastModified).toEqual([Date.parse('2026-11-01T10:00:00.123Z')]);
    const [entry] = page.entries;
    expect(entry).toMatchObject({
      kind: 'page',
      serverId: '1234',
      appActivityId: ID,
      metadata: {
        url: URL_A,
        title: 'A story',
        type: 'NewsArticle',
        siteName: 'News',
        description: 'About it',
        authors: [{ name: 'Ann', kind: 'Person' }],
        keywords: ['one', 'two'],
        readingMinutes: 4,
        faviconUrl: 'https://news.example/icon.png',
      },
      items: [
        {
          id: 'aaaaaaaa-0000-8000-8000-bbbbbbbbbbbb',
          activeMs: 240_000,
          userTimezone: 'Europe/Berlin',
        },
      ],
    });
  });

  it('reads the markers it writes', () => {
    const deleted = deletionMarker('aaaaaaaaaaaa', [ID], Date.parse('2026-11-02T00:00:00Z'));
    const named = deviceMarker('aaaaaaaaaaaa', 'Laptop');
    const page = parseListingPage({
      value: [
        { ...deleted.body, id: '1' },
        { ...named.body, id: '2' },
      ],
    });
    expect(page.entries).toEqual([
      { kind: 'deleted', appActivityIds: [ID], deletedAt: Date.parse('2026-11-02T00:00:00Z') },
      { kind: 'device', node: 'aaaaaaaaaaaa', label: 'Laptop' },
    ]);
  });

  it.each<[string, unknown]>([
    [
      'an id that is not the URL’s',
      activity({ appActivityId: appActivityIdFor('https://x.example/') }),
    ],
    ['a javascript: URL', activity({ contentUrl: 'javascript:alert(1)', fallbackUrl: undefined })],
    ['no title', activity({ visualElements: {}, contentInfo: {} })],
    ['no server id', activity({ id: 7 })],
    ['a string', 'hello'],
    ['a device marker with a bad node', { appActivityId: 'device.zz', contentInfo: { name: 'x' } }],
    ['a deletion marker without a time', { appActivityId: 'deleted.x', contentInfo: {} }],
  ])('skips %s', (_n, entry) => {
    expect(parseListingPage({ value: [entry] }).entries).toEqual([]);
  });

  it('drops engagements without a GUID or a start, and bounds a duration by the span', () => {
    const page = parseListingPage({
      value: [
        activity({
          historyItems: [
            { id: 'x', startedDateTime: '2026-11-01T09:00:00Z' },
            { id: 'aaaaaaaa-0000-8000-8000-bbbbbbbbbbbb' },
            {
              id: 'aaaaaaaa-0000-8000-8000-cccccccccccc',
              startedDateTime: '2026-11-01T09:00:00Z',
              lastActiveDateTime: '2026-11-01T09:01:00Z',
              activeDurationSeconds: 1e9,
            },
          ],
        }),
      ],
    });
    const [entry] = page.entries;
    expect(entry?.kind === 'page' && entry.items.map((i) => i.activeMs)).toEqual([61_000]);
  });

  it.each([null, {}, { value: 'x' }])('refuses a body that is not a listing (%j)', (body) => {
    expect(() => parseListingPage(body)).toThrow(/value array/);
  });
});
