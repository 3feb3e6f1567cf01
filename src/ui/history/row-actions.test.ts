import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { DisplayRow } from './days';
import { rowSiteFilter, siteScope } from './delete-scopes';
import { rowMenuItems } from './row-actions';

vi.mock('../../messaging/client', () => ({ sendToWorker: vi.fn() }));

const row = (url: string, siteName?: string): DisplayRow =>
  ({
    key: url,
    appActivityId: url,
    url,
    at: 1_000,
    title: 'T',
    ...(siteName && { siteName }),
  }) as DisplayRow;

describe('a row’s site, as its menu deletes and filters it', () => {
  it.each<[string, DisplayRow, string]>([
    ['the host without www.', row('https://www.news.example.com/a'), 'news.example.com'],
    ['the name the page declares', row('https://zeit.de/x', 'ZEIT ONLINE'), 'ZEIT ONLINE'],
    ['a subdomain as its own label', row('https://blog.example.com/y'), 'blog.example.com'],
  ])('%s', (_name, from, site) => {
    expect(rowSiteFilter(from)).toEqual({ site });
  });

  it('deletes every reading of it up to now, by the list’s site label and start', () => {
    const now = Date.UTC(2026, 11, 3, 9);
    expect(siteScope(rowSiteFilter(row('https://www.news.example.com/a')), now)).toEqual({
      from: 0,
      to: now,
      match: 'started',
      siteLabel: 'news.example.com',
    });
  });
});

describe('rowMenuItems', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const runs = () => ({ showOnly: vi.fn(), deleteSite: vi.fn() });

  it('offers "Show only <site>" and "Delete all from <site>…", each running with the row’s site', () => {
    useCatalog('en');
    const r = runs();
    const from = row('https://news.example.com/a');
    const items = rowMenuItems(from, undefined, r);
    expect(items.map((item) => item.label)).toEqual([
      'Show only news.example.com',
      'Delete all from news.example.com…',
    ]);
    expect(items.map((item) => item.danger ?? false)).toEqual([false, true]);
    items[0]?.run();
    items[1]?.run();
    expect(r.showOnly).toHaveBeenCalledWith('news.example.com');
    expect(r.deleteSite).toHaveBeenCalledWith(from);
  });

  it('leaves out "Show only" while the Site filter already names the site; German', () => {
    useCatalog('de');
    const items = rowMenuItems(row('https://news.example.com/a'), 'news.example.com', runs());
    expect(items.map((item) => item.label)).toEqual(['Alles von news.example.com löschen…']);
    expect(rowMenuItems(row('https://a.test/'), 'news.example.com', runs())[0]?.label).toBe(
      'Nur a.test zeigen',
    );
  });
});
