import type { StorageProblem } from '../messaging/contract';

/** storage.session key of the last refused write: shown in the popup and on the toolbar icon. */
export const STORAGE_PROBLEM_KEY = 'storage-problem';

/**
 * Whether an error is the browser refusing a write for lack of space. IndexedDB reports it as a
 * `QuotaExceededError` DOMException on the request, and idb rejects `tx.done` with the same error
 * (https://w3c.github.io/IndexedDB/#abort-a-transaction).
 */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'QuotaExceededError'
  );
}

/** What the user is told, from the browser's own message. */
export function storageProblemOf(error: unknown, at: number): StorageProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return { at, message: `The browser refused to save your reading (out of space): ${detail}` };
}
