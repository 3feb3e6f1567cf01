/**
 * The reading module: what the content script loads (content-script.iife.ts, from
 * READING_MODULE_PATH) once a page is being read, or when the worker asks it to scroll. Nothing
 * here is fetched, parsed or run on a page nobody reads (issue #13, kind 6).
 */
import { parseScrollToPosition } from '../messaging/page-commands';
import { scrollToPosition } from './reading-position/scroll-to-position';

export { readPage } from './reader';
export { startPositionSampler } from './reading-position/position-sampler';
export { createPositionRelay, type PositionRelay } from './reading-position/position-relay';

/**
 * Scrolls `win` to the position a worker command names; anything else is ignored. A command for
 * a tab opened to resume (`onlyFromTop`) is ignored once the page has left its top: the reader
 * scrolled in the seconds before the page was read, or the browser followed the text fragment.
 */
export function scrollOnCommand(win: Window, message: unknown): void {
  const command = parseScrollToPosition(message);
  if (!command) return;
  if (command.onlyFromTop && win.scrollY > AT_TOP_PX) return;
  scrollToPosition(win, command.position);
}

/** How far from the top a page still counts as not scrolled (a nudge of the wheel is not). */
const AT_TOP_PX = 40;
