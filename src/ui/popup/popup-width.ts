/**
 * The popup at 200 % zoom and more. Its body asks for POPUP_WIDTH CSS px (popup.css), and Chrome
 * caps a toolbar popup at 800 × 600 px of the screen: at 200 % that is 400 × 300 CSS px, and once
 * the popup scrolls, its vertical scroll bar leaves the body 392 px, so it also scrolled sideways
 * by 8 px; at 400 %, 196 px for 400, half the popup off to the side (both measured in Chromium's
 * toolbar popup, opened by `chrome.action.openPopup()` at the browser's default zoom). The body is
 * narrowed to the room the popup got, where it lays out as it does at 400 px, only narrower.
 */

/** The popup's width, CSS px, as popup.css sets it on `body`. */
export const POPUP_WIDTH = 400;
/** Chrome's popup at its largest zoom (500 %): 800 px of the screen. Never narrower than this. */
const NARROWEST = 160;

/**
 * The body's width for `room` CSS px of popup (the root's client width, scroll bar excluded), or
 * null to keep POPUP_WIDTH: the popup got what it asked for, or a width no zoom gives (a popup
 * not laid out yet).
 */
export function fittedWidth(room: number): number | null {
  return room >= NARROWEST && room < POPUP_WIDTH ? room : null;
}

/**
 * Keeps `doc`'s body within the popup's width (`fittedWidth`), now and on each resize. Only
 * Chrome's cap was measured; Firefox sizes its panels itself, and the body keeps its width there.
 */
export function keepPopupWidth(doc: Document): void {
  if (import.meta.env.MODE === 'firefox') return;
  const fit = (): void => {
    const width = fittedWidth(doc.documentElement.clientWidth);
    if (width !== null) doc.body.style.width = `${String(width)}px`;
  };
  doc.defaultView?.addEventListener('resize', fit);
  fit();
}
