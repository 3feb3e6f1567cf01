import { beforeEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../i18n/testing';
import { badgeFor, type BadgeState } from './badge';

const calm: BadgeState = {
  paused: false,
  pausedUntil: null,
  signInRequired: false,
  parked: 0,
  storageFull: false,
};
const at = (ms: number) => `T${String(ms)}`;

describe('badgeFor', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it.each([
    ['nothing to say', calm, '', 'Reading Timeline'],
    [
      'paused until resumed',
      { ...calm, paused: true },
      'off',
      'Reading Timeline: paused until you resume',
    ],
    [
      'paused for a while',
      { ...calm, paused: true, pausedUntil: 5 },
      'off',
      'Reading Timeline: paused until T5',
    ],
    [
      'paused outranks sync trouble',
      { ...calm, paused: true, parked: 3, signInRequired: true },
      'off',
      'Reading Timeline: paused until you resume',
    ],
    [
      'sign in again',
      { ...calm, signInRequired: true, parked: 2 },
      '!',
      'Reading Timeline: sign in again to keep syncing',
    ],
    [
      'refused writes',
      { ...calm, parked: 2 },
      '2',
      'Reading Timeline: 2 not accepted by Microsoft Graph',
    ],
    [
      'out of space outranks all',
      { ...calm, paused: true, storageFull: true },
      '!',
      'Reading Timeline: the browser is out of space, reading is not being saved',
    ],
  ])('%s', (_name, state, text, title) => {
    expect(badgeFor(state, at)).toMatchObject({ text, title });
  });

  it('says paused in the catalog language, short enough for the badge', () => {
    useCatalog('de');
    const { text } = badgeFor({ ...calm, paused: true }, at);
    expect(text).toBe('aus');
    expect(text.length).toBeLessThanOrEqual(4);
  });
});
