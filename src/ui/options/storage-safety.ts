/** What the options page asks to say whether the browser may clear the history. */
export interface StorageSafetyDeps {
  /** `navigator.storage.persist()`: the web's own grant. */
  persist: () => Promise<boolean>;
  /** Whether the extension holds the manifest's `unlimitedStorage` permission. */
  unlimitedStorage: () => Promise<boolean>;
}

/**
 * Whether the browser keeps the history from eviction. `unlimitedStorage` exempts an extension's
 * storage from quota and eviction in Chromium
 * (https://developer.chrome.com/docs/extensions/develop/concepts/storage-and-cookies#persistence),
 * where `persist()` still answers false to an extension page; Firefox grants `persist()` with it.
 * Either one is enough; a failing check counts as no.
 */
export async function historyKeptSafe(deps: StorageSafetyDeps): Promise<boolean> {
  const [persisted, unlimited] = await Promise.all([
    deps.persist().catch(() => false),
    deps.unlimitedStorage().catch(() => false),
  ]);
  return persisted || unlimited;
}
