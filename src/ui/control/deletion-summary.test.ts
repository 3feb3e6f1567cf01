import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { DeletionCount } from '../../store/deletion-store';
import { describeDeletion } from './deletion-summary';

const count = (pages: number, engagements: number, trimmed = 0, published = 0): DeletionCount => ({
  pages,
  engagements,
  trimmed,
  published,
});

describe('describeDeletion', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each<[string, DeletionCount, boolean, 'range' | 'day', string]>([
    [
      'whole pages, here and in the Timeline',
      count(2, 3, 0, 1),
      true,
      'range',
      '2 pages (3 reading sessions) will be deleted from this browser. 1 page will also be deleted from your Microsoft Timeline. You can undo for a few seconds.',
    ],
    [
      'a day with a page also read on other days: it stays, and the Timeline loses the same',
      count(1, 3, 1, 2),
      true,
      'day',
      '1 page (3 reading sessions) will be deleted from this browser. 1 page also read on other days loses only this day’s reading sessions and stays. The same is deleted from your Microsoft Timeline (2 pages there). You can undo for a few seconds.',
    ],
    [
      'only sessions of pages read at other times too, the Timeline kept',
      count(0, 2, 2, 2),
      false,
      'range',
      '2 reading sessions will be deleted from this browser. 2 pages also read at other times lose only their reading sessions in this range and stay. Your Microsoft Timeline keeps its copy of 2 pages. You can undo for a few seconds.',
    ],
    ['nothing', count(0, 0), true, 'day', 'Nothing was read in this range.'],
  ])('%s', (_name, counted, alsoTimeline, wording, expected) => {
    useCatalog('en');
    expect(describeDeletion(counted, alsoTimeline, wording)).toBe(expected);
  });

  it('speaks German, each count with its own grammar', () => {
    useCatalog('de');
    expect(describeDeletion(count(0, 1, 1, 0), true, 'day')).toBe(
      '1 Lesesitzung wird aus diesem Browser gelöscht. 1 Seite, die auch an anderen Tagen gelesen wurde, verliert nur die Lesesitzungen dieses Tages und bleibt. Du kannst es einige Sekunden lang rückgängig machen.',
    );
  });
});
