import { expect, it } from 'vitest';
import { countQueuedReads, queueRelayReads } from '../organisation/relay-outbox-store';
import { recordPage } from '../store/activities-store';
import { openTimelineDb } from '../store/db';
import type { RelayReadRecord } from '../store/schema';
import { DEFAULT_TRACKER_SETTINGS } from '../tracking/engagement-types';
import { authHandlers } from './auth-handlers';
import type { BackgroundContext } from './context';
import { TrackerRuntime } from './tracker-runtime';

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

it('signing out with the history deleted: the reading under way goes too, never saved again', async () => {
  const { db, context } = await contextWith('auth-handlers-3', () => signedIn('alice'));
  let now = 1_000_000;
  const tracker = await TrackerRuntime.start({
    db,
    now: () => now,
    newId: () => `g${String(now)}`,
    settings: () => DEFAULT_TRACKER_SETTINGS,
    timezone: () => 'UTC',
    scheduleTick: () => Promise.resolve(),
  });
  const page = { appActivityId: 'https://a.test/', url: 'https://a.test/' };
  await recordPage(db, { ...page, title: 'A', type: 'Article', authors: [], keywords: [] }, now);
  const focus = { windowId: 1, focused: true };
  await tracker.dispatch({
    type: 'page-loaded',
    tabId: 1,
    windowId: 1,
    page,
    visible: true,
    tabActive: true,
    focus,
  });
  now += 10_000;
  await tracker.dispatch({ type: 'page-signal', tabId: 1, visible: true, mediaPlaying: false });
  expect(await db.count('historyItems')).toBe(1);
  const [held] = Object.values(tracker.current.engagements);
  await authHandlers['sign-out'](
    { ...context, tracker },
    {
      deleteHistory: true,
    },
  );
  expect(Object.values(tracker.current.engagements).map((e) => e.id)).not.toContain(held?.id);
  // Read on: a new reading of the 10 s since, its page kept bare (listed nowhere until then).
  now += 10_000;
  await tracker.dispatch({ type: 'page-signal', tabId: 1, visible: true, mediaPlaying: false });
  const rows = await db.getAll('historyItems');
  expect(rows.map((row) => [row.id === held?.id, row.activeMs])).toEqual([[false, 10_000]]);
});
