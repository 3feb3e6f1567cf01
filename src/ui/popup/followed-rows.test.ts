import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../store/page-rows';
import { followedRows } from './followed-rows';

const row = (id: string, activeMs: number, devices?: string[]): PageRow => ({
  appActivityId: id,
  title: id,
  url: `https://example.com/${id}`,
  lastActiveAt: 1_000,
  activeMs,
  ...(devices ? { devices } : {}),
});

describe('the popup list after a sync pass', () => {
  it('keeps the list in place when the pages and their order are the same', () => {
    const shown = [row('a', 60_000), row('b', 30_000)];
    const fresh = [row('a', 60_000), row('b', 45_000, ['Laptop'])];
    expect(followedRows(shown, fresh)).toEqual({ rows: fresh, redraw: false });
  });

  it('never lowers a time on screen: the live time the page being read said stays', () => {
    // The popup showed 95 s once the page said its pending input; the pass's answer says 90 s.
    const shown = [row('a', 95_000), row('b', 30_000)];
    const { rows } = followedRows(shown, [row('a', 90_000), row('b', 30_000)]);
    expect(rows.map((r) => r.activeMs)).toEqual([95_000, 30_000]);
  });

  it('redraws when a page pulled from another device comes, and keeps the times shown', () => {
    const shown = [row('a', 95_000)];
    const { rows, redraw } = followedRows(shown, [row('new', 20_000), row('a', 90_000)]);
    expect(redraw).toBe(true);
    expect(rows.map((r) => [r.appActivityId, r.activeMs])).toEqual([
      ['new', 20_000],
      ['a', 95_000],
    ]);
  });

  it('redraws when a page was deleted on another device, or the order moved', () => {
    const shown = [row('a', 1), row('b', 1)];
    expect(followedRows(shown, [row('b', 1)]).redraw).toBe(true);
    expect(followedRows(shown, [row('b', 1), row('a', 1)]).redraw).toBe(true);
  });
});
