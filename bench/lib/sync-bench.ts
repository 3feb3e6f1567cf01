// What bench:sync and bench:control share: the sandbox on a simulated clock, a fresh database, a
// long-lived token, the product's sync runner with its alarm on a simulated port, and the measure
// of the most writes in any window; a second device that reads the account back.
import 'fake-indexeddb/auto';
import { sandboxAdmin, startSandbox, type Sandbox } from '../../sandbox';
import type { TokenSource } from '../../src/auth/token-source';
import type { Settings } from '../../src/settings/settings';
import { isNeverRecordedUrl } from '../../src/background/may-read';
import { createDevicesHook, deviceIdentity } from '../../src/devices/devices-hook';
import type { DevicesPassResult } from '../../src/devices/pull-pass';
import { openTimelineDb, type Db } from '../../src/store/db';
import { createSyncRunner, type AlarmPort, type SyncRunner } from '../../src/sync/sync-runner';

/** The sync alarm as chrome.alarms keeps it: one one-shot time, or none. */
export interface SimulatedAlarm {
  port: AlarmPort;
  /** When it fires next (ms since the epoch), or null when none is set. */
  readonly at: number | null;
  /** The browser fired it: it is gone until the runner sets it again. */
  fire(): void;
}

/** A sync alarm kept in memory (chrome.alarms' one-shot semantics), fired by the bench. */
export function simulatedAlarm(): SimulatedAlarm {
  let at: number | null = null;
  return {
    port: {
      get: () => Promise.resolve(at === null ? undefined : { scheduledTime: at }),
      create: (_name, info) => {
        at = info.when;
        return Promise.resolve();
      },
      clear: () => {
        at = null;
        return Promise.resolve(true);
      },
    },
    get at() {
      return at;
    },
    fire() {
      at = null;
    },
  };
}

/** The most of `times` (ms) falling in any window of `windowMs`. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

/** How bench:sync builds one run: its database, clock, Graph limits and settings. */
export interface SyncBenchOptions {
  /** The database's name (each run its own). */
  name: string;
  /** The simulated clock shared by the sandbox and the runner. */
  clock: () => number;
  /** What the sandbox enforces, Graph's 100 / 8,000 unless raised. */
  serverBudget: { per5Min: number; perDay: number };
  /** Settings as the user would have them; the Graph URL is the sandbox's. */
  settings: () => Omit<Settings, 'graphBaseUrl'>;
  /** Where the runner gets tokens; alice's token by default. */
  tokens?: (token: string) => TokenSource;
  /** Lifetime of alice's token. */
  tokenTtlSec: number;
  random?: () => number;
  /** IANA zone the runner sends as `userTimezone`; Europe/Paris unless set. */
  timezone?: string;
}

/**
 * One bench:sync run: the sandbox Graph and its admin API, the device's store, alarm and runner.
 */
export interface SyncBench {
  sandbox: Sandbox;
  admin: ReturnType<typeof sandboxAdmin>;
  db: Db;
  alarm: SimulatedAlarm;
  runner: SyncRunner;
  stop: () => Promise<void>;
}

/**
 * Starts the sandbox and the product's sync runner (src/sync/sync-runner.ts) on one simulated
 * clock, signed in as alice with the sandbox's Graph URL entered as a user would.
 */
export async function startSyncBench(options: SyncBenchOptions): Promise<SyncBench> {
  const sandbox = await startSandbox({
    quiet: true,
    clock: options.clock,
    writeBudget: options.serverBudget,
    // The gateway mode that decodes %2F before routing: ids must never need it.
    decodeEncodedSlashes: true,
  });
  const admin = sandboxAdmin(sandbox.adminUrl);
  const db = await openTimelineDb(options.name);
  const token = await sandbox.issueToken('alice', { expiresInSec: options.tokenTtlSec });
  const alarm = simulatedAlarm();
  const runner = createSyncRunner({
    db,
    alarms: alarm.port,
    settings: () => ({ ...options.settings(), graphBaseUrl: sandbox.graphBaseUrl }),
    now: options.clock,
    timezone: () => options.timezone ?? 'Europe/Paris',
    tokens: options.tokens?.(token) ?? {
      getAccessToken: () => Promise.resolve({ kind: 'token', accessToken: token }),
    },
    ...(options.random ? { random: options.random } : {}),
  });
  return {
    sandbox,
    admin,
    db,
    alarm,
    runner,
    stop: async () => {
      await sandbox.stop();
      db.close();
    },
  };
}

/** A second device syncing with the same sandbox account, with its own store and runner. */
export interface SecondDevice {
  db: Db;
  alarm: SimulatedAlarm;
  runner: SyncRunner;
  /** Every devices pass's outcome, in order (devices-hook.ts `onResult`). */
  results: DevicesPassResult[];
}

/**
 * A second browser signed in to the same account: its own database and install identity, the
 * product's sync runner with reading back wired in as the worker does (`createDevicesHook` as
 * `beforePass`), on the bench's simulated clock.
 */
export async function startSecondDevice(
  bench: Pick<SyncBench, 'sandbox'>,
  options: Pick<SyncBenchOptions, 'name' | 'clock' | 'settings' | 'tokenTtlSec'>,
): Promise<SecondDevice> {
  const db = await openTimelineDb(options.name);
  const token = await bench.sandbox.issueToken('alice', { expiresInSec: options.tokenTtlSec });
  const tokens: TokenSource = {
    getAccessToken: () => Promise.resolve({ kind: 'token', accessToken: token }),
  };
  const settings = (): Settings => ({
    ...options.settings(),
    graphBaseUrl: bench.sandbox.graphBaseUrl,
  });
  const identity = () => deviceIdentity(db, () => ({ node: 'b0b0b0b0b0b0', label: 'Bench B' }));
  await identity();
  const alarm = simulatedAlarm();
  const results: DevicesPassResult[] = [];
  const runner = createSyncRunner({
    db,
    alarms: alarm.port,
    settings,
    now: options.clock,
    timezone: () => 'Europe/Paris',
    tokens,
    beforePass: createDevicesHook({
      db,
      settings,
      tokens,
      identity,
      // The product's rule, with the sandbox's sign-in provider.
      neverRecorded: () =>
        Promise.resolve((url: string) =>
          isNeverRecordedUrl(url, {
            clientId: bench.sandbox.clientId,
            tenant: bench.sandbox.authority,
          }),
        ),
      now: options.clock,
      onResult: (result) => results.push(result),
    }),
  });
  return { db, alarm, runner, results };
}
