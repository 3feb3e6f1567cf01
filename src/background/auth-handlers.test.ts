import { expect, it } from 'vitest';
import { countQueuedReads, queueRelayReads } from '../organisation/relay-outbox-store';
import { openTimelineDb } from '../store/db';
import type { RelayReadRecord } from '../store/schema';
import { authHandlers } from './auth-handlers';
import type { BackgroundContext } from './context';

const read = (id: string): RelayReadRecord => ({
  id,
  url: `https://intranet.contoso.test/wiki/${id}`,
  startedAt: 1_000,
  queuedAt: 2_000,
});

const signedIn = (homeAccountId: string) => ({
  state: 'signed-in' as const,
  authority: 'https://login.test/t',
  account: { homeAccountId, username: `${homeAccountId}@test` },
});

/** A worker context with a real IndexedDB and the sign-in answering as `account()` says. */
async function contextWith(name: string, account: () => ReturnType<typeof signedIn>) {
  const db = await openTimelineDb(name);
  const context = {
    db,
    auth: { completeSignIn: () => Promise.resolve(account()), signOut: () => Promise.resolve() },
    sync: { run: () => Promise.resolve() },
    organisation: { runner: { run: () => Promise.resolve() } },
  } as unknown as BackgroundContext; // only what the auth handlers touch
  return { db, context };
}

it('signing out drops the reads queued for the relay: the next account never reports them', async () => {
  const { db, context } = await contextWith('auth-handlers-1', () => signedIn('alice'));
  await queueRelayReads(db, [read('a'), read('b')]);
  await authHandlers['sign-out'](context, { deleteHistory: false });
  expect(await countQueuedReads(db)).toBe(0);
});

it('a different account signing in drops the previous account’s queued reads; the same one keeps them', async () => {
  let who = 'alice';
  const { db, context } = await contextWith('auth-handlers-2', () => signedIn(who));
  await authHandlers['complete-sign-in'](context, { grant: {} } as never);
  await queueRelayReads(db, [read('a')]);
  await authHandlers['complete-sign-in'](context, { grant: {} } as never);
  expect(await countQueuedReads(db)).toBe(1);
  who = 'bob';
  await authHandlers['complete-sign-in'](context, { grant: {} } as never);
  expect(await countQueuedReads(db)).toBe(0);
});
