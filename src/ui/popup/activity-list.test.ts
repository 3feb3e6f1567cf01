// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { ActivityListItem } from '../../messaging/contract';
import { renderActivityList } from './activity-list';

function item(title: string, extra: Partial<ActivityListItem['metadata']> = {}): ActivityListItem {
  return {
    appActivityId: `https://site.test/${title}`,
    metadata: {
      url: `https://site.test/${encodeURIComponent(title)}`,
      appActivityId: `https://site.test/${title}`,
      title,
      type: 'Article',
      authors: [],
      keywords: [],
      ...extra,
    },
    lastActiveAt: Date.UTC(2026, 0, 1, 11),
    activeMs: 125_000,
    historyItems: [],
  };
}

describe('activity list', () => {
  it('shows title, site, time read and when, in the order given', () => {
    const list = document.createElement('ul');
    const items = [item('First', { siteName: 'Site One' }), item('Second')];
    renderActivityList(list, items, { open: vi.fn(), remove: vi.fn() }, Date.UTC(2026, 0, 1, 12));
    const rows = [...list.querySelectorAll('li')];
    expect(rows.map((r) => r.querySelector('.title')?.textContent)).toEqual(['First', 'Second']);
    expect(rows[0]?.querySelector('.meta')?.textContent).toBe('Site One · 2 min read · 1 hour ago');
    expect(rows[1]?.querySelector('.meta')?.textContent).toContain('site.test');
  });

  it('keeps a hostile title as text', () => {
    const list = document.createElement('ul');
    const hostile = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';
    renderActivityList(list, [item(hostile)], { open: vi.fn(), remove: vi.fn() }, Date.now());
    expect(list.querySelector('.title')?.textContent).toBe(hostile);
    expect(list.querySelectorAll('b')).toHaveLength(0);
    expect(list.querySelectorAll('img')).toHaveLength(1);
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
});
