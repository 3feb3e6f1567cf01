import type { BackgroundContext } from './context';
import { isQuotaError, STORAGE_PROBLEM_KEY, storageProblemOf } from './storage-problem';

/**
 * Runs a write that stores what was read; a refusal for lack of space is recorded (popup, icon)
 * and rethrown, never swallowed. A later successful write clears it.
 */
export async function storing<T>(
  context: Pick<BackgroundContext, 'session' | 'badge'>,
  work: () => Promise<T>,
  now: () => number = Date.now,
): Promise<T> {
  try {
    const result = await work();
    if ((await context.session.get(STORAGE_PROBLEM_KEY))[STORAGE_PROBLEM_KEY] !== undefined) {
      await context.session.remove(STORAGE_PROBLEM_KEY);
      await context.badge.show();
    }
    return result;
  } catch (error) {
    if (isQuotaError(error)) {
      await context.session.set({ [STORAGE_PROBLEM_KEY]: storageProblemOf(error, now()) });
      await context.badge.show();
    }
    throw error;
  }
}
