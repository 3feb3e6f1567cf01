import { beforeEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { Status } from '../../messaging/contract';
import { statusLineOf } from './status-line';

const status = (extra: Partial<Status> = {}): Status => ({
  paused: false,
  pausedUntil: null,
  storageError: null,
  recordedPages: 3,
  sync: { state: 'idle', pending: 0, parked: 0, attempt: 0 },
  ...extra,
});
const FULL = { message: 'The browser refused to save: out of space.', at: 0 };

describe('popup status line', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it.each<[string, Status | null, boolean, string, boolean]>([
    ['before the first status', null, false, '', false],
    ['nothing to say', status(), false, '', false],
    ['a search that found nothing', status(), true, 'No page matches your search.', false],
    [
      'paused until resumed',
      status({ paused: true }),
      false,
      'Paused: nothing is being recorded.',
      false,
    ],
    // A refused write is never hidden: not by a pause, not by a search.
    [
      'out of space, paused',
      status({ storageError: FULL, paused: true }),
      true,
      FULL.message,
      true,
    ],
  ])('%s', (_name, given, noMatch, text, warn) => {
    expect(statusLineOf(given, noMatch, 'en')).toEqual({ text, warn });
  });

  it('says when a timed pause ends, in the catalog language', () => {
    const until = new Date(2026, 10, 23, 15, 5).getTime();
    const line = statusLineOf(status({ paused: true, pausedUntil: until }), false, 'en');
    expect(line.text).toMatch(/3:05\sPM/);
    expect(line.warn).toBe(false);
  });
});
