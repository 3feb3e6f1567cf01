import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { countBacklog } from './outbox-store';
import { createSyncRunner, type AlarmPort } from './sync-runner';
import { HOUR_AGO, useEngineSandbox } from './testing/engine-sandbox';
import { engagementWith, newsPage, sandboxTokens } from './testing/sandbox-sync';

const fx = useEngineSandbox();
const alarms: AlarmPort = {
  get: () => Promise.resolve(undefined),
  create: () => Promise.resolve(),
  clear: () => Promise.resolve(true),
};

/**
 * One page read an hour ago (due) and one whose reading ended 40 s ago, not marked ended (still
 * settling: only a forced pass sends it); a runner whose first Graph request waits for `release`.
 */
async function heldRunner() {
  const old = newsPage('old');
  await fx.read(old, engagementWith(old, '30000000-0000-4000-8000-0000000000c1', HOUR_AGO, 30_000));
  const fresh = newsPage('fresh');
  const ago = Date.now() - 40_000;
  await fx.read(fresh, engagementWith(fresh, '30000000-0000-4000-8000-0000000000c2', ago, 30_000));
  for (const item of await fx.db.getAll('historyItems')) {
    if (item.appActivityId === fresh.appActivityId)
      await fx.db.put('historyItems', { ...item, ended: false });
  }
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let first = true;
  const held: typeof fetch = async (input, init) => {
    if (first) {
      first = false;
      await gate;
    }
    return fetch(input, init);
  };
  const settings: Settings = { ...DEFAULT_SETTINGS, graphBaseUrl: fx.graph.sandbox.graphBaseUrl };
  const runner = createSyncRunner({
    db: fx.db,
    alarms,
    settings: () => settings,
    tokens: sandboxTokens(fx.graph),
    fetch: held,
    timezone: () => 'UTC',
  });
  return { runner, release };
}

describe('sync runner: a call during a pass (F-sync-2)', () => {
  it('Sync now during an unforced pass runs a forced one after it: what settles is sent', async () => {
    const { runner, release } = await heldRunner();
    const background = runner.run(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const syncNow = runner.run(true);
    expect(runner.run(true)).toBe(syncNow); // a second Sync now joins the queued forced pass
    release();
    await Promise.all([background, syncNow]);
    expect(await countBacklog(fx.db)).toEqual({ pending: 0, parked: 0 });
  });

  it('an unforced call during a pass joins it', async () => {
    const { runner, release } = await heldRunner();
    const background = runner.run(false);
    expect(runner.run(false)).toBe(background);
    release();
    await background;
    // The settling reading waits for a later pass.
    expect(await countBacklog(fx.db)).toEqual({ pending: 1, parked: 0 });
  });
});
