import { describe, expect, it } from 'vitest';
import { decideForPage, parseDeletionScope, presetRange, type ScopedPage } from './deletion-scope';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 29, 12);

function page(url: string, ...spans: [number, number][]): ScopedPage {
  return {
    url,
    siteName: undefined,
    firstSeenAt: spans[0]?.[0] ?? NOW - HOUR,
    items: spans.map(([startedAt, lastActiveAt], i) => ({
      id: `i${String(i)}`,
      startedAt,
      lastActiveAt,
    })),
  };
}

describe('decideForPage', () => {
  const lastHour = { from: NOW - HOUR, to: NOW };
  it.each([
    [
      'read only in the last hour',
      lastHour,
      page('https://a.test/', [NOW - 30 * 60_000, NOW - 20 * 60_000]),
      { kind: 'page' },
    ],
    [
      'read only yesterday',
      lastHour,
      page('https://a.test/', [NOW - 25 * HOUR, NOW - 24 * HOUR]),
      { kind: 'none' },
    ],
    [
      'read yesterday and in the last hour: only the recent engagement goes',
      lastHour,
      page(
        'https://a.test/',
        [NOW - 25 * HOUR, NOW - 24 * HOUR],
        [NOW - 10 * 60_000, NOW - 5 * 60_000],
      ),
      { kind: 'items', historyItemIds: ['i1'] },
    ],
    [
      'an engagement straddling the start counts',
      lastHour,
      page('https://a.test/', [NOW - 2 * HOUR, NOW - 50 * 60_000]),
      { kind: 'page' },
    ],
    ['opened in range, never read', lastHour, page('https://a.test/'), { kind: 'page' }],
    [
      'site: a subdomain',
      { from: 0, to: NOW, site: 'example.com' },
      page('https://news.example.com/x', [NOW - HOUR, NOW]),
      { kind: 'page' },
    ],
    [
      'site: a look-alike',
      { from: 0, to: NOW, site: 'example.com' },
      page('https://example.com.evil.test/', [NOW - HOUR, NOW]),
      { kind: 'none' },
    ],
    [
      'site: another site',
      { from: 0, to: NOW, site: 'example.com' },
      page('https://other.test/', [NOW - HOUR, NOW]),
      { kind: 'none' },
    ],
    [
      'selection: selected',
      { from: 0, to: NOW, appActivityIds: ['p'] },
      page('https://a.test/', [NOW - 90 * 24 * HOUR, NOW - HOUR]),
      { kind: 'page' },
    ],
    [
      'selection: not selected',
      { from: 0, to: NOW, appActivityIds: ['q'] },
      page('https://a.test/', [NOW - HOUR, NOW]),
      { kind: 'none' },
    ],
    [
      'started: an engagement read across the start is not in the range (it is listed the day before)',
      { from: NOW - HOUR, to: NOW, match: 'started' as const },
      page('https://a.test/', [NOW - 2 * HOUR, NOW - 50 * 60_000]),
      { kind: 'none' },
    ],
    [
      'started: one read across the end is (listed under the day it started)',
      { from: NOW - 2 * HOUR, to: NOW - HOUR, match: 'started' as const },
      page('https://a.test/', [NOW - 90 * 60_000, NOW - 30 * 60_000]),
      { kind: 'page' },
    ],
    [
      'started: only the engagements started in range go',
      { from: NOW - HOUR, to: NOW, match: 'started' as const },
      page('https://a.test/', [NOW - 2 * HOUR, NOW - 50 * 60_000], [NOW - 10 * 60_000, NOW]),
      { kind: 'items', historyItemIds: ['i1'] },
    ],
    [
      'site label: the host without www. when the page names no site',
      { from: 0, to: NOW, siteLabel: 'example.com' },
      page('https://www.example.com/x', [NOW - HOUR, NOW]),
      { kind: 'page' },
    ],
    [
      'site label: exactly, never a subdomain (the Site filter lists news.example.com apart)',
      { from: 0, to: NOW, siteLabel: 'example.com' },
      page('https://news.example.com/x', [NOW - HOUR, NOW]),
      { kind: 'none' },
    ],
    [
      'site label: the name the page declares',
      { from: 0, to: NOW, siteLabel: 'ZEIT ONLINE' },
      { ...page('https://www.zeit.de/x', [NOW - HOUR, NOW]), siteName: 'ZEIT ONLINE' },
      { kind: 'page' },
    ],
    [
      'site label: a page declaring a name is not listed under its host',
      { from: 0, to: NOW, siteLabel: 'zeit.de' },
      { ...page('https://www.zeit.de/x', [NOW - HOUR, NOW]), siteName: 'ZEIT ONLINE' },
      { kind: 'none' },
    ],
    [
      'read after the deletion was asked for stays',
      { from: 0, to: NOW - HOUR },
      page('https://a.test/', [NOW - 10_000, NOW]),
      { kind: 'none' },
    ],
  ])('%s', (_name, scope, scoped, expected) => {
    expect(decideForPage(scope, 'p', scoped)).toEqual(expected);
  });
});

describe('parseDeletionScope', () => {
  it.each([
    ['a range', { from: 1, to: 2 }, { from: 1, to: 2 }],
    ['a site', { from: 0, to: 2, site: 'example.com' }, { from: 0, to: 2, site: 'example.com' }],
    [
      'a selection',
      { from: 0, to: 2, appActivityIds: ['a', 'b'] },
      { from: 0, to: 2, appActivityIds: ['a', 'b'] },
    ],
    [
      'a day of the history list',
      { from: 1, to: 2, match: 'started' },
      { from: 1, to: 2, match: 'started' },
    ],
    [
      'a site label',
      { from: 0, to: 2, siteLabel: 'ZEIT ONLINE' },
      { from: 0, to: 2, siteLabel: 'ZEIT ONLINE' },
    ],
    ['an unknown match', { from: 1, to: 2, match: 'ended' }, null],
    ['an empty site label', { from: 0, to: 2, siteLabel: '' }, null],
    ['a site label not text', { from: 0, to: 2, siteLabel: 7 }, null],
    ['a site label too long', { from: 0, to: 2, siteLabel: 'x'.repeat(1001) }, null],
    ['reversed range', { from: 3, to: 2 }, null],
    ['negative', { from: -1, to: 2 }, null],
    ['not finite', { from: 0, to: Number.POSITIVE_INFINITY }, null],
    ['text times', { from: '0', to: '2' }, null],
    ['a site with a path', { from: 0, to: 2, site: 'example.com/x' }, null],
    ['an empty selection', { from: 0, to: 2, appActivityIds: [] }, null],
    ['a selection of numbers', { from: 0, to: 2, appActivityIds: [1] }, null],
    ['garbage', 'everything', null],
    ['null', null, null],
  ])('%s', (_name, raw, expected) => {
    expect(parseDeletionScope(raw)).toEqual(expected);
  });
});

describe('presetRange', () => {
  it.each([
    ['last-hour', NOW - HOUR],
    ['last-7-days', NOW - 7 * 24 * HOUR],
    ['everything', 0],
  ] as const)('%s', (preset, from) => {
    expect(presetRange(preset, NOW)).toEqual({ from, to: NOW });
  });

  it('today starts at local midnight', () => {
    const { from, to } = presetRange('today', NOW);
    const start = new Date(from);
    expect([start.getHours(), start.getMinutes(), start.getSeconds()]).toEqual([0, 0, 0]);
    expect(to - from).toBeLessThan(24 * HOUR);
    expect(to).toBe(NOW);
  });
});
