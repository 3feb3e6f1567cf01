import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialTrackerState } from '../tracking/engagement';
import type { TrackerState } from '../tracking/engagement-types';
import { reportEvidenceCommand } from '../messaging/page-commands';
import type { BackgroundContext } from './context';
import type { TrackerRuntime } from './tracker-runtime';
import { collectPendingEvidence, EVIDENCE_WAIT_MS } from './pending-evidence';

function contextWith(state: TrackerState, answer: Promise<boolean>) {
  const sendToTab = vi.fn(() => answer);
  const context = {
    tracker: { current: state } as unknown as TrackerRuntime,
    browserState: { sendToTab } as unknown as BackgroundContext['browserState'],
  };
  return { context, sendToTab };
}

const reading = (): TrackerState => ({
  ...initialTrackerState(0),
  interval: { tabId: 7, engagementId: 'e', appActivityId: 'a', since: 0 },
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('collectPendingEvidence', () => {
  it('asks nothing of any tab when no page holds attention', async () => {
    const { context, sendToTab } = contextWith(initialTrackerState(0), Promise.resolve(true));
    await collectPendingEvidence(context);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('asks the tab being read and waits for its answer', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const { context, sendToTab } = contextWith(
      reading(),
      new Promise((resolve) => (answer = resolve)),
    );
    let done = false;
    const pending = collectPendingEvidence(context).then(() => (done = true));
    expect(sendToTab).toHaveBeenCalledWith(7, reportEvidenceCommand());
    await vi.advanceTimersByTimeAsync(EVIDENCE_WAIT_MS / 2);
    expect(done).toBe(false);
    answer(true);
    await pending;
    expect(done).toBe(true);
  });

  it.each([
    ['never answers', new Promise<boolean>(() => undefined)],
    ['has no script', Promise.resolve(false)],
  ])('gives up on a page that %s within the wait', async (_name, answer) => {
    const { context } = contextWith(reading(), answer);
    let done = false;
    const pending = collectPendingEvidence(context).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(EVIDENCE_WAIT_MS);
    await pending;
    expect(done).toBe(true);
  });
});
