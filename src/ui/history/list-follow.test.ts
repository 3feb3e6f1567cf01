import { describe, expect, it, vi } from 'vitest';
import type { DeletionNote } from '../../messaging/deletion-note';
import type { DisplayRow } from './days';
import { focusKeyAfter, followStep } from './list-follow';

// The browser's note listener is not used here (pure parts only).
vi.mock('webextension-polyfill', () => ({ default: {} }));

const scheduled = (scope: Extract<DeletionNote, { kind: 'scheduled' }>['scope']): DeletionNote => ({
  kind: 'scheduled',
  at: 1,
  deletionId: 'd',
  scope,
});

describe('followStep', () => {
  const pages = { from: 0, to: 10, appActivityIds: ['p'] };
  const day = { from: 5, to: 10, match: 'started' as const };

  it('drops the rows a deletion scheduled elsewhere covers, in the day list and found pages', () => {
    expect(followStep(scheduled(pages), false, false)).toEqual({ kind: 'drop', scope: pages });
    expect(followStep(scheduled(pages), true, false)).toEqual({ kind: 'drop', scope: pages });
    expect(followStep(scheduled(day), false, false)).toEqual({ kind: 'drop', scope: day });
  });

  it('loads again where rows cannot be matched here: a site pattern, a range over found pages', () => {
    expect(followStep(scheduled({ from: 0, to: 10, site: 'news.test' }), false, false)).toEqual({
      kind: 'reload',
    });
    expect(followStep(scheduled(day), true, false)).toEqual({ kind: 'reload' });
  });

  it('loads again on an Undo made elsewhere and after a deletion with no undo window', () => {
    expect(followStep({ kind: 'undone', at: 1, deletionId: 'd' }, false, false)).toEqual({
      kind: 'reload',
    });
    expect(followStep({ kind: 'deleted', at: 1 }, true, false)).toEqual({ kind: 'reload' });
  });

  it("leaves this page's own deletions and their Undo to it, and applied ones alone", () => {
    expect(followStep(scheduled(pages), false, true)).toEqual({ kind: 'none' });
    expect(followStep({ kind: 'undone', at: 1, deletionId: 'd' }, false, true)).toEqual({
      kind: 'none',
    });
    expect(followStep({ kind: 'applied', at: 1 }, false, false)).toEqual({ kind: 'none' });
  });
});

describe('focusKeyAfter', () => {
  const rows = ['a', 'b', 'c', 'd'].map((key) => ({ key }) as DisplayRow);
  const gone = (keys: string[]) => (row: DisplayRow) => keys.includes(row.key);

  it.each<[string, string | undefined, string[], string | undefined]>([
    ['a kept focused row keeps focus', 'b', ['c'], 'b'],
    ['a focused row that goes: the next kept row', 'b', ['b', 'c'], 'd'],
    ['the last rows go: the kept row before', 'c', ['c', 'd'], 'b'],
    ['every row goes: none', 'a', ['a', 'b', 'c', 'd'], undefined],
    ['no row had focus: none', undefined, ['a'], undefined],
  ])('%s', (_, focused, deleted, expected) => {
    expect(focusKeyAfter(rows, gone(deleted), focused)).toBe(expected);
  });
});
