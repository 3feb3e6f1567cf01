import type { Page } from 'playwright-core';
import { changedAt, lastAttended, shownAt } from './attention-log';
import { freezeBrowser } from './freeze';
import { movePointer, readingPoints } from './pointer';
import { openTab, realFocus, waitForIdleState, type TrackingSession } from './session';
import type { StampProbe } from './stamp-probe';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * The person in front of the browser, and the ground truth of what they read.
 *
 * Truth is kept as a ledger of wall-clock segments, each opened and closed by a timestamp taken
 * around the real action that gives or takes the person's attention (a tab brought to the front,
 * focus given to another application, the browser quit, chrome.idle reporting idle). Where the
 * browser carries an action out later than it was asked (a loaded machine), the moment is the one
 * the browser made the change at, as the page itself saw it, never before the action began
 * (attention-log.ts). A page's true engaged time is the sum of its segments; nothing is ever
 * hard-coded.
 */
export class Person {
  private front: { url: string; page: Page; since: number } | null = null;
  private readonly truthMs = new Map<string, number>();
  private presence: ReturnType<typeof setInterval> | undefined;
  /** Why the presence loop could not reach the X server; thrown by the next action. */
  private failure: Error | null = null;
  /** The last real input (X pointer motion or page input). */
  lastInputAt = 0;
  /**
   * When the last X pointer motion was sent, taken before sending: chrome.idle reads the X server's
   * idle time, which CDP page input never resets, and a timestamp taken after an awaited send on a
   * loaded machine can be later than the moment X saw it.
   */
  lastXInputSentAt = 0;
  /** Every pointer move made while reading, in order (a scenario checks where they went). */
  readonly moves: { page: Page; x: number; y: number }[] = [];

  constructor(
    private session: TrackingSession,
    /** Receives a line per change of attention (for diagnosing a scenario). */
    private readonly trace?: (line: string) => void,
    /** Told of every change of attention, to measure the worker's stamps (bench only). */
    private readonly probe?: StampProbe,
  ) {}

  /** The browser was relaunched: same person, same ledger, new browser. */
  useSession(session: TrackingSession): void {
    this.session = session;
  }

  /** At the computer: the X server sees input every second, whatever they are looking at. */
  async arrive(): Promise<void> {
    await this.nudge();
    clearInterval(this.presence);
    this.presence = setInterval(() => {
      this.nudge().catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      });
    }, 1_000);
  }

  /** No more input of any kind, from now on. */
  leave(): number {
    clearInterval(this.presence);
    this.presence = undefined;
    return this.lastInputAt;
  }

  /** Opens `url` in a new tab (which comes to the front) and starts reading once it shows. */
  async open(url: string): Promise<Page> {
    // The tab in front leaves when the new one is shown; the new page is read once it shows its
    // content (its first contentful paint: shownAt).
    const before = Date.now();
    const page = await openTab(this.session.context, url);
    await this.leaveFront(before);
    this.attend({ url, page }, await shownAt(page, before));
    return page;
  }

  /** Opens `url` in a new window at `bounds` (which takes the focus) and reads it once shown. */
  async openWindow(
    url: string,
    bounds: { left: number; top: number; width: number; height: number },
  ): Promise<Page> {
    const { context, control } = this.session;
    const before = Date.now();
    const opened = context.waitForEvent('page');
    await control.evaluate(
      async (options) => {
        await chrome.windows.create(options);
      },
      { url, ...bounds },
    );
    const page = await opened;
    await page.waitForLoadState('load');
    await realFocus(context, page);
    // The window in front loses focus when the new one takes it, whose page is read once shown.
    await this.leaveFront(before);
    const shown = await shownAt(page, before);
    this.attend({ url, page }, Math.max(shown, await changedAt(page, 'gained', before)));
    return page;
  }

  /**
   * Brings the page to the front if needed, then reads it (moving the mouse over its own text,
   * never over a frame: pointer.ts) for `seconds`.
   */
  async read(page: Page, seconds: number): Promise<void> {
    const started = Date.now();
    if (this.front?.page !== page) await this.bringToFront(page, started);
    const points = await readingPoints(page);
    let step = 0;
    while (Date.now() - started < seconds * 1000) {
      if (this.failure) throw this.failure;
      const point = points[step % points.length] ?? { x: 200, y: 300 };
      this.trace?.(`  ${new Date().toISOString()} move (${String(point.x)}, ${String(point.y)})`);
      this.moves.push({ page, ...point });
      await movePointer(page, point);
      this.lastInputAt = Date.now();
      step++;
      await sleep(Math.min(500, seconds * 1000 - (Date.now() - started)));
    }
  }

  /**
   * Does something in `page` that takes it to another in-page route (a click on an SPA link, the
   * back button): from that moment the person reads the route the page then shows.
   */
  async navigateWithin(page: Page, act: () => Promise<void>): Promise<void> {
    const before = Date.now();
    await act();
    this.attend({ url: page.url(), page }, await changedAt(page, 'route', before));
  }

  /**
   * Watches `page` for `seconds` without any input (a muted video, say): X sees none either, so
   * chrome.idle reports idle after its threshold while the person is still there, watching.
   * Returns when input stopped.
   */
  async watch(page: Page, seconds: number): Promise<number> {
    if (this.front?.page !== page) await this.bringToFront(page, Date.now());
    const stoppedAt = this.leave();
    await sleep(seconds * 1000);
    return stoppedAt;
  }

  /**
   * The machine sleeps for `seconds`: every process of the browser is stopped (SIGSTOP), then
   * continued. Nothing is read meanwhile; afterwards the person goes on with what was in front,
   * from when its page runs again.
   */
  async sleepMachine(seconds: number): Promise<void> {
    const front = this.front;
    // Read on until the browser is stopped, not from before its processes were found.
    const freeze = freezeBrowser(this.session.userDataDir);
    this.attend(null, freeze.stoppedAt);
    await sleep(seconds * 1000);
    const resumedAt = freeze.resume();
    // Read again once the page in front runs again, not while it still waits for a core.
    if (front) {
      this.attend(front, await changedAt(front.page, 'ran-again', resumedAt));
    }
  }

  /** Switches to a tab that is not reading (the extension's options page). */
  async lookAway(): Promise<void> {
    const before = Date.now();
    await this.session.control.bringToFront();
    await this.leaveFront(before);
  }

  /** Switches to another application: the browser window loses focus; the person stays busy. */
  async switchToOtherApplication(): Promise<void> {
    const before = Date.now();
    await this.session.x.focusOtherApplication();
    await this.leaveFront(before);
  }

  /**
   * Stops all input and waits for chrome.idle to say so: what was in front was being read until
   * that moment (the extension cannot know better, and claims no more). Returns the moments.
   */
  async goIdle(): Promise<{ lastInputAt: number; lastXInputSentAt: number; idleAt: number }> {
    const lastInputAt = this.leave();
    const idleAt = await waitForIdleState(this.session.control, 'idle', lastInputAt);
    this.attend(null, idleAt);
    return { lastInputAt, lastXInputSentAt: this.lastXInputSentAt, idleAt };
  }

  /** Comes back after idle to `page` (still in front) and reads on. */
  async returnTo(page: Page, seconds: number): Promise<{ backAt: number; activeAt: number }> {
    const backAt = Date.now();
    await this.arrive();
    this.attend({ url: page.url(), page }, backAt);
    const activeAt = waitForIdleState(this.session.control, 'active', backAt - 1);
    await this.read(page, seconds);
    return { backAt, activeAt: await activeAt };
  }

  /**
   * Quits the browser in the middle of reading: the page in front is read for as long as it is
   * still attended (visible in a focused window) while the browser shuts down, never before the
   * quit began. Returns when reading ended, as the ledger has it: on a loaded machine the browser
   * may take seconds to shut down, the page attended all the while (1.7 s at load ~20).
   */
  async quitBrowser(): Promise<number> {
    const at = Date.now();
    const alive = this.front ? lastAttended(this.front.page) : Promise.resolve(undefined);
    await this.session.close();
    const until = await alive;
    this.trace?.(
      `  quit at ${new Date(at).toISOString()}, the page was attended ${until === undefined ? 'no more' : `${String(until - at)} ms more`}`,
    );
    const ended = Math.min(Date.now(), Math.max(at, until ?? at));
    this.attend(null, ended);
    return ended;
  }

  done(): void {
    this.leave();
    this.attend(null, Date.now());
  }

  trueSeconds(url: string): number {
    return (this.truthMs.get(url) ?? 0) / 1000;
  }

  /**
   * Brings `page` to the front (the action began at `before`): the page in front leaves when it is
   * hidden or its window loses focus, `page` is read from when it is shown in a focused window.
   * Never both at once: if the browser says the new page came first, the old one left then.
   */
  private async bringToFront(page: Page, before: number): Promise<void> {
    const previous = this.front?.page;
    await page.bringToFront();
    const gained = await changedAt(page, 'gained', before);
    const lost = previous ? await changedAt(previous, 'lost', before) : gained;
    this.attend(null, Math.min(lost, gained));
    this.attend({ url: page.url(), page }, gained);
  }

  /** The page in front stopped holding attention, by an action that began at `before`. */
  private async leaveFront(before: number): Promise<void> {
    const previous = this.front?.page;
    this.attend(null, previous ? await changedAt(previous, 'lost', before) : before);
  }

  private attend(next: { url: string; page: Page } | null, at: number): void {
    this.trace?.(`  ${new Date(at).toISOString()} attention: ${next?.url ?? 'nothing read'}`);
    if (this.front?.url !== next?.url) {
      this.probe?.attentionChanged(this.front?.url ?? null, next?.url ?? null, at);
    }
    if (this.front) {
      const { url, since } = this.front;
      this.truthMs.set(url, (this.truthMs.get(url) ?? 0) + Math.max(0, at - since));
    }
    this.front = next ? { ...next, since: at } : null;
  }

  private async nudge(): Promise<void> {
    this.lastXInputSentAt = Date.now();
    await this.session.x.nudgePointer();
    this.lastInputAt = Date.now();
  }
}
