import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ActivityListItem } from '../../src/messaging/contract';
import type { Settings } from '../../src/settings/settings';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../browser';
import { recordedPages } from '../reading';
import { attentionLogRuns, logAttention } from './attention-log';
import type { XDisplay } from './x11';

/**
 * A headed Chromium with the extension, under Xvfb, driven the way a person uses it. Headed
 * because headless Chromium has no input devices (chrome.idle never fires) and no window focus
 * to lose (switching to another application cannot be played): see docs/toolchain.md.
 */
export interface TrackingSession {
  context: BrowserContext;
  extensionId: string;
  /**
   * The options page, in its own tab of the first window: it talks to the worker as the options
   * page and popup do, and bringing it to the front means looking at something that is not read.
   */
  control: Page;
  /** The display the browser runs on (shared with the person). */
  x: XDisplay;
  userDataDir: string;
  /** Quits the browser (as a person does at the end of the day). */
  close(): Promise<void>;
}

/** Launches the browser on `userDataDir` (with `extraArgs`, e.g. to trust the sandbox). */
export async function openTrackingSession(
  userDataDir: string,
  x: XDisplay,
  extraArgs: string[] = [],
): Promise<TrackingSession> {
  // Xvfb may have seen no input for minutes: without this the browser would start idle.
  await x.nudgePointer();
  // Real window sizes (no emulated viewport), so windows can be laid out side by side.
  const context = await launchWithExtension({
    userDataDir,
    headless: false,
    viewport: null,
    extraArgs,
    // A person's browser keeps pages in the back/forward cache; Playwright turns it off.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    // When the browser made each change of attention the person's actions asked for.
    await logAttention(context);
    const worker = await extensionWorker(context);
    const extensionId = extensionIdOf(worker);
    const control = context.pages()[0] ?? (await context.newPage());
    await control.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
    await attentionLogRuns(control);
    await control.evaluate(() => {
      const log: { state: string; at: number }[] = [];
      Object.assign(globalThis, { idleLog: log });
      chrome.idle.onStateChanged.addListener((state) => log.push({ state, at: Date.now() }));
    });
    return {
      context,
      extensionId,
      control,
      x,
      userDataDir,
      async close() {
        await context.close();
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Changes settings through the worker, exactly as the options page does. */
export async function updateSettings(control: Page, patch: Partial<Settings>): Promise<Settings> {
  return control.evaluate(async (p) => {
    const reply = await chrome.runtime.sendMessage<
      unknown,
      { ok: boolean; value?: Settings; error?: { message: string } }
    >({ channel: 'reading-timeline/v1', type: 'update-settings', payload: { patch: p } });
    if (!reply.ok || !reply.value) throw new Error(reply.error?.message ?? 'update failed');
    return reply.value;
  }, patch);
}

/**
 * A new tab showing `url`, loaded, with Playwright's focus emulation switched off so the page sees
 * real focus and blur (Playwright otherwise tells every page it has focus, which no browser does).
 */
export async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await realFocus(context, page);
  return page;
}

/** Switches Playwright's focus emulation off for the document `page` shows now. */
export async function realFocus(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  await cdp.detach();
}

/** The time chrome.idle next reports `state` (as the worker hears it), waiting up to `timeoutMs`. */
export async function waitForIdleState(
  control: Page,
  state: 'idle' | 'active',
  after: number,
  timeoutMs = 40_000,
): Promise<number> {
  const handle = await control.waitForFunction(
    ({ s, t }) => {
      const log = (globalThis as unknown as { idleLog: { state: string; at: number }[] }).idleLog;
      return log.find((e) => e.state === s && e.at >= t)?.at ?? false;
    },
    { s: state, t: after },
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Stops the extension's service worker through CDP (`cdp`: a session on an extension page with
 * the ServiceWorker domain enabled), as Chrome does to an idle worker, and waits until it is.
 */
export async function stopServiceWorker(control: Page, cdp: CDPSession): Promise<void> {
  const origin = extensionOrigin(control);
  const stopped = new Promise<void>((resolve) => {
    const onUpdate = (event: {
      versions: { scriptURL: string; runningStatus: string }[];
    }): void => {
      const ours = event.versions.filter((v) => v.scriptURL.startsWith(origin));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error('The service worker did not stop within 10 s'));
    }, 10_000);
  });
  await Promise.race([stopped, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

/** `chrome-extension://<id>/` (URL.origin is "null" for schemes Node does not know). */
function extensionOrigin(control: Page): string {
  return `chrome-extension://${new URL(control.url()).host}/`;
}

/** Watches the extension worker's running status; counts its starts. */
export async function watchServiceWorker(
  control: Page,
  context: BrowserContext,
): Promise<{ cdp: CDPSession; starts: () => number; running: () => boolean }> {
  const origin = extensionOrigin(control);
  const cdp = await context.newCDPSession(control);
  let starts = 0;
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(origin)) continue;
      if (version.runningStatus === 'running' && status !== 'running' && status !== 'unknown') {
        starts++;
      }
      status = version.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, starts: () => starts, running: () => status === 'running' };
}

/** What the extension recorded for `url`: total seconds and history items. */
export async function recorded(
  control: Page,
  url: string,
): Promise<{ activity: ActivityListItem | undefined; seconds: number; historyItems: number }> {
  const activity = (await recordedPages(control)).find((a) => a.metadata.url === url);
  return {
    activity,
    seconds: (activity?.activeMs ?? 0) / 1000,
    historyItems: activity?.historyItems.length ?? 0,
  };
}
