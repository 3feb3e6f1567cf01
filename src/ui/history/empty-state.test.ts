import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../i18n/i18n';
import { useCatalog } from '../../i18n/testing';
import { vi } from 'vitest';
import { startOfDay } from './days';
import { emptyMessageKey, totalsWithout, type ListQuery } from './empty-state';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('emptyMessageKey', () => {
  it.each<[ListQuery, 'en' | 'de', string]>([
    [
      { query: 'zzz', unfinished: false, filtered: false },
      'de',
      'Keine Seite passt zu deiner Suche.',
    ],
    [{ query: 'zzz', unfinished: true, filtered: true }, 'en', 'No page matches your search.'],
    [
      { query: '', unfinished: true, filtered: false },
      'en',
      'No unfinished page with reading time.',
    ],
    [{ query: '', unfinished: false, filtered: true }, 'en', 'Nothing recorded in this range.'],
    [
      { query: '', unfinished: false, filtered: false },
      'de',
      'Noch nichts aufgezeichnet. Öffne eine Seite und lies ein paar Sekunden darin, dann erscheint sie hier.',
    ],
  ])('for %o in %s says %s', (view, language, text) => {
    useCatalog(language);
    expect(t(emptyMessageKey(view))).toBe(text);
  });
});

describe('totalsWithout', () => {
  const day = startOfDay(new Date(2026, 10, 29, 15).getTime());
  const yesterday = startOfDay(new Date(2026, 10, 28, 15).getTime());
  const at = new Date(2026, 10, 29, 15, 47).getTime();

  it.each([
    ['subtracts a deleted row from its day', [{ at, activeMs: 8_000 }], 26_000],
    [
      'subtracts every deleted row',
      [
        { at, activeMs: 8_000 },
        { at, activeMs: 6_000 },
      ],
      20_000,
    ],
    ['never goes below zero', [{ at, activeMs: 60_000 }], 0],
    ['leaves the day when nothing of it is deleted', [], 34_000],
  ])('%s', (_, removed, total) => {
    const totals = new Map([
      [day, 34_000],
      [yesterday, 60_000],
    ]);
    const result = totalsWithout(totals, removed);
    expect(result.get(day)).toBe(total);
    expect(result.get(yesterday)).toBe(60_000);
  });

  it('does not invent a total for a day it had none for', () => {
    expect(totalsWithout(new Map(), [{ at, activeMs: 8_000 }]).has(day)).toBe(false);
  });
});
