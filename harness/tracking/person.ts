import type { Page } from 'playwright-core';
import { AttentionLedger } from './attention-ledger';
import { changedAt, lastAttended, shownAt } from './attention-log';
import { arrivedAt, markLeaving } from './document-arrival';
import { freezeBrowser } from './freeze';
import { movePointer, readingPoints } from './pointer';
import { Presence } from './presence';
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
 * (attention-log.ts); the ledger itself is attention-ledger.ts, input as X sees it presence.ts.
 */
export class Person {
  private readonly ledger: AttentionLedger;
  private readonly presence = new Presence(() => this.session.x);
  /** Every pointer move made while reading, in order (a scenario checks where they went). */
  readonly moves: { page: Page; x: number; y: number }[] = [];

  constructor(
    private session: TrackingSession,
    /** Receives a line per change of attention (for diagnosing a scenario). */
    private readonly trace?: (line: string) => void,
    /** Told of every change of attention, to measure the worker's stamps (bench only). */
    probe?: StampProbe,
  ) {
    this.ledger = new AttentionLedger(trace, probe);
  }

  /** The browser was relaunched: same person, same ledger, new browser. */
  useSession(session: TrackingSession): void {
    this.session = session;
  }

  /** At the computer: the X server sees input every second, whatever they are looking at. */
  arrive(): Promise<void> {
    return this.presence.arrive();
  }

  /** No more input of any kind, from now on; returns when the last input was (epoch ms). */
  leave(): number {
    return this.presence.leave();
  }

  /** Opens `url` in a new tab (which comes to the front) and starts reading once it shows. */
  async open(url: string): Promise<Page> {
    // The tab in front leaves when the new one is shown; the new page is read once it shows its
    // content (its first contentful paint: shownAt).
    const before = Date.now();
    const page = await openTab(this.session.context, url);
    await this.leaveFront(before);
    this.ledger.attend({ url, page }, await shownAt(page, before));
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
    this.ledger.attend({ url, page }, Math.max(shown, await changedAt(page, 'gained', before)));
    return page;
  }

  /**
   * Brings the page to the front if needed, then reads it (moving the mouse over its own text,
   * never over a frame: pointer.ts) for `seconds`.
   */
  async read(page: Page, seconds: number): Promise<void> {
    const started = Date.now();
    if (this.ledger.front?.page !== page) await this.bringToFront(page, started);
    const points = await readingPoints(page);
    let step = 0;
    while (Date.now() - started < seconds * 1000) {
      this.presence.check();
      const point = points[step % points.length] ?? { x: 200, y: 300 };
      this.trace?.(`  ${new Date().toISOString()} move (${String(point.x)}, ${String(point.y)})`);
      this.moves.push({ page, ...point });
      await movePointer(page, point);
      this.presence.lastInputAt = Date.now();
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
    this.ledger.attend({ url: page.url(), page }, await changedAt(page, 'route', before));
  }

  /**
   * Loads another document in `page`'s tab by `act` (a link, Back): the page is read until its
   * `pagehide`, the next from when it shows (document-arrival.ts). True: from the bfcache.
   */
  async navigate(page: Page, act: () => Promise<void>): Promise<boolean> {
    await markLeaving(page);
    const before = Date.now();
    await act();
    const { at, restored, leftAt } = await arrivedAt(page, before);
    this.ledger.attend(null, leftAt);
    this.ledger.attend({ url: page.url(), page }, at);
    return restored;
  }

  /**
   * Watches `page` for `seconds` without any input (a muted video, say): X sees none either, so
   * chrome.idle reports idle after its threshold while the person is still there, watching.
   * Returns when input stopped.
   */
  async watch(page: Page, seconds: number): Promise<number> {
    if (this.ledger.front?.page !== page) await this.bringToFront(page, Date.now());
    const stoppedAt = this.leave();
    await sleep(seconds * 1000);
    return stoppedAt;
  }

  /**
   * What the person watched without input went away at `at` (epoch ms: a player removed while
   * chrome.idle says idle): nothing is read from then, though the page is still in front.
   */
  lostSight(at: number): void {
    this.ledger.attend(null, at);
  }

  /**
   * The machine sleeps for `seconds`: every process of the browser is stopped (SIGSTOP), then
   * continued. Nothing is read meanwhile; afterwards the person goes on with what was in front,
   * from when its page runs again.
   */
  async sleepMachine(seconds: number): Promise<void> {
    const front = this.ledger.front;
    // Read on until the browser is stopped, not from before its processes were found.
    const freeze = freezeBrowser(this.session.userDataDir);
    this.ledger.attend(null, freeze.stoppedAt);
    await sleep(seconds * 1000);
    const resumedAt = freeze.resume();
    // Read again once the page in front runs again, not while it still waits for a core.
    if (front) {
      this.ledger.attend(front, await changedAt(front.page, 'ran-again', resumedAt));
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
    this.ledger.attend(null, idleAt);
    return { lastInputAt, lastXInputSentAt: this.presence.lastXInputSentAt, idleAt };
  }

  /** Comes back after idle to `page` (still in front) and reads on. */
  async returnTo(page: Page, seconds: number): Promise<{ backAt: number; activeAt: number }> {
    const backAt = Date.now();
    await this.arrive();
    this.ledger.attend({ url: page.url(), page }, backAt);
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
    const alive = this.ledger.front
      ? lastAttended(this.ledger.front.page)
      : Promise.resolve(undefined);
    await this.session.close();
    const until = await alive;
    this.trace?.(
      `  quit at ${new Date(at).toISOString()}, the page was attended ${until === undefined ? 'no more' : `${String(until - at)} ms more`}`,
    );
    const ended = Math.min(Date.now(), Math.max(at, until ?? at));
    this.ledger.attend(null, ended);
    return ended;
  }

  /** The scenario is over: no more input, and the page in front is read no more from now. */
  done(): void {
    this.leave();
    this.ledger.attend(null, Date.now());
  }

  /** Seconds the person truly read `url` (attention-ledger.ts). */
  trueSeconds(url: string): number {
    return this.ledger.trueSeconds(url);
  }

  /**
   * Brings `page` to the front (the action began at `before`): the page in front leaves when it is
   * hidden or its window loses focus, `page` is read from when it is shown in a focused window.
   * Never both at once: if the browser says the new page came first, the old one left then.
   */
  private async bringToFront(page: Page, before: number): Promise<void> {
    const previous = this.ledger.front?.page;
    await page.bringToFront();
    const gained = await changedAt(page, 'gained', before);
    const lost = previous ? await changedAt(previous, 'lost', before) : gained;
    this.ledger.attend(null, Math.min(lost, gained));
    this.ledger.attend({ url: page.url(), page }, gained);
  }

  /** The page in front stopped holding attention, by an action that began at `before`. */
  private async leaveFront(before: number): Promise<void> {
    const previous = this.ledger.front?.page;
    this.ledger.attend(null, previous ? await changedAt(previous, 'lost', before) : before);
  }
}
