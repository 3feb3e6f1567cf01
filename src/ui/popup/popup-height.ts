/**
 * The popup's height in Firefox at 200 % zoom and more. Firefox sizes a toolbar popup's browser
 * to its whole content, whatever the screen: at 200 % the popup's 562 CSS px became 1,124 px in a
 * panel 687 px high from y = 81 of a 768 px screen, so the document never scrolled and its footer
 * (History, Sync now) lay below the screen, out of reach (Mozilla bug 1570849; measured in
 * Firefox ESR 140's real popup, docs/accessibility.md). Chrome caps a popup at 600 px of the
 * screen itself (popup-width.ts). The body is capped to the room the screen leaves under the
 * popup's top, so its list scrolls and its header and footer stay in view.
 */

/** The popup's largest height, CSS px, as popup.css caps `body`. */
export const POPUP_MAX_HEIGHT = 580;
/** The panel's edge under the popup (its border and shadow), px of the screen at 100 %. */
const PANEL_EDGE = 8;
/** Never lower than this, CSS px: a place no real popup has (one not laid out yet) gives room. */
const LOWEST = 120;

/** Where the popup's document lies on the screen, as its window tells it. */
export interface PopupPlace {
  /** The bottom of the screen's work area (`screen.availTop + screen.availHeight`), CSS px. */
  screenBottom: number;
  /** The top of the popup's content on the screen (Firefox's `mozInnerScreenY`), CSS px. */
  top: number;
  /** CSS px per screen px: `devicePixelRatio` (2 at 200 % zoom). */
  ratio: number;
}

/**
 * The body's largest height, CSS px, for a popup at `place`: the room from its top to the screen's
 * work area's bottom, less the panel's edge; null to keep POPUP_MAX_HEIGHT (the room holds it, or
 * a place that is not a number). At least LOWEST.
 */
export function fittedHeight(place: PopupPlace): number | null {
  const room = Math.floor(place.screenBottom - place.top - PANEL_EDGE / Math.max(place.ratio, 1));
  if (!Number.isFinite(room) || room >= POPUP_MAX_HEIGHT) return null;
  return Math.max(room, LOWEST);
}

/**
 * Keeps `doc`'s body within the room its popup has on the screen (`fittedHeight`), now and on
 * each resize (a zoom resizes the popup). Firefox only: Chrome caps its popups itself. Writes
 * only a height that changed, so the resize its own cap causes asks nothing more.
 */
export function keepPopupHeight(doc: Document): void {
  if (import.meta.env.MODE !== 'firefox') return;
  // Both Firefox's (and Chromium's), neither in TypeScript's DOM types.
  const view = doc.defaultView as (Window & { mozInnerScreenY?: number }) | null;
  if (!view) return;
  const screen = view.screen as Screen & { availTop?: number };
  let applied: number | null = null;
  const fit = (): void => {
    const height = fittedHeight({
      screenBottom: (screen.availTop ?? 0) + screen.availHeight,
      top: view.mozInnerScreenY ?? Number.NaN,
      ratio: view.devicePixelRatio,
    });
    if (height === applied) return;
    applied = height;
    // Capped, the body scrolls itself: were the overflow the viewport's, Firefox would size the
    // popup to it again.
    doc.documentElement.classList.toggle('height-capped', height !== null);
    doc.body.style.maxHeight = height === null ? '' : `${String(height)}px`;
  };
  view.addEventListener('resize', fit);
  fit();
}
