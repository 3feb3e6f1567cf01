// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { PageRow } from '../../store/page-rows';
import { enableListKeyboard, renderActivityList } from './activity-list';

function item(title: string, extra: Partial<PageRow> = {}): PageRow {
  return {
    appActivityId: `https://site.test/${title}`,
    url: `https://site.test/${encodeURIComponent(title)}`,
    title,
    lastActiveAt: Date.UTC(2026, 0, 1, 11),
    activeMs: 125_000,
    ...extra,
  };
}

describe('activity list', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it('shows title, site, time read and when, in the order given', () => {
    const list = document.createElement('ul');
    const items = [item('First', { siteName: 'Site One' }), item('Second')];
    const now = Date.UTC(2026, 0, 1, 12);
    renderActivityList(list, items, { open: vi.fn(), remove: vi.fn() }, now, 'en');
    const rows = [...list.querySelectorAll('li')];
    expect(rows.map((r) => r.querySelector('.title')?.textContent)).toEqual(['First', 'Second']);
    expect(rows[0]?.querySelector('.meta')?.textContent).toBe(
      'Site One · Read for 2 min · 1 hour ago',
    );
    expect(rows[1]?.querySelector('.meta')?.textContent).toContain('site.test');
  });

  it('says how many sessions a time sums when the history lists several', () => {
    const list = document.createElement('ul');
    const items = [item('Twice', { siteName: 'Site One', sessions: 2 }), item('Once')];
    renderActivityList(list, items, { open: vi.fn(), remove: vi.fn() }, Date.now(), 'en');
    const metas = [...list.querySelectorAll('.meta')].map((meta) => meta.textContent);
    expect(metas[0]).toContain('Site One · Read for 2 min in 2 sessions · ');
    expect(metas[1]).toContain('Read for 2 min · ');
    useCatalog('de');
    renderActivityList(list, items, { open: vi.fn(), remove: vi.fn() }, Date.now(), 'de');
    expect(list.querySelector('.meta')?.textContent).toContain('2 Min. gelesen, in 2 Sitzungen');
  });

  it('gives each part of the info line its span, so extras can go whole and nothing mid-line is cut', () => {
    const list = document.createElement('ul');
    const items = [
      item('Both', { siteName: 'Site', progress: 42, devices: ['this device', 'Phone'] }),
      item('Plain'),
    ];
    const now = Date.UTC(2026, 0, 1, 12);
    const handlers = { open: vi.fn(), remove: vi.fn(), preview: vi.fn() };
    renderActivityList(list, items, handlers, now, 'en');
    const parts = (meta: Element | null | undefined) =>
      [...(meta?.children ?? [])].map((part) => [part.className, part.textContent]);
    const [both, plain] = [...list.querySelectorAll('.meta')];
    // meta-line-fit.ts fits them by class: extras dropped whole, the site cut, then "when".
    expect(both?.classList.contains('meta-line')).toBe(true);
    expect(parts(both)).toEqual([
      ['site', 'Site'],
      ['read', ' · Read for 2 min'],
      ['extra', ' · 42% read'],
      ['extra', ' · on this device + Phone'],
      ['when', ' · 1 hour ago'],
    ]);
    expect(parts(plain).map(([name]) => name)).toEqual(['site', 'read', 'when']);
    // German says "gelesen" once: "2 Min. gelesen · bis 42 %".
    useCatalog('de');
    renderActivityList(list, items, handlers, now, 'de');
    expect(list.querySelector('.meta')?.textContent).toMatch(
      /^Site · 2 Min\. gelesen · bis 42 % · /,
    );
    useCatalog('en');
    // Delete comes before the card toggle, as drawn (over the row's end, left of the toggle).
    const buttons = [...(list.firstElementChild?.querySelectorAll('button') ?? [])];
    expect(buttons.map((button) => button.className)).toEqual([
      'delete icon-button',
      'toggle icon-button',
    ]);
  });

  it('keeps a hostile title as text', () => {
    const list = document.createElement('ul');
    const hostile = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';
    renderActivityList(list, [item(hostile)], { open: vi.fn(), remove: vi.fn() }, Date.now());
    expect(list.querySelector('.title')?.textContent).toBe(hostile);
    expect(list.querySelectorAll('b')).toHaveLength(0);
    expect(list.querySelectorAll('img')).toHaveLength(0);
  });

  it('calls open and remove with the clicked page', () => {
    const list = document.createElement('ul');
    const open = vi.fn();
    const remove = vi.fn();
    const items = [item('A'), item('B')];
    renderActivityList(list, items, { open, remove }, Date.now());
    list.querySelectorAll<HTMLAnchorElement>('.title')[1]?.click();
    list.querySelectorAll<HTMLButtonElement>('.delete')[0]?.click();
    expect(open).toHaveBeenCalledWith(items[1]);
    expect(remove).toHaveBeenCalledWith(items[0]);
  });

  it('shows and hides the Timeline card on request', () => {
    const list = document.createElement('ul');
    const preview = vi.fn(() => {
      const card = document.createElement('div');
      card.className = 'card-preview';
      card.textContent = 'card';
      return card;
    });
    renderActivityList(list, [item('A')], { open: vi.fn(), remove: vi.fn(), preview }, Date.now());
    const toggle = list.querySelector<HTMLButtonElement>('.toggle');
    toggle?.click();
    expect(list.querySelector('.card-preview')?.textContent).toBe('card');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    // One glyph both ways (popup.css turns it), named by its label only.
    expect(toggle?.textContent).toBe('▸');
    expect(toggle?.querySelector('.glyph')?.getAttribute('aria-hidden')).toBe('true');
    toggle?.click();
    expect(list.querySelector('.card-preview')).toBeNull();
    expect(preview).toHaveBeenCalledTimes(1);
  });

  it('renders an empty list and hundreds of pages', () => {
    const list = document.createElement('ul');
    renderActivityList(list, [], { open: vi.fn(), remove: vi.fn() }, Date.now());
    expect(list.children).toHaveLength(0);
    const many = Array.from({ length: 500 }, (_, i) => item(`Page ${String(i)}`));
    renderActivityList(list, many, { open: vi.fn(), remove: vi.fn() }, Date.now());
    expect(list.children).toHaveLength(500);
  });

  it('speaks German with the German catalog', () => {
    useCatalog('de');
    const list = document.createElement('ul');
    const now = Date.UTC(2026, 0, 1, 12);
    renderActivityList(list, [item('Erster')], { open: vi.fn(), remove: vi.fn() }, now, 'de');
    expect(list.querySelector('.meta')?.textContent).toBe(
      'site.test · 2 Min. gelesen · vor 1 Stunde',
    );
    expect(list.querySelector('.delete')?.getAttribute('aria-label')).toBe(
      '„Erster“ aus deinem Verlauf löschen',
    );
  });

  it('shows the site initial when a page has no favicon or it fails to load', () => {
    // useCatalog's chrome stub, plus runtime.getURL as the browser answers it.
    vi.stubGlobal('chrome', {
      ...(globalThis as unknown as { chrome: object }).chrome,
      runtime: { getURL: (path: string) => `chrome-extension://id${path}` },
    });
    const list = document.createElement('ul');
    const items = [item('A'), item('B', { faviconUrl: 'https://site.test/favicon.ico' })];
    renderActivityList(list, items, { open: vi.fn(), remove: vi.fn() }, Date.now());
    const [first, second] = [...list.querySelectorAll('.site-icon')];
    expect(first?.textContent).toBe('S');
    expect(first?.querySelector('img')).toBeNull();
    // The browser's copy of the icon, never the site's own URL (a request the site would see).
    expect(second?.querySelector('img')?.getAttribute('src')).toBe(
      `chrome-extension://id/_favicon/?pageUrl=${encodeURIComponent('https://site.test/B')}&size=32`,
    );
    second?.querySelector('img')?.dispatchEvent(new Event('error'));
    expect(second?.textContent).toBe('S');
    expect(list.querySelector('img[src*="icons/icon"]')).toBeNull();
  });

  it('takes the badge from the first letter or digit, past punctuation', () => {
    const list = document.createElement('ul');
    const sites = ['__Security Centre__', '[Draft] notes', '1843 Magazine', '🌊 Tides', '—'];
    const items = sites.map((siteName) => item(siteName, { siteName }));
    renderActivityList(list, items, { open: vi.fn(), remove: vi.fn() }, Date.now());
    const badges = [...list.querySelectorAll('.site-icon')].map((badge) => badge.textContent);
    expect(badges).toEqual(['S', 'D', '1', 'T', '—']);
  });

  it('gives a site known only by its IP address a globe, not its first digit', () => {
    const list = document.createElement('ul');
    renderActivityList(
      list,
      [item('Local', { siteName: '127.0.0.1' })],
      { open: vi.fn(), remove: vi.fn() },
      Date.now(),
    );
    const badge = list.querySelector('.site-icon');
    expect(badge?.textContent).toBe('');
    expect(badge?.querySelector('svg')).not.toBeNull();
  });

  it('never says a page was read in the future: a clock ahead of this one reads "just now"', () => {
    const list = document.createElement('ul');
    const now = Date.UTC(2026, 0, 1, 11);
    const ahead = item('Ahead', { lastActiveAt: now + 70_000 });
    renderActivityList(list, [ahead], { open: vi.fn(), remove: vi.fn() }, now, 'en');
    expect(list.querySelector('.meta time')?.textContent).toBe('just now');
  });

  it('moves by arrow keys with one tab stop, and deletes with the Delete key', () => {
    const list = document.createElement('ul');
    const search = document.createElement('input');
    document.body.replaceChildren(search, list);
    const remove = vi.fn();
    renderActivityList(list, [item('A'), item('B'), item('C')], { open: vi.fn(), remove }, 0);
    const deleted: number[] = [];
    enableListKeyboard(list, search, (index) => deleted.push(index));
    const titles = [...list.querySelectorAll<HTMLElement>('.title')];
    const press = (key: string) =>
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const tabStops = () =>
      [...list.querySelectorAll<HTMLElement>('a, button')].filter((e) => e.tabIndex === 0);

    expect(tabStops().every((e) => e.closest('li') === list.children[0])).toBe(true);
    search.focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(titles[0]);
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    expect(document.activeElement).toBe(titles[2]);
    expect(tabStops().every((e) => e.closest('li') === list.children[2])).toBe(true);
    press('Home');
    expect(document.activeElement).toBe(titles[0]);
    press('End');
    press('Delete');
    expect(deleted).toEqual([2]);
    list.querySelectorAll<HTMLElement>('.delete')[1]?.focus();
    press('Delete');
    expect(deleted).toEqual([2, 1]);
    titles[0]?.focus();
    press('ArrowUp');
    expect(document.activeElement).toBe(search);
  });
});
