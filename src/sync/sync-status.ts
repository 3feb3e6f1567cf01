/** What the user can see about sync, persisted so a restarted worker knows it too. */
export interface SyncStatus {
  state: 'idle' | 'syncing' | 'waiting' | 'signed-out' | 'sign-in-required' | 'error';
  lastSuccessAt?: number;
  lastError?: { code: string; message: string; at: number };
  /** Consecutive failures, for the backoff. */
  attempt: number;
  /** Backoff after network or server errors: "Sync now" may skip it. */
  backoffUntil?: number;
  /** The server's Retry-After: nothing is sent before it, whoever asks. */
  retryAfterUntil?: number;
  /**
   * "Sync now" was interrupted (throttled, offline): the passes that follow still send what is
   * not yet settled, until one completes. Never overrides Retry-After or backoff.
   */
  syncNowPending?: boolean;
}

export const INITIAL_SYNC_STATUS: SyncStatus = { state: 'idle', attempt: 0 };
