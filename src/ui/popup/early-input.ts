/** Keys the list's keyboard acts on (see `enableListKeyboard`); Enter clicks a row's own link. */
const LIST_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'Delete', 'Backspace']);

/** Where input that arrives before the controls load is held, by CSS selector. */
export interface EarlyTargets {
  /** Buttons whose clicks are replayed (Pause, Sync now, Settings, All history). */
  clicks: string;
  /** Elements whose list keys (arrows, Home/End, Delete) are replayed: the list and search box. */
  keys: string;
}

/** Input held until the controls load. */
export interface EarlyInput {
  /** Stops holding and replays what was held, in order, on the elements it was aimed at. */
  replay: () => void;
  /** Forgets what was held (the controls failed to load: a retry must not act on stale input). */
  drop: () => void;
}

/**
 * Holds clicks on the popup's buttons and list keys that arrive before its controls are wired
 * (they load after the first frame: ./popup-controls.ts), so nothing a quick user does is lost.
 * One delegated listener per event type on `root`; each held event calls `onHeld` (which loads
 * the controls, or retries after a failed load). `replay` re-dispatches the held events once the
 * controls' own listeners are in place; an element gone from the page by then is skipped.
 */
export function holdEarlyInput(
  root: Document,
  targets: EarlyTargets,
  onHeld: () => void,
): EarlyInput {
  const held: { target: Element; event: Event }[] = [];
  const onClick = (event: MouseEvent): void => {
    const target = (event.target as Element | null)?.closest(targets.clicks);
    if (!target) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push({ target, event: new MouseEvent('click', { bubbles: true, cancelable: true }) });
    onHeld();
  };
  const onKey = (event: KeyboardEvent): void => {
    const target = event.target as Element | null;
    if (!target?.closest(targets.keys) || !LIST_KEYS.has(event.key)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // In the search box the other keys edit the query: only ↓ (to the first row) is the list's.
    if (target instanceof HTMLInputElement && event.key !== 'ArrowDown') return;
    event.preventDefault();
    held.push({
      target,
      event: new KeyboardEvent('keydown', { key: event.key, bubbles: true, cancelable: true }),
    });
    onHeld();
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('keydown', onKey, true);
  return {
    replay: () => {
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('keydown', onKey, true);
      for (const { target, event } of held.splice(0)) {
        if (target.isConnected) target.dispatchEvent(event);
      }
    },
    drop: () => {
      held.length = 0;
    },
  };
}

/**
 * `load`, run once and its result kept; a failure is passed to `onError` (which says so) and
 * forgotten, so the next call tries again. The returned promise never rejects: it resolves to
 * undefined after a failure.
 */
export function loadOnceRetrying<T>(
  load: () => Promise<T>,
  onError: (error: unknown) => void,
): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      onError(error);
      return undefined;
    }));
}
