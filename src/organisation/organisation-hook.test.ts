import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { openTimelineDb } from '../store/db';
import type { Engagement } from '../tracking/engagement-types';
import { createOrganisationHook } from './organisation-hook';
import { queueRelayReads, saveRelaySites } from './relay-outbox-store';

const SCOPE = 'api://reading-timeline-relay/Activity.Report';
/** A storage area whose `data` a test may replace. */
const area = (initial: Record<string, unknown>) => {
  const store = {
    data: initial,
    get: (keys: string | string[]) =>
      Promise.resolve(
        Object.fromEntries(
          (Array.isArray(keys) ? keys : [keys])
            .filter((k) => k in store.data)
            .map((k) => [k, store.data[k]]),
        ),
      ),
  };
  return store;
};
const alarms = {
  get: () => Promise.resolve(undefined),
  create: () => Promise.resolve(),
  clear: () => Promise.resolve(true),
};
/** The org.test relay's sites: its intranet wiki's pages are reported. */
const orgSites = () => ({
  relayUrl: 'https://org.test',
  rules: [
    {
      connectionId: 'c',
      priority: 1,
      baseUrls: ['https://intranet.contoso.test/wiki'],
      urlPattern: '/(?<slug>[a-z]+)',
    },
  ],
  fetchedAt: Date.now(),
});
const engagement: Engagement = {
  id: 'e1',
  appActivityId: 'https://intranet.contoso.test/wiki/holidays',
  url: 'https://intranet.contoso.test/wiki/holidays',
  startedAt: 1_000,
  lastActiveAt: 9_000,
  activeMs: 8_000,
};

it('a policy wins over the user; a different relay drops the reads queued for the old one', async () => {
  const db = await openTimelineDb('organisation-hook-1');
  const local = area({ organisation: { relayUrl: 'https://mine.test', relayScope: SCOPE } });
  const managed = area({ relayUrl: 'https://org.test' });
  await saveRelaySites(db, orgSites());
  const hook = await createOrganisationHook({
    db,
    alarms,
    local,
    managed,
    settings: () => DEFAULT_SETTINGS,
    token: () => Promise.resolve({ kind: 'signed-out' }),
  });
  const overview = await hook.overview();
  expect(overview.config).toEqual({ relayUrl: 'https://org.test', relayScope: SCOPE });
  expect(overview.managed).toEqual(['relayUrl']);
  // The policy's relay's rules apply to what the tracker saves.
  const reads = hook.relayReads([{ type: 'save-engagement', engagement }], 5);
  expect(reads.map((r) => r.id)).toEqual(['e1']);
  await queueRelayReads(db, reads);

  // The policy is withdrawn: the user's relay is another organisation's; nothing goes there.
  managed.data = {};
  await hook.onStorageChanged(['relayUrl'], 'managed');
  expect(await db.count('relayReads')).toBe(0);
  expect(hook.relayReads([{ type: 'save-engagement', engagement }], 6)).toEqual([]);
});

it('is ready before storage.managed answers; the policy applies once it does', async () => {
  const db = await openTimelineDb('organisation-hook-late-policy');
  await saveRelaySites(db, orgSites());
  // Chromium answers storage.managed seconds after a browser start (its policy service).
  let answer = (_: Record<string, unknown>): void => undefined;
  const policy = new Promise<Record<string, unknown>>((resolve) => (answer = resolve));
  const managed = { get: () => policy };
  const hook = await createOrganisationHook({
    db,
    alarms,
    local: area({}),
    managed,
    settings: () => DEFAULT_SETTINGS,
    token: () => Promise.resolve({ kind: 'signed-out' }),
  });
  const save = [{ type: 'save-engagement', engagement } as const];
  expect(hook.relayReads(save, 5)).toEqual([]);
  answer({ relayUrl: 'https://org.test', relayScope: SCOPE });
  await hook.policyRead;
  expect(hook.relayReads(save, 6).map((r) => r.id)).toEqual(['e1']);
});
