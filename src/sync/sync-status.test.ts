import { describe, expect, it } from 'vitest';
import {
  blockedUntil,
  INITIAL_SYNC_STATUS,
  reduceSyncStatus,
  sendsUnsettled,
  type SyncOutcome,
  type SyncStatus,
} from './sync-status';

const NOW = 1_000_000;
const error = { code: 'serviceNotAvailable', message: 'Try later' };
const syncing: SyncStatus = { state: 'syncing', attempt: 0, lastSuccessAt: 5 };
const failing: SyncStatus = {
  state: 'syncing',
  attempt: 2,
  lastSuccessAt: 5,
  lastError: { code: 'old', message: 'old', at: 1 },
};

describe('reduceSyncStatus', () => {
  it.each<[string, SyncStatus, SyncOutcome, SyncStatus]>([
    [
      'sign-in with a token starts sending',
      { state: 'idle', attempt: 0, lastSuccessAt: 5 },
      { kind: 'started' },
      syncing,
    ],
    [
      'nobody signed in: signed out, history kept',
      syncing,
      { kind: 'signed-out' },
      { ...syncing, state: 'signed-out' },
    ],
    [
      'the provider wants the user: sign in again',
      syncing,
      { kind: 'interaction-required' },
      {
        ...syncing,
        state: 'sign-in-required',
        lastError: {
          code: 'interactionRequired',
          message: 'Sign in again to keep syncing.',
          at: NOW,
        },
      },
    ],
    [
      'the account refused: stop, keep the last success, forget backoff and Retry-After',
      { ...failing, backoffUntil: NOW + 5, retryAfterUntil: NOW + 9, syncNowPending: true },
      { kind: 'account-refused', error: { code: 'accessDenied', message: 'Forbidden' } },
      {
        state: 'account-refused',
        attempt: 0,
        lastSuccessAt: 5,
        lastError: { code: 'accessDenied', message: 'Forbidden', at: NOW },
      },
    ],
    [
      'a refused account tried again (Sync now): sending',
      { state: 'account-refused', attempt: 0, lastError: { code: 'x', message: 'x', at: 1 } },
      { kind: 'started' },
      { state: 'syncing', attempt: 0, lastError: { code: 'x', message: 'x', at: 1 } },
    ],
    [
      'a refused token after a refresh: sign in again, with the reason',
      syncing,
      { kind: 'token-refused', error: { code: 'InvalidAuthenticationToken', message: 'no' } },
      {
        ...syncing,
        state: 'sign-in-required',
        lastError: { code: 'InvalidAuthenticationToken', message: 'no', at: NOW },
      },
    ],
    [
      'a write went through: failures forgotten',
      failing,
      { kind: 'sent' },
      { ...failing, attempt: 0, lastError: undefined },
    ],
    [
      'a write parked: shown, the pass goes on',
      syncing,
      { kind: 'parked', error: { code: 'invalidRequest', message: 'bad' } },
      { ...syncing, lastError: { code: 'invalidRequest', message: 'bad', at: NOW } },
    ],
    [
      "Graph's Retry-After: waits until then, whoever asks",
      failing,
      { kind: 'wait', error, delayMs: 30_000, fromServer: true, syncNow: false },
      {
        ...failing,
        state: 'waiting',
        attempt: 3,
        lastError: { ...error, at: NOW },
        retryAfterUntil: NOW + 30_000,
        syncNowPending: false,
      },
    ],
    [
      'a network failure: backs off (Sync now may skip it) and remembers Sync now',
      syncing,
      { kind: 'wait', error, delayMs: 4_000, fromServer: false, syncNow: true },
      {
        ...syncing,
        state: 'waiting',
        attempt: 1,
        lastError: { ...error, at: NOW },
        backoffUntil: NOW + 4_000,
        syncNowPending: true,
      },
    ],
    [
      'the write budget is spent: waiting for its next slot, Sync now kept',
      syncing,
      { kind: 'budget-spent', syncNow: true, nextSlotAt: NOW + 240_000 },
      { ...syncing, state: 'waiting', syncNowPending: true, nextSlotAt: NOW + 240_000 },
    ],
    [
      'the next batch starts sending: the slot is past',
      { state: 'waiting', attempt: 0, nextSlotAt: NOW - 1 },
      { kind: 'started' },
      { state: 'syncing', attempt: 0 },
    ],
    [
      'a failure after a budget wait: the backoff is the reason now, not the slot',
      { state: 'waiting', attempt: 0, nextSlotAt: NOW + 9 },
      { kind: 'wait', error, delayMs: 2_000, fromServer: false, syncNow: false },
      {
        state: 'waiting',
        attempt: 1,
        lastError: { ...error, at: NOW },
        backoffUntil: NOW + 2_000,
        syncNowPending: false,
      },
    ],
    [
      'everything sent after a budget wait: the slot is forgotten',
      { state: 'waiting', attempt: 0, nextSlotAt: NOW - 1 },
      { kind: 'in-sync' },
      { state: 'idle', attempt: 0, lastSuccessAt: NOW },
    ],
    [
      'everything sent: idle, success now, every wait forgotten',
      {
        ...failing,
        state: 'waiting',
        backoffUntil: NOW - 1,
        retryAfterUntil: NOW - 1,
        syncNowPending: true,
      },
      { kind: 'in-sync' },
      { state: 'idle', attempt: 0, lastSuccessAt: NOW },
    ],
    [
      'Sync now while blocked: remembered for the pass that may send',
      { state: 'waiting', attempt: 1, retryAfterUntil: NOW + 5 },
      { kind: 'blocked', syncNowAsked: true },
      { state: 'waiting', attempt: 1, retryAfterUntil: NOW + 5, syncNowPending: true },
    ],
  ])('%s', (_name, status, outcome, expected) => {
    expect(reduceSyncStatus(status, outcome, NOW)).toEqual(expected);
  });

  it.each<[string, SyncStatus]>([
    ['an alarm while blocked', { state: 'waiting', attempt: 1, backoffUntil: NOW + 5 }],
    [
      'Sync now already remembered',
      { state: 'waiting', attempt: 1, retryAfterUntil: NOW + 5, syncNowPending: true },
    ],
  ])('changes nothing (same object, nothing to save) for %s', (_name, status) => {
    const syncNowAsked = status.syncNowPending === true;
    expect(reduceSyncStatus(status, { kind: 'blocked', syncNowAsked }, NOW)).toBe(status);
  });
});

describe('blockedUntil', () => {
  it.each<[string, SyncStatus, boolean, number]>([
    ['nothing to wait for', INITIAL_SYNC_STATUS, false, 0],
    [
      'backoff binds a scheduled pass',
      { state: 'waiting', attempt: 1, backoffUntil: 50 },
      false,
      50,
    ],
    ['Sync now skips a backoff', { state: 'waiting', attempt: 1, backoffUntil: 50 }, true, 0],
    ['Retry-After binds Sync now', { state: 'waiting', attempt: 1, retryAfterUntil: 70 }, true, 70],
    [
      'the later of both binds a scheduled pass',
      { state: 'waiting', attempt: 2, retryAfterUntil: 70, backoffUntil: 90 },
      false,
      90,
    ],
    [
      'a refused account never wakes a scheduled pass',
      { state: 'account-refused', attempt: 0 },
      false,
      Number.POSITIVE_INFINITY,
    ],
    [
      'a refused account may be tried by Sync now',
      { state: 'account-refused', attempt: 0 },
      true,
      0,
    ],
  ])('%s', (_name, status, force, expected) => {
    expect(blockedUntil(status, force)).toBe(expected);
  });
});

describe('sendsUnsettled', () => {
  it.each([
    [false, undefined, false],
    [true, undefined, true],
    [false, true, true],
    [false, false, false],
  ])('force %s, pending %s → %s', (force, syncNowPending, expected) => {
    const status: SyncStatus = { state: 'idle', attempt: 0, syncNowPending };
    expect(sendsUnsettled(status, force)).toBe(expected);
  });
});
