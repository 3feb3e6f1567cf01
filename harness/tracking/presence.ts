import type { XDisplay } from './x11';

/**
 * The person's presence at the computer as the X server sees it: a pointer nudge every second
 * while they are there, whatever they look at. chrome.idle reads the X server's idle time, which
 * CDP page input never resets. Times are epoch ms.
 */
export class Presence {
  private loop: ReturnType<typeof setInterval> | undefined;
  /** Why the loop could not reach the X server; thrown by {@link check}. */
  private failure: Error | null = null;
  /** The last real input (X pointer motion or page input). */
  lastInputAt = 0;
  /**
   * When the last X pointer motion was sent, taken before sending: a timestamp taken after an
   * awaited send on a loaded machine can be later than the moment X saw it.
   */
  lastXInputSentAt = 0;

  /** `display`: the X display of the browser in use (it changes when the browser relaunches). */
  constructor(private readonly display: () => XDisplay) {}

  /** At the computer: input now, then every second until {@link leave}. */
  async arrive(): Promise<void> {
    await this.nudge();
    clearInterval(this.loop);
    this.loop = setInterval(() => {
      this.nudge().catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      });
    }, 1_000);
  }

  /** No more input of any kind, from now on; returns when the last input was. */
  leave(): number {
    clearInterval(this.loop);
    this.loop = undefined;
    return this.lastInputAt;
  }

  /** Throws the error that stopped the loop reaching the X server, if one did. */
  check(): void {
    if (this.failure) throw this.failure;
  }

  private async nudge(): Promise<void> {
    this.lastXInputSentAt = Date.now();
    await this.display().nudgePointer();
    this.lastInputAt = Date.now();
  }
}
