import { afterEach, describe, expect, it, vi } from 'vitest';
import { noMergeCounts } from '../../history-file/merge-plan';
import { useCatalog } from '../../i18n/testing';
import { addedNothing, importSummary } from './import-summary';

afterEach(() => vi.unstubAllGlobals());

describe('the line an import ends with', () => {
  const total = { ...noMergeCounts(), newPages: 1, newEngagements: 1, neverRecordedPages: 2 };

  it('says how many pages were left out as never recorded (en)', () => {
    useCatalog('en');
    expect(importSummary(total)).toBe(
      'Imported. New pages: 1, new reading sessions: 1, pages already here: 0. Left out because ' +
        'such pages are never recorded, whatever the settings: 2 pages whose address is a ' +
        'password-reset, sign-in or other private link.',
    );
  });

  it('says it in German too, after what the settings left out', () => {
    useCatalog('de');
    const text = importSummary({ ...total, excludedPages: 3 });
    expect(text).toContain('ausgelassen: 3 Seiten ausgeschlossener Websites.');
    expect(text).toMatch(
      /Ausgelassen, weil solche Seiten nie aufgezeichnet werden.*: 2 Seiten, deren/,
    );
  });

  it('says nothing of it when no page was refused', () => {
    useCatalog('en');
    expect(importSummary({ ...total, neverRecordedPages: 0 })).not.toContain('never recorded');
  });

  it('says "Nothing new" when the file added nothing, not a zero-filled "Imported."', () => {
    useCatalog('en');
    const again = { ...noMergeCounts(), unchangedPages: 2 };
    expect(addedNothing(again)).toBe(true);
    expect(importSummary(again)).toBe('Nothing new: 2 pages from the file are already here.');
    expect(importSummary({ ...again, unchangedPages: 1 })).toBe(
      'Nothing new: 1 page from the file is already here.',
    );
    expect(importSummary({ ...noMergeCounts(), excludedPages: 1 })).toBe(
      'Nothing new was imported. Left out by your settings: 1 page of an excluded site.',
    );
    useCatalog('de');
    expect(importSummary(again)).toBe('Nichts Neues: 2 Seiten aus der Datei sind schon vorhanden.');
  });

  it('names only the reasons that left pages out, each with its own plural', () => {
    useCatalog('en');
    const some = { ...noMergeCounts(), newPages: 2, newEngagements: 3 };
    expect(importSummary({ ...some, expiredPages: 1 })).toContain(
      'Left out by your settings: 1 page older than your retention period.',
    );
    expect(importSummary({ ...some, excludedPages: 1, expiredPages: 40 })).toContain(
      'Left out by your settings: 1 page of an excluded site and 40 pages older than your ' +
        'retention period.',
    );
    expect(importSummary({ ...some, neverRecordedPages: 1 })).toContain(
      'whatever the settings: 1 page whose address',
    );
    expect(importSummary({ ...some, futurePages: 2 })).toContain(
      'Left out because they are dated in the future (the clock of the device that wrote the ' +
        'file was ahead): 2 pages.',
    );
    useCatalog('de');
    expect(importSummary({ ...some, futurePages: 1 })).toContain(
      'Ausgelassen, weil sie in der Zukunft datiert ist',
    );
    expect(importSummary({ ...some, excludedPages: 1, expiredPages: 1 })).toContain(
      'ausgelassen: 1 Seite einer ausgeschlossenen Website und 1 Seite älter als deine ' +
        'Aufbewahrungsdauer.',
    );
  });
});
