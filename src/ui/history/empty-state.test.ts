import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../i18n/i18n';
import { useCatalog } from '../../i18n/testing';
import { vi } from 'vitest';
import { emptyMessageKey, type ListQuery } from './empty-state';

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
