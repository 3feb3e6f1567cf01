// What a sync pass is given: the store, tokens, the settings of the round, the body builder and
// hash, the scheduler, and the clock, randomness and fetch that tests replace.
import type { PageMetadata } from '../activity/page-metadata';
import type { ReadingPosition } from '../activity/text-fragment';
import type { TokenSource } from '../auth/token-source';
import type { Db } from '../store/db';
import type { RetryPolicy } from './retry-policy';
import type { PendingActivity } from './sync-writes';
import type { SyncSchedule } from './sync-schedule';

/** What a pass needs to know, read afresh every round. */
export type SyncConfig = Pick<SyncSchedule, 'settleMs' | 'budget'> & { graphBaseUrl: string };

/**
 * What `runSyncPass` is given. Left out, `now` is `Date.now`, `policy` the default retry policy,
 * `maxRounds` 50, and `random` and `fetch` the global ones.
 */
export interface SyncEngineDeps {
  db: Db;
  tokens: TokenSource;
  config: () => SyncConfig;
  buildBody: (metadata: PageMetadata, reading?: ReadingPosition) => Record<string, unknown>;
  hash: (text: string) => string;
  /** Arrange the next pass at this time (null: nothing scheduled is needed). */
  schedule: (at: number | null) => Promise<void>;
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  policy?: RetryPolicy;
  /** Upper bound on plan/send rounds in one pass, so a pass always ends. */
  maxRounds?: number;
  /**
   * Pages to leave alone this pass (a deletion waiting out its undo window): nothing about them
   * is sent until it is applied or undone.
   */
  holdBack?: () => Promise<((activity: PendingActivity) => boolean) | null>;
}
