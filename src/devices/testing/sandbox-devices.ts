// Test support, never bundled: the set-up the devices sandbox tests share. Devices (each its own
// database) signed in to the same sandbox account, each running the product's sync runner with
// reading back wired in (devices-hook.ts), and what they and Graph hold.
import type { PageMetadata } from '../../activity/page-metadata';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { openTimelineDb, type Db } from '../../store/db';
import { createSyncRunner, type AlarmPort } from '../../sync/sync-runner';
import {
  engagementWith,
  recordReading,
  sandboxTokens,
  useGraphSandbox,
  type GraphSandbox,
} from '../../sync/testing/sandbox-sync';
import { deviceGuid } from '../device-id';
import { createDevicesHook } from '../devices-hook';
import type { DevicesPassResult } from '../pull-pass';
import { deviceIdentity } from '../pull-store';

/** One minute in milliseconds. */
export const MINUTE = 60_000;

const alarms: AlarmPort = {
  get: () => Promise.resolve(undefined),
  create: () => Promise.resolve(),
  clear: () => Promise.resolve(true),
};

/** One browser: its database, node, reading-back results and settings, and what it can do. */
export interface Device {
  db: Db;
  node: string;
  results: DevicesPassResult[];
  settings: Settings;
  /** The user's Sync now. */
  sync: () => Promise<unknown>;
  /** A pass the alarm or a finished reading starts (not the user's Sync now). */
  pass: () => Promise<unknown>;
  /** Records a reading of `m` (start and active time in ms); resolves to its engagement GUID. */
  read: (m: PageMetadata, startedAt: number, activeMs: number) => Promise<string>;
}

/** The sandbox of a test file and the devices made in it. */
export interface DevicesSandbox {
  readonly graph: GraphSandbox;
  /**
   * A new device named `label` with the 12-hex-digit `node`, over the sandbox's Graph and
   * `settings`. `olderRules`: a device on a version whose never-record rules refused nothing of
   * these pages.
   */
  device: (
    label: string,
    node: string,
    settings?: Partial<Settings>,
    olderRules?: boolean,
  ) => Promise<Device>;
  /** The requests other than GET the sandbox logged after sequence number `seq`. */
  graphWritesSince: (seq: number) => ReturnType<GraphSandbox['admin']['requestLog']>;
  /** The sequence number of the last request the sandbox logged (0 if none). */
  lastSeq: () => Promise<number>;
}

/**
 * Starts the sandbox for this test file (useGraphSandbox's hooks). Call at the top of the file.
 * `neverRecorded`: today's rule of pages never recorded (background/may-read.ts
 * `isNeverRecordedUrl`), given by the test: a helper of devices/ importing background/ would make
 * the two folders import each other (npm run check:cycles).
 */
export function useDevicesSandbox(neverRecorded: (url: string) => boolean): DevicesSandbox {
  const graph = useGraphSandbox();
  let dbCount = 0;

  async function device(
    label: string,
    node: string,
    settings: Partial<Settings> = {},
    olderRules = false,
  ): Promise<Device> {
    const db = await openTimelineDb(`devices-${String(++dbCount)}`);
    const identity = () => deviceIdentity(db, () => ({ node, label }));
    await identity();
    const results: DevicesPassResult[] = [];
    const current: Settings = {
      ...DEFAULT_SETTINGS,
      graphBaseUrl: graph.sandbox.graphBaseUrl,
      ...settings,
    };
    const tokens = sandboxTokens(graph);
    const runner = createSyncRunner({
      db,
      alarms,
      settings: () => current,
      tokens,
      timezone: () => 'Europe/Paris',
      beforePass: createDevicesHook({
        db,
        settings: () => current,
        tokens,
        identity,
        neverRecorded: () => Promise.resolve((url: string) => !olderRules && neverRecorded(url)),
        onResult: (result) => results.push(result),
      }),
    });
    let n = 0;
    return {
      db,
      node,
      results,
      settings: current,
      sync: () => runner.run(true),
      pass: () => runner.run(false),
      async read(m, startedAt, activeMs) {
        const id = deviceGuid(node, (length) => new Uint8Array(length).fill(++n));
        await recordReading(db, m, startedAt, [engagementWith(m, id, startedAt, activeMs, 0)]);
        return id;
      },
    };
  }

  return {
    graph,
    device,
    graphWritesSince: async (seq) =>
      (await graph.admin.requestLog(seq)).filter((r) => r.method !== 'GET'),
    lastSeq: async () => (await graph.admin.requestLog()).at(-1)?.seq ?? 0,
  };
}

/** The engagements device `d` holds of page `m`: GUID, active ms and the node that read it. */
export async function itemsOf(d: Device, m: PageMetadata) {
  const items = await d.db.getAllFromIndex('historyItems', 'by-activity', m.appActivityId);
  return items.map((i) => ({ id: i.id, activeMs: i.activeMs, device: i.device }));
}
