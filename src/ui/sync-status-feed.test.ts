import { describe, expect, it, vi } from 'vitest';
import type { SyncOverview } from '../messaging/contract';
import { followSyncStatus } from './sync-status-feed';

// The module's default listener uses the browser's storage events; these tests give their own.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const overview = (pending: number): SyncOverview => ({
  state: 'idle',
  attempt: 0,
  pending,
  parked: 0,
});

/** Answers a test resolves in the order it likes, one per ask. */
function answers() {
  const pending: ((sync: SyncOverview) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const ask = () =>
    new Promise<SyncOverview>((resolve, reject) => {
      pending.push(resolve);
      failures.push(reject);
    });
  return { ask, pending, failures };
}

describe('following the sync status', () => {
  it('asks again after each pass the worker ends, and draws each answer', async () => {
    const { ask, pending } = answers();
    const draw = vi.fn();
    let pass = (): void => undefined;
    const refresh = followSyncStatus({ ask, draw, passes: (onPass) => (pass = onPass) });
    const first = refresh();
    pending[0]?.(overview(2));
    await first;
    expect(draw).toHaveBeenLastCalledWith(overview(2));
    pass();
    expect(pending).toHaveLength(2);
    pending[1]?.(overview(0));
    await vi.waitFor(() => {
      expect(draw).toHaveBeenLastCalledWith(overview(0));
    });
  });

  it('drops an answer older than the latest asked for, however late it arrives', async () => {
    const { ask, pending, failures } = answers();
    const draw = vi.fn();
    const failed = vi.fn();
    const refresh = followSyncStatus({ ask, draw, failed, passes: () => undefined });
    const older = refresh();
    const newer = refresh();
    pending[1]?.(overview(0));
    await newer;
    pending[0]?.(overview(5));
    failures[0]?.(new Error('late'));
    await older;
    expect(draw.mock.calls).toEqual([[overview(0)]]);
    expect(failed).not.toHaveBeenCalled();
  });

  it('says when the latest ask failed', async () => {
    const { ask, failures } = answers();
    const failed = vi.fn();
    const refresh = followSyncStatus({ ask, draw: vi.fn(), failed, passes: () => undefined });
    const asked = refresh();
    const error = new Error('The background worker did not answer.');
    failures[0]?.(error);
    await asked;
    expect(failed).toHaveBeenCalledWith(error);
  });
});
