import type { Page } from 'playwright-core';
import type { StampProbe } from './stamp-probe';

/** The page holding the person's attention, and since when (epoch ms). */
export interface Attended {
  url: string;
  page: Page;
  since: number;
}

/**
 * The ground truth of what the person read (person.ts): a ledger of wall-clock segments, each
 * opened and closed at a moment the caller took around a real change of attention. A page's true
 * engaged time is the sum of its segments; nothing is ever hard-coded.
 */
export class AttentionLedger {
  private current: Attended | null = null;
  private readonly truthMs = new Map<string, number>();

  constructor(
    /** Receives a line per change of attention (for diagnosing a scenario). */
    private readonly trace?: (line: string) => void,
    /** Told of every change of attention, to measure the worker's stamps (bench only). */
    private readonly probe?: StampProbe,
  ) {}

  /** What holds attention now; null when nothing is read. */
  get front(): Attended | null {
    return this.current;
  }

  /**
   * From `at` (epoch ms) `next` holds attention (null: nothing is read): the segment of what was
   * in front closes then, never shorter than nothing.
   */
  attend(next: { url: string; page: Page } | null, at: number): void {
    this.trace?.(`  ${new Date(at).toISOString()} attention: ${next?.url ?? 'nothing read'}`);
    if (this.current?.url !== next?.url) {
      this.probe?.attentionChanged(this.current?.url ?? null, next?.url ?? null, at);
    }
    if (this.current) {
      const { url, since } = this.current;
      this.truthMs.set(url, (this.truthMs.get(url) ?? 0) + Math.max(0, at - since));
    }
    this.current = next ? { ...next, since: at } : null;
  }

  /** Seconds `url` held attention, summed over its closed segments. */
  trueSeconds(url: string): number {
    return (this.truthMs.get(url) ?? 0) / 1000;
  }
}
