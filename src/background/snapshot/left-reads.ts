// A page left while the worker read its snapshot (a tab closed on a busy machine) reports itself
// as it leaves with its address and title only (content/page-session.ts, `partial`); the worker's
// read still ends, and what it found completes that record (issue #13: the history shows what was
// read, not a bare address). Either may come first: the read's answer can reach a page already
// gone, or the leave report can reach the worker while the offscreen document still parses.
import type { PageCapture, PageMetadata } from '../../activity/page-metadata';
import { sanitizePageMetadata } from '../../activity/sanitize';

/**
 * How long (ms) a read or a leave report waits for the other. The page sends its leave report as
 * it unloads, with its read in flight: both reach the worker within seconds, even a busy one.
 */
export const LEFT_READ_WAIT_MS = 60_000;

/** The record a page reported as it was left, which its read will complete. */
export interface LeftReport {
  /** The identity it was recorded (and is tracked) under: the read's own URL is not taken. */
  identity: Pick<PageMetadata, 'appActivityId' | 'url'>;
  /** Settles once that record is written: the completed one is written after it, never before. */
  recorded: Promise<unknown>;
}

interface Waiting<T> {
  /** The cleaned address of the tab's document the browser gave with the message. */
  address: string;
  value: T;
  at: number;
}

/**
 * Matches a tab's reads with the report its page sent as it was left, by tab and address (the
 * browser's, not the page's claim). One of each per tab, for LEFT_READ_WAIT_MS at most. `now`:
 * epoch ms, injected.
 */
export class LeftReads {
  private readonly reads = new Map<number, Waiting<PageCapture>>();
  private readonly reports = new Map<number, Waiting<LeftReport>>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * The worker read the page of `tabId` at `address`: the report its page sent as it was left,
   * waiting for this read, if any (taken); else the read is kept for such a report to come.
   */
  read(tabId: number, address: string, capture: PageCapture): LeftReport | null {
    this.forgetOld();
    const report = this.take(this.reports, tabId, address);
    if (!report) this.reads.set(tabId, { address, value: capture, at: this.now() });
    return report;
  }

  /**
   * The page of `tabId` at `address` reported as it was left: the read of it the worker already
   * finished, if any (taken); else `report` waits for that read.
   */
  left(tabId: number, address: string, report: LeftReport): PageCapture | null {
    this.forgetOld();
    const read = this.take(this.reads, tabId, address);
    if (!read) this.reports.set(tabId, { address, value: report, at: this.now() });
    return read;
  }

  /** The page of `tabId` reported its read itself: nothing of that tab is waiting any more. */
  reported(tabId: number): void {
    this.reads.delete(tabId);
    this.reports.delete(tabId);
  }

  private forgetOld(): void {
    const cutoff = this.now() - LEFT_READ_WAIT_MS;
    for (const map of [this.reads, this.reports] as Map<number, { at: number }>[]) {
      for (const [key, waiting] of map) if (waiting.at < cutoff) map.delete(key);
    }
  }

  private take<T>(map: Map<number, Waiting<T>>, tabId: number, address: string): T | null {
    const waiting = map.get(tabId);
    if (waiting?.address !== address) return null;
    map.delete(tabId);
    return waiting.value;
  }
}

/**
 * The read's metadata under the identity the page was recorded with (its address: the engagement
 * is counted there), checked as any page report is; null when the read says nothing usable.
 */
export function completedRecord(
  identity: LeftReport['identity'],
  capture: PageCapture,
): PageMetadata | null {
  const checked = sanitizePageMetadata(capture);
  return checked && { ...checked, appActivityId: identity.appActivityId, url: identity.url };
}
