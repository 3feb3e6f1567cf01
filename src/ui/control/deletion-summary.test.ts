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
      '2\u00a0pages (3\u00a0reading\u00a0sessions) will be deleted from this browser. 1\u00a0page will also be deleted from your Microsoft Timeline. You can undo for a few seconds.',
    ],
    [
      'a day with a page also read on other days: it stays, and the Timeline loses the same',
      count(1, 3, 1, 2),
      true,
      'day',
      '1\u00a0page (3\u00a0reading\u00a0sessions) will be deleted from this browser. 1\u00a0page also read on other days loses only this day’s reading sessions and stays. The same is deleted from your Microsoft Timeline (2\u00a0pages there). You can undo for a few seconds.',
    ],
    [
      'only sessions of pages read at other times too, the Timeline kept',
      count(0, 2, 2, 2),
      false,
      'range',
      '2\u00a0reading\u00a0sessions will be deleted from this browser. 2\u00a0pages also read at other times lose only their reading sessions in this range and stay. Your Microsoft Timeline keeps its copy of 2\u00a0pages. You can undo for a few seconds.',
    ],
    ['nothing', count(0, 0), true, 'day', 'Nothing was read in this range.'],
  ])('%s', (_name, counted, alsoTimeline, wording, expected) => {
    useCatalog('en');
    expect(describeDeletion(counted, alsoTimeline, wording)).toBe(expected);
  });

  it('keeps each number with its noun: no line breaks between them (no-break spaces), English and German', () => {
    useCatalog('en');
    const english = describeDeletion(count(12, 30, 2, 12), true, 'range');
    expect(english).not.toMatch(/\d /);
    expect(english).toContain('12\u00a0pages (30\u00a0reading\u00a0sessions)');
    useCatalog('de');
    const german = describeDeletion(count(12, 30, 2, 12), true, 'day');
    expect(german).not.toMatch(/\d /);
    expect(german).toContain('12\u00a0Seiten (30\u00a0Lesesitzungen)');
  });

  it('speaks German, each count with its own grammar', () => {
    useCatalog('de');
    expect(describeDeletion(count(0, 1, 1, 0), true, 'day')).toBe(
      '1\u00a0Lesesitzung wird aus diesem Browser gelöscht. 1\u00a0Seite, die auch an anderen Tagen gelesen wurde, verliert nur die Lesesitzungen dieses Tages und bleibt. Du kannst es einige Sekunden lang rückgängig machen.',
    );
  });
});
