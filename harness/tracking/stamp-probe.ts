import type { Page } from 'playwright-core';
import { DB_NAME, TRACKER_STATE_KEY } from '../../src/store/schema';

/**
 * Bench instrumentation (TRACKING_STAMPS=1), not product code: how late the worker stamps the
 * moments attention moves. After each change of attention in the person's ledger (taken around
 * the real action), the options page polls the tracker state the worker commits to IndexedDB
 * until it reflects the change, then compares the worker's stamps with the ledger's:
 * - a start: where the open interval began counting (its `since`, less what its opening banked
 *   at once) minus the moment the page came to the front;
 * - a stop: the left page's engagement `lastActiveAt` minus the moment it left the front.
 * Positive lag = stamped late (time lost on a start, gained on a stop). Polls at 20 ms for at
 * most 5 s after each change, in the options page's renderer, never in the worker.
 */
export class StampProbe {
  private readonly pending: Promise<void>[] = [];
  /** lagMs: the worker's stamp minus the ledger's; seenMs: when its commit was seen, after it. */
  readonly lags: { what: string; url: string; lagMs: number | null; seenMs: number | null }[] = [];

  constructor(private readonly control: () => Page) {}

  /** Attention moved from `from` to `to` (URLs, null: nothing read) at `at` (epoch ms). */
  attentionChanged(from: string | null, to: string | null, at: number): void {
    if (from) this.watch('stop', from, at);
    if (to) this.watch('start', to, at);
  }

  /** Waits for every probe, then returns one line per stamp. */
  async report(): Promise<string[]> {
    await Promise.all(this.pending);
    return this.lags.map(
      ({ what, url, lagMs, seenMs }) =>
        `  stamp ${what.padEnd(5)} ${lagMs === null || seenMs === null ? 'not seen' : `lag ${(lagMs / 1000).toFixed(3)} s (committed after ${(seenMs / 1000).toFixed(2)} s)`}  ${url}`,
    );
  }

  private watch(what: 'start' | 'stop', url: string, at: number): void {
    const probe = this.control()
      .evaluate(
        async ({ what, url, at, db, key }) => {
          type State = {
            interval: { appActivityId: string; since: number } | null;
            engagements: Record<string, { url: string; lastActiveAt: number; activeMs: number }>;
          };
          const open = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open(db);
            request.onsuccess = () => {
              resolve(request.result);
            };
            request.onerror = () => {
              reject(new Error(String(request.error)));
            };
          });
          try {
            const deadline = Date.now() + 5_000;
            /** The page's banked time before the worker heard of the change (first read). */
            let before: number | null = null;
            while (Date.now() < deadline) {
              // Inline (no named helper): tsx would wrap one in a __name the page does not have.
              const state = await new Promise<State | undefined>((resolve, reject) => {
                const request = open.transaction('kv').objectStore('kv').get(key);
                request.onsuccess = () => {
                  resolve(request.result as State | undefined);
                };
                request.onerror = () => {
                  reject(new Error(String(request.error)));
                };
              });
              const engagements = state?.engagements ?? {};
              const id = Object.keys(engagements).find((k) => engagements[k]?.url === url);
              const interval = state?.interval ?? null;
              const on = id !== undefined && interval?.appActivityId === id;
              const banked = id === undefined ? 0 : (engagements[id]?.activeMs ?? 0);
              // An interval opens with any backdated time banked at once (since = now): the
              // moment counting started is since minus what this opening banked.
              if (what === 'start' && on && before !== null) {
                return [interval.since - (banked - before) - at, Date.now() - at];
              }
              before ??= banked;
              if (what === 'stop' && id !== undefined && !on) {
                const end = engagements[id]?.lastActiveAt;
                if (end !== undefined) return [end - at, Date.now() - at];
              }
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
            return null;
          } finally {
            open.close();
          }
        },
        { what, url, at, db: DB_NAME, key: TRACKER_STATE_KEY },
      )
      .then(
        (seen) => {
          this.lags.push({ what, url, lagMs: seen?.[0] ?? null, seenMs: seen?.[1] ?? null });
        },
        (error: unknown) => {
          console.log(`  stamp probe failed: ${String(error)}`);
          this.lags.push({ what, url, lagMs: null, seenMs: null });
        },
      );
    this.pending.push(probe);
  }
}
