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
  /**
   * Set for a tab the worker opened to resume a page, whose command only comes once the page is
   * read there (seconds after it loaded): scroll only while the page is still at its top, so a
   * reader who scrolled meanwhile, or a text fragment the browser already followed, is not moved.
   */
  onlyFromTop?: true;
}

/** A scroll-to-position command; `onlyFromTop` as ScrollToPositionCommand says. */
export function scrollToPositionCommand(
  position: ReadingPosition,
  { onlyFromTop = false }: { onlyFromTop?: boolean } = {},
): ScrollToPositionCommand {
  return {
    channel: CHANNEL,
    type: 'scroll-to-position',
    position,
    ...(onlyFromTop ? { onlyFromTop: true as const } : {}),
  };
}

/** What a scroll command asks, or null when `raw` is not a valid scroll command. */
export function parseScrollToPosition(
  raw: unknown,
): { position: ReadingPosition; onlyFromTop: boolean } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const bag = raw as Record<string, unknown>;
  if (bag.channel !== CHANNEL || bag.type !== 'scroll-to-position') return null;
  const position = parseReadingPosition(bag.position);
  return position ? { position, onlyFromTop: bag.onlyFromTop === true } : null;
}

/**
 * Asks the content script of the page being read to report input it has seen but not yet said
 * (input is reported at most every few seconds, page-session.ts): the worker sends it before a
 * list shows reading time, so the figure does not lag what the reader just did.
 */
export interface ReportEvidenceCommand {
  channel: typeof CHANNEL;
  type: 'report-evidence';
}

/** The report-evidence command, ready for `tabs.sendMessage`. */
export function reportEvidenceCommand(): ReportEvidenceCommand {
  return { channel: CHANNEL, type: 'report-evidence' };
}

/** Whether `raw` is a report-evidence command. */
export function isReportEvidence(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const bag = raw as Record<string, unknown>;
  return bag.channel === CHANNEL && bag.type === 'report-evidence';
}
