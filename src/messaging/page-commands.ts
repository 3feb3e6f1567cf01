import { parseReadingPosition, type ReadingPosition } from '../activity/text-fragment';
import { CHANNEL } from './channel';

/**
 * Messages the worker sends to the content script of one tab (`tabs.sendMessage`). The content
 * script validates them like the worker validates its own: a page cannot send these (they arrive
 * through `runtime.onMessage` from the extension only), but they are parsed all the same.
 */
export interface ScrollToPositionCommand {
  channel: typeof CHANNEL;
  type: 'scroll-to-position';
  position: ReadingPosition;
}

export function scrollToPositionCommand(position: ReadingPosition): ScrollToPositionCommand {
  return { channel: CHANNEL, type: 'scroll-to-position', position };
}

/** The position to scroll to, or null when `raw` is not a valid scroll command. */
export function parseScrollToPosition(raw: unknown): ReadingPosition | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const bag = raw as Record<string, unknown>;
  if (bag.channel !== CHANNEL || bag.type !== 'scroll-to-position') return null;
  return parseReadingPosition(bag.position);
}
