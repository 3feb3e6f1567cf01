import type { Storage } from 'webextension-polyfill';
import type { ReadingPosition } from '../activity/text-fragment';
import {
  parsePendingResumes,
  rememberResume,
  takeResume,
  type PendingResumes,
} from './pending-resume';

/** The storage.session key of the pending positions (pending-resume.ts): a killed worker keeps them. */
export const PENDING_RESUMES_KEY = 'pendingResumes';

/** Positions waiting for the tab the worker opened to resume a page (storage.session glue). */
export interface PendingResumeStore {
  /** Keeps `position` for `tabId` until that tab reports `appActivityId`. */
  remember(tabId: number, appActivityId: string, position: ReadingPosition): Promise<void>;
  /** The position for the tab's first report of this page, or null; uses the tab's entry up. */
  take(tabId: number, appActivityId: string): Promise<ReadingPosition | null>;
}

/**
 * The store over `session` (storage.session), `now` in epoch ms. Updates run one after another
 * (each reads, changes and writes the one key), so two tabs reporting at once lose nothing.
 */
export function createPendingResumeStore(
  session: Pick<Storage.StorageArea, 'get' | 'set'>,
  now: () => number = Date.now,
): PendingResumeStore {
  let queue: Promise<unknown> = Promise.resolve();
  function update<T>(change: (pending: PendingResumes) => [PendingResumes, T]): Promise<T> {
    const run = queue.then(async () => {
      const stored = (await session.get(PENDING_RESUMES_KEY))[PENDING_RESUMES_KEY];
      const before = parsePendingResumes(stored);
      const [after, result] = change(before);
      // Most reports find nothing waiting: no write then.
      if (Object.keys(before).length > 0 || Object.keys(after).length > 0) {
        await session.set({ [PENDING_RESUMES_KEY]: after });
      }
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }
  return {
    remember: (tabId, appActivityId, position) =>
      update((pending) => [
        rememberResume(pending, tabId, appActivityId, position, now()),
        undefined,
      ]),
    take: (tabId, appActivityId) =>
      update((pending) => {
        const taken = takeResume(pending, tabId, appActivityId, now());
        return [taken.pending, taken.position];
      }),
  };
}
