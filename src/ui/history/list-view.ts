// Where the history list is seen: in the scroller's own box, or, in a short window where nothing
// is pinned (history.css), in the window as the whole page scrolls. Reads layout; the arithmetic
// is list-geometry.ts's.
import { viewWindow } from './list-geometry';

/** The part of the list in view (list px, list-geometry.ts) and the view's top (viewport px). */
export interface ListView {
  offset: number;
  height: number;
  top: number;
}

/** Whether `scroller` scrolls its own box (history.css); otherwise the page scrolls. */
export function scrollsItself(scroller: HTMLElement): boolean {
  return getComputedStyle(scroller).overflowY !== 'visible';
}

/**
 * The part of the list `canvas` in view, in the list's own coordinates: `scroller`'s box while it
 * scrolls (the list at its top), else the window, cut to where the scroller is.
 */
export function listView(scroller: HTMLElement, canvas: HTMLElement): ListView {
  const box = scroller.getBoundingClientRect();
  if (scrollsItself(scroller)) {
    const { scrollTop, clientHeight, clientTop } = scroller;
    const top = box.top + clientTop;
    // clientHeight is rounded: a box 657.625 px high said 658, and a row revealed at its bottom
    // ended 0.375 px under the window's edge (a header of fractional height above it).
    return { offset: scrollTop, height: Math.min(clientHeight, box.bottom - top), top };
  }
  const top = Math.max(0, box.top);
  const bottom = Math.min(document.documentElement.clientHeight, box.bottom);
  return { ...viewWindow(canvas.getBoundingClientRect().top, top, bottom), top };
}

/** Scrolls the view `delta` px down (up when negative): the scroller, or the page. */
export function scrollViewBy(scroller: HTMLElement, delta: number): void {
  if (scrollsItself(scroller)) scroller.scrollTop += delta;
  else scrollBy(0, delta);
}
