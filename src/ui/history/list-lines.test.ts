import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../i18n/i18n';
import { useCatalog } from '../../i18n/testing';
import { emptyMessageKey, endLine, foundLine, type ListEnd, type ListQuery } from './list-lines';

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
      'No unfinished page read for 1 min or more.',
    ],
    [{ query: '', unfinished: false, filtered: true }, 'en', 'No reading matches these filters.'],
    [
      { query: '', unfinished: false, filtered: true, deleted: true },
      'de',
      'Kein Lesevorgang passt zu diesen Filtern.',
    ],
    [
      { query: '', unfinished: false, filtered: false, deleted: true },
      'en',
      'No readings in your history: what was here has been deleted.',
    ],
    [
      { query: '', unfinished: false, filtered: false, deleted: true },
      'de',
      'Keine Lesevorgänge in deinem Verlauf: Was hier war, wurde gelöscht.',
    ],
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

describe('endLine', () => {
  const dayList: ListEnd = {
    query: '',
    unfinished: false,
    filtered: false,
    rows: 40,
    loading: false,
    searching: false,
    more: false,
  };
  const said = (state: Partial<ListEnd>): string | null => {
    const line = endLine({ ...dayList, ...state });
    return line.hidden ? null : t(line.key);
  };

  it('says the end only under a day list loaded to its oldest engagement', () => {
    useCatalog('en');
    expect(said({})).toBe('That is the oldest page you read.');
    expect(said({ more: true })).toBeNull();
    expect(said({ loading: true })).toBeNull();
    expect(said({ searching: true, query: 'tides' })).toBeNull();
  });

  it('says why an empty list is empty once its load has answered', () => {
    useCatalog('en');
    expect(said({ rows: 0, loading: true })).toBeNull();
    expect(said({ rows: 0, searching: true, query: 'zzz' })).toBe('No page matches your search.');
    expect(said({ rows: 0, filtered: true })).toBe('No reading matches these filters.');
  });
});

describe('foundLine', () => {
  it("counts what was found, in the reader's language and number format", () => {
    useCatalog('en');
    expect(foundLine(undefined, 'en')).toBe('');
    expect(foundLine({ total: 1, more: false }, 'en')).toBe('1 page found.');
    expect(foundLine({ total: 3, more: false }, 'en')).toBe('3 pages found.');
    useCatalog('de');
    expect(foundLine({ total: 1200, more: true }, 'de')).toBe('Mehr als 1.200 Seiten gefunden.');
  });
});
