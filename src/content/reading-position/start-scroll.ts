/**
 * Whose is the scroll a page already shows when the reading path starts? Nothing of the extension
 * runs in a page before the worker injects it (about 4 s of attention in), so the input that moved
 * the page is not known; what the page can still tell is weighed here (issue #13: bug-1255978's
 * `autofocus` field scrolls it 391 px on load, which made every read of it read the whole article
 * at once, 25.8 ms of thread time, for a position nobody took).
 */

/** How far from the top a page still counts as not scrolled (a nudge of the wheel is not). */
export const AT_TOP_PX = 40;

/** What the page can tell, as the reading path starts, about how it came to be scrolled. */
export interface StartScrollEvidence {
  /** The page's scroll offset now (CSS px). */
  scrollY: number;
  /** The window's inner height (CSS px). */
  innerHeight: number;
  /**
   * Navigation Timing's `type` of the document ('navigate', 'reload', 'back_forward',
   * 'prerender'); undefined when the browser gives none.
   */
  navigationType: string | undefined;
  /**
   * `navigator.userActivation.hasBeenActive`: a key press, click or tap has reached the page
   * (HTML §6.4.3 sticky activation; a wheel or touch scroll does not activate). Undefined where
   * the browser lacks it.
   */
  hasBeenActive: boolean | undefined;
  /**
   * The focused element's bounding rect (viewport px), when an element other than the body has
   * focus; undefined otherwise.
   */
  focusedRect: { top: number; bottom: number } | undefined;
}

/**
 * Whether the scroll the page shows as the reading path starts is its reader's: sampled at once
 * (reading.ts, readerInputBefore), or else left alone until the reader scrolls with their own
 * input. Pure; the cases, first that applies:
 * 1. At its top: nothing to take.
 * 2. The reader pressed a key, clicked or tapped (sticky activation): theirs (a keyboard scroll,
 *    a click on a link to a section).
 * 3. A reload or a return by history: the browser restored the position the reader had.
 * 4. An element has focus, although no activation came, and lies in the window now but did not
 *    at the page's top: the page focused it (`autofocus`, a script's `focus()`), and focusing
 *    scrolls an element into view. The page's, not the reader's.
 * 5. Otherwise (a wheel or touch scroll, a fragment the reader followed, a page script: the page
 *    cannot tell them apart): the reader's, as before, so no reader who scrolled early loses the
 *    position they read at.
 * A reader taken for the page (a wheel scroll short enough to leave the focused field in view)
 * loses nothing lasting: their next scroll is theirs and noted as ever.
 */
export function startScrollIsReaders(evidence: StartScrollEvidence): boolean {
  const { scrollY, innerHeight, navigationType, hasBeenActive, focusedRect } = evidence;
  if (scrollY <= AT_TOP_PX) return false;
  if (hasBeenActive !== false) return true;
  if (navigationType === 'reload' || navigationType === 'back_forward') return true;
  if (focusedRect) {
    const inViewNow = focusedRect.bottom > 0 && focusedRect.top < innerHeight;
    const inViewAtTop = focusedRect.bottom + scrollY <= innerHeight;
    if (inViewNow && !inViewAtTop) return false;
  }
  return true;
}

/** The evidence `win` gives now (reads one rect, the focused element's, and nothing else). */
export function startScrollEvidence(win: Window): StartScrollEvidence {
  const doc = win.document;
  const focused = doc.activeElement;
  const hasFocus = focused !== null && focused !== doc.body && focused !== doc.documentElement;
  // Performance Timeline may be missing (an older engine, a test's window): the type is unknown.
  const timing = win.performance as Partial<Pick<Performance, 'getEntriesByType'>>;
  const entry = timing.getEntriesByType?.('navigation')[0] as { type?: unknown } | undefined;
  const activation = (win.navigator as { userActivation?: { hasBeenActive?: unknown } })
    .userActivation;
  return {
    scrollY: win.scrollY,
    innerHeight: win.innerHeight,
    navigationType: typeof entry?.type === 'string' ? entry.type : undefined,
    hasBeenActive:
      typeof activation?.hasBeenActive === 'boolean' ? activation.hasBeenActive : undefined,
    focusedRect: hasFocus ? focused.getBoundingClientRect() : undefined,
  };
}
