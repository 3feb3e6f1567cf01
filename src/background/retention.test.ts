import { expect, it } from 'vitest';
import type { AuthService } from '../auth/grant';
import type { Db } from '../store/db';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { saveSyncStatus } from '../sync/outbox-store';
import { retentionCut } from './retention';

let db: Db;
freshDbForEachTest('retention-cut', (opened) => (db = opened));

const DAY = 24 * 3600_000;
const signedIn = {
  status: () =>
    Promise.resolve({
      state: 'signed-in',
      account: { homeAccountId: 'h', username: 'ann@contoso.test' },
      authority: 'https://login.example',
      clientId: 'c',
    }),
} as unknown as AuthService;
const signedOut = { status: () => Promise.resolve({ state: 'signed-out' }) } as AuthService;

it('holds unsent pages back only while someone is signed in and the account is not refused', async () => {
  const at = 100 * DAY;
  expect(await retentionCut(db, signedIn, 0, at)).toBeNull();
  expect(await retentionCut(db, signedIn, 30, at)).toEqual({ readBefore: 70 * DAY, canSend: true });
  expect(await retentionCut(db, signedOut, 30, at)).toMatchObject({ canSend: false });
  expect(await retentionCut(db, undefined, 30, at)).toMatchObject({ canSend: false });
  await saveSyncStatus(db, { state: 'account-refused', attempt: 0 });
  expect(await retentionCut(db, signedIn, 30, at)).toMatchObject({ canSend: false });
});
