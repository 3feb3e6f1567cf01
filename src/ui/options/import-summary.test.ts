import { afterEach, describe, expect, it, vi } from 'vitest';
import { noMergeCounts } from '../../history-file/merge-plan';
import { useCatalog } from '../../i18n/testing';
import { importSummary } from './import-summary';

afterEach(() => vi.unstubAllGlobals());

describe('the line an import ends with', () => {
  const total = { ...noMergeCounts(), newPages: 1, newEngagements: 1, neverRecordedPages: 2 };

  it('says how many pages were left out as never recorded (en)', () => {
    useCatalog('en');
    expect(importSummary(total)).toBe(
      'Imported. New pages: 1, new reading sessions: 1, pages already here: 0. Left out because ' +
        'they are never recorded, whatever the settings: 2 pages whose address is a ' +
        'password-reset, sign-in or other private link.',
    );
  });

  it('says it in German too, after what the settings left out', () => {
    useCatalog('de');
    const text = importSummary({ ...total, excludedPages: 3 });
    expect(text).toContain('3 Seiten ausgeschlossener Websites');
    expect(text).toMatch(/Ausgelassen, weil sie nie aufgezeichnet werden.*: 2 Seiten, deren/);
  });

  it('says nothing of it when no page was refused', () => {
    useCatalog('en');
    expect(importSummary({ ...total, neverRecordedPages: 0 })).not.toContain('never recorded');
  });
});
