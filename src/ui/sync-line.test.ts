import { beforeEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../i18n/testing';
import type { SyncOverview } from '../messaging/contract';
import { describeSync, syncNeverUsed } from './sync-line';

const NOW = Date.UTC(2026, 10, 23, 12);
const base: SyncOverview = { state: 'idle', attempt: 0, pending: 0, parked: 0 };

describe('sync line', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it.each<[string, Partial<SyncOverview>, string, 'sync' | 'sign-in', boolean]>([
    ['never synced', {}, 'Not synced yet', 'sync', false],
    ['synced', { lastSuccessAt: NOW - 120_000 }, 'Synced 2 minutes ago', 'sync', false],
    [
      'synced under a minute ago',
      { lastSuccessAt: NOW - 59_000 },
      'Synced just now',
      'sync',
      false,
    ],
    [
      'synced just now, a read since waiting',
      { lastSuccessAt: NOW - 5_000, pending: 1 },
      '1 waiting to sync · last synced just now',
      'sync',
      false,
    ],
    [
      'with a backlog',
      { lastSuccessAt: NOW - 120_000, pending: 3, parked: 1 },
      '3 waiting to sync · 1 not accepted by Microsoft Graph · last synced 2 minutes ago',
      'sync',
      true,
    ],
    ['never synced, reads waiting', { pending: 2 }, '2 waiting to sync', 'sync', false],
    [
      'syncing what waits',
      { state: 'syncing', lastSuccessAt: NOW - 3 * 3600_000, pending: 2 },
      '2 waiting to sync · last synced 3 hours ago',
      'sync',
      false,
    ],
    [
      'signed out',
      { state: 'signed-out' },
      'Not signed in: what you read stays in this browser.',
      'sign-in',
      false,
    ],
    [
      'needing sign-in',
      { state: 'sign-in-required', pending: 2 },
      'Sign in again to keep publishing to your Timeline (nothing is lost) · 2 waiting to sync',
      'sign-in',
      true,
    ],
    [
      'refused as an account',
      {
        state: 'account-refused',
        pending: 4,
        lastError: { code: 'accessDenied', message: 'Forbidden', at: NOW },
      },
      'Microsoft Graph refuses this account access to your activities: its organisation or account type may not allow them. Everything stays on this device; nothing is sent until you try again.',
      'sync',
      true,
    ],
    [
      'refused as an account with a rarer code (kept for support)',
      {
        state: 'account-refused',
        pending: 4,
        lastError: { code: 'Unauthorized', message: '', at: NOW },
      },
      'Microsoft Graph does not accept this account (Unauthorized). Everything stays on this device; nothing is sent until you try again.',
      'sync',
      true,
    ],
    [
      'throttled',
      {
        state: 'waiting',
        attempt: 1,
        retryAfterUntil: NOW + 3 * 60_000,
        lastError: { code: 'TooManyRequests', message: '', at: NOW },
      },
      'Microsoft Graph asked to send less for a while · next try in 3 minutes',
      'sync',
      false,
    ],
    [
      'Graph unavailable (503)',
      {
        state: 'waiting',
        attempt: 1,
        pending: 4,
        retryAfterUntil: NOW + 30_000,
        lastError: { code: 'serviceNotAvailable', message: '', at: NOW },
      },
      'Microsoft Graph is not available right now · next try this minute · 4 waiting to sync',
      'sync',
      false,
    ],
    [
      'Graph unavailable (503), its 2 s backoff just over: the alarm tries again about now',
      {
        state: 'waiting',
        attempt: 1,
        pending: 2,
        backoffUntil: NOW - 1_000,
        lastError: { code: 'http-503', message: '', at: NOW - 3_000 },
      },
      'Microsoft Graph is not available right now · next try this minute · 2 waiting to sync',
      'sync',
      false,
    ],
    [
      'offline, third try',
      {
        state: 'waiting',
        attempt: 3,
        backoffUntil: NOW + 5 * 60_000,
        lastError: { code: 'network', message: 'Failed to fetch', at: NOW },
      },
      'No connection to Microsoft Graph · next try in 5 minutes',
      'sync',
      true,
    ],
    [
      'offline with the sign-in to renew: its provider not reached',
      {
        state: 'waiting',
        attempt: 1,
        backoffUntil: NOW + 30_000,
        lastError: { code: 'tokenUnavailable', message: 'Could not renew the sign-in', at: NOW },
      },
      'The Microsoft sign-in service cannot be reached · next try this minute',
      'sync',
      false,
    ],
    [
      'a code it has no words for',
      {
        state: 'waiting',
        attempt: 1,
        lastError: { code: 'quotaLimitReached', message: '', at: NOW },
      },
      'Sync is waiting (quotaLimitReached)',
      'sync',
      false,
    ],
  ])('describes %s', (_name, overview, text, action, warn) => {
    expect(describeSync({ ...base, ...overview }, NOW, 'en')).toEqual({ text, action, warn });
  });

  it.each([
    ['http-429', 'Microsoft Graph asked to send less for a while'],
    ['http-500', 'Microsoft Graph is not available right now'],
    ['http-502', 'Microsoft Graph is not available right now'],
    ['http-503', 'Microsoft Graph is not available right now'],
    ['http-504', 'Microsoft Graph did not answer in time'],
    ['http-400', 'Sync is waiting (http-400)'],
    // A 200 whose body was no Graph answer (a captive portal's page, JSON cut short).
    ['invalidResponse', 'Microsoft Graph is not available right now'],
  ])(
    'says in words why it waits after a gateway answered %s without a Graph body',
    (code, text) => {
      const waiting = { ...base, state: 'waiting' as const, attempt: 1 };
      const line = describeSync(
        { ...waiting, lastError: { code, message: '', at: NOW } },
        NOW,
        'en',
      );
      expect(line.text).toBe(text);
    },
  );

  describe('while the write budget is spent', () => {
    const NEXT = NOW + 4 * 60_000;
    // The machine's own zone and clock style, as the popup shows them.
    const at = (locale: string) =>
      new Date(NEXT)
        .toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' })
        .replace(/\s/g, '\u00a0');
    const paced: SyncOverview = { ...base, state: 'waiting', pending: 243, nextSlotAt: NEXT };

    it('says it publishes in batches and when the next goes, without a warning', () => {
      expect(describeSync(paced, NOW, 'en')).toEqual({
        text: `Publishing in batches, as Microsoft allows · next batch at ${at('en')} · 243 waiting to sync`,
        action: 'sync',
        warn: false,
      });
    });

    it('answers Sync now with why nothing goes sooner', () => {
      expect(describeSync(paced, NOW, 'en', { afterSyncNow: true }).text).toBe(
        `Already publishing as fast as Microsoft allows · next batch at ${at('en')} · 243 waiting to sync`,
      );
    });

    it('leads with the budget over an earlier failure it outlasted', () => {
      const after503 = {
        ...paced,
        attempt: 1,
        lastError: { code: 'http-503', message: '', at: NOW - 60_000 },
      };
      expect(describeSync(after503, NOW, 'en').text).toMatch(/^Publishing in batches/);
    });

    it('names the weekday when the next batch is not today (the daily budget)', () => {
      const tomorrow = { ...paced, nextSlotAt: NOW + 20 * 3600_000 };
      expect(describeSync(tomorrow, NOW, 'en').text).toMatch(/next batch at (Mon|Tue)\s/);
    });

    it('speaks German', () => {
      useCatalog('de');
      expect(describeSync(paced, NOW, 'de').text).toBe(
        `Wird in Etappen veröffentlicht, wie Microsoft es zulässt · nächste Etappe um ${at('de')} · 243 warten auf Synchronisierung`,
      );
      expect(describeSync(paced, NOW, 'de', { afterSyncNow: true }).text).toMatch(
        /^Läuft schon so schnell, wie Microsoft es zulässt · nächste Etappe um /,
      );
    });
  });

  it('speaks German with a German catalog', () => {
    useCatalog('de');
    const line = describeSync({ ...base, lastSuccessAt: NOW - 120_000, pending: 3 }, NOW, 'de');
    expect(line.text).toBe('3 warten auf Synchronisierung · zuletzt vor 2 Minuten synchronisiert');
    const justNow = (pending: number) =>
      describeSync({ ...base, lastSuccessAt: NOW - 10_000, pending }, NOW, 'de').text;
    expect(justNow(0)).toBe('Zuletzt gerade eben synchronisiert');
    expect(justNow(1)).toBe('1 wartet auf Synchronisierung · zuletzt gerade eben synchronisiert');
    const waiting = describeSync(
      { ...base, state: 'waiting', lastError: { code: 'timeout', message: '', at: NOW } },
      NOW,
      'de',
    );
    expect(waiting.text).toBe('Microsoft Graph hat nicht rechtzeitig geantwortet');
    const signIn = describeSync({ ...base, state: 'sign-in-required', pending: 2 }, NOW, 'de');
    expect(signIn.text).toBe(
      'Melde dich erneut an, damit weiter in deiner Zeitachse veröffentlicht wird (nichts geht verloren) · 2 warten auf Synchronisierung',
    );
  });
});

describe('sync never used (the history page leaves its line out)', () => {
  it.each<[string, Partial<SyncOverview>, boolean]>([
    ['never signed in, nothing read', { state: 'signed-out' }, true],
    // A signed-out browser counts every page as waiting: they wait for no one.
    ['never signed in, pages read', { state: 'signed-out', pending: 12 }, true],
    ['signed out after syncing', { state: 'signed-out', lastSuccessAt: NOW - 60_000 }, false],
    ['signed out with writes Graph refused', { state: 'signed-out', parked: 1 }, false],
    ['signed in, never synced yet', { state: 'idle', pending: 2 }, false],
    ['sign-in needed', { state: 'sign-in-required' }, false],
    ['waiting', { state: 'waiting', attempt: 1 }, false],
  ])('%s', (_name, sync, expected) => {
    expect(syncNeverUsed({ ...base, ...sync })).toBe(expected);
  });
});
