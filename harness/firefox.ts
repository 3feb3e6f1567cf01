// Debian's Firefox ESR with the addons.mozilla.org package (packages/…-firefox.zip, the very file
// that would be uploaded) installed as a temporary add-on, driven through WebDriver BiDi by
// puppeteer-core (which never downloads a browser).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import pkg from '../package.json' with { type: 'json' };
import { GECKO_ID } from '../scripts/build/manifest-for';
import { archiveName } from '../scripts/package/archive';
import type { MessageType, RequestOf, ResponseOf } from '../src/messaging/contract';
import { REPO_ROOT, WELCOME_PATH } from './browser';

/** The Firefox package `npm run package` builds (packages/…-firefox.zip). */
export const FIREFOX_PACKAGE = join(REPO_ROOT, 'packages', archiveName('firefox', pkg.version));
/** The Firefox binary: FIREFOX_PATH, else Debian's Firefox ESR. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The moz-extension:// host Firefox gives the add-on in test profiles. Firefox picks a random one
 * per profile; the `extensions.webextensions.uuids` pref pins it, so tests know the origin.
 */
export const TEST_EXTENSION_UUID = '5b1f0c8e-8a4e-4d0b-9b52-2f6c1d7e9a30';
/** The add-on's origin in test profiles (TEST_EXTENSION_UUID pinned). */
export const EXTENSION_ORIGIN = `moz-extension://${TEST_EXTENSION_UUID}`;

/** A headless Firefox ESR with the add-on installed, and what the tests do with it. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens one of the extension's pages (a path such as `/src/ui/popup/index.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The event page's lifecycle as Firefox reports it (`running`, `suspending`, `stopped`…). */
  backgroundState(): Promise<string>;
  /**
   * Tells Firefox's idle service the user is active, as real input does. BiDi input events are
   * synthesized inside the page and never reach it, so without this `idle` would report idle
   * however much the test types or moves the mouse.
   */
  userActive(): Promise<void>;
  /** Reads a page like a person (see readFor), input included. Returns the seconds spent. */
  readFor(page: Page, seconds: number): Promise<number>;
  /**
   * Evaluates `expression` in the browser's own window (chrome scope, `browser.xhtml`), e.g. to
   * zoom the toolbar popup's browser as Ctrl+plus in the panel does; returns its result (awaited
   * if a promise) as a string.
   */
  inBrowserWindow(expression: string): Promise<string>;
  close(): Promise<void>;
}

/** How launchFirefox starts Firefox: the event page's idle timeout, the add-on to install. */
export interface FirefoxLaunchOptions {
  /**
   * Milliseconds without events after which Firefox unloads the event page (Firefox's default is
   * 30 s). Short values make the tests cross unloads, as the Chromium ones stop the worker.
   */
  backgroundIdleTimeoutMs?: number;
  /** The add-on to install: a package (.zip/.xpi) or a build folder. The AMO package by default. */
  extension?: string;
  /**
   * Firefox's language, and so the add-on's (`de`: Debian's firefox-esr-l10n-de language pack,
   * scripts/setup.sh). English by default.
   */
  locale?: string;
  /** The default font size, CSS px (Settings → Fonts → Size; 16 by default). */
  defaultFontSize?: number;
  /** More preferences, e.g. a CSS feature turned off as an older Firefox lacks it. */
  prefs?: Record<string, string | number | boolean>;
  /**
   * The welcome page the install opens: closed once it is there (default), so it cannot take focus
   * in the middle of a test, or `keep` for a test of it (find it with findPage).
   */
  welcome?: 'close' | 'keep';
}

/**
 * Firefox ESR, headless, with the extension installed. `acceptInsecureCerts` lets it reach the
 * sandbox's self-signed HTTPS provider. BiDi refuses to navigate a tab to a moz-extension:// URL,
 * so extension pages are opened the way the browser's own UI opens them: `-remote-allow-system-access`
 * lets the test evaluate `openTrustedLinkIn` in the browser window (a test-driver privilege, like
 * Chromium's DevTools protocol; the extension itself has no such path).
 */
export async function launchFirefox(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxWithExtension> {
  const extension = options.extension ?? FIREFOX_PACKAGE;
  if (!existsSync(extension)) {
    throw new Error(`No add-on at ${extension}: run \`npm run package\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: TEST_EXTENSION_UUID }),
      'remote.experimental.enabled': true,
      ...(options.backgroundIdleTimeoutMs === undefined
        ? {}
        : { 'extensions.background.idle.timeout': options.backgroundIdleTimeoutMs }),
      ...(options.locale === undefined ? {} : { 'intl.locale.requested': options.locale }),
      ...(options.defaultFontSize === undefined
        ? {}
        : {
            'font.size.variable.x-western': options.defaultFontSize,
            'font.size.variable.x-unicode': options.defaultFontSize,
          }),
      ...options.prefs,
    },
  });
  try {
    const id = await browser.installExtension(extension);
    if (id !== GECKO_ID) throw new Error(`Installed ${id}, expected ${GECKO_ID}.`);
    // runtime.onInstalled opens the welcome page in front (Firefox reports a temporary install
    // as an install): wait for it and close it, so it cannot take focus in the middle of a test.
    if (options.welcome !== 'keep') {
      const welcome = await findPage(browser, new URL(WELCOME_PATH, EXTENSION_ORIGIN).href);
      await welcome.close();
    }
  } catch (error) {
    await browser.close();
    throw error;
  }
  const userActive = async (): Promise<void> => {
    await evaluateInBrowserWindow(
      browser,
      `Cc['@mozilla.org/widget/useridleservice;1']
         .getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(0)`,
    );
  };
  return {
    browser,
    userActive,
    readFor: (page, seconds) => readFor(page, seconds, userActive),
    inBrowserWindow: (expression) => evaluateInBrowserWindow(browser, expression),
    openExtensionPage: async (path) => {
      const url = new URL(path, EXTENSION_ORIGIN).href;
      const before = new Set(await browser.pages());
      await evaluateInBrowserWindow(browser, `openTrustedLinkIn(${JSON.stringify(url)}, 'tab')`);
      const page = await findPage(browser, url, before);
      // In front, as a person would have it: a background tab gets no animation frames, which
      // puppeteer's locators wait for.
      await page.bringToFront();
      return page;
    },
    backgroundState: () =>
      evaluateInBrowserWindow(
        browser,
        `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
           .ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)}).backgroundState`,
      ),
    close: () => browser.close(),
  };
}

interface BidiSend {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Evaluates an expression in the browser's own window (chrome scope); returns its result (awaited
 * if a promise) as a string.
 */
async function evaluateInBrowserWindow(browser: Browser, expression: string): Promise<string> {
  // puppeteer's Browser for BiDi exposes its connection; its types do not (internal API).
  const connection = (browser as unknown as { connection: BidiSend }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No browser window to open the page from.');
  const { result } = (await connection.send('script.evaluate', {
    // Awaited first: an expression may give a promise (script.evaluate's awaitPromise waits for it).
    expression: `(async () => String(await (${expression})))()`,
    target: { context: window.context },
    awaitPromise: true,
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: unknown } };
  if (result.type !== 'success') {
    throw new Error(`Browser-window script failed: ${JSON.stringify(result.exceptionDetails)}`);
  }
  return result.result?.value ?? '';
}

/**
 * The tab showing `url`. puppeteer may report an extension page's url() as about:blank, so each
 * new page is asked for its location.
 */
export async function findPage(
  browser: Browser,
  url: string,
  exclude: Set<Page> = new Set(),
  timeoutMs = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (exclude.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url && (await page.evaluate(() => document.readyState)) === 'complete') {
        return page;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No page showed ${url} within ${String(timeoutMs)} ms.`);
}

/**
 * Reads a page the way a person does: brings its tab to the front and moves the mouse now and
 * then (each move also reported to the idle service through `userActive`). Returns the seconds
 * actually spent, measured here.
 */
async function readFor(
  page: Page,
  seconds: number,
  userActive: () => Promise<void>,
): Promise<number> {
  const started = Date.now();
  await page.bringToFront();
  let step = 0;
  while (Date.now() - started < seconds * 1000) {
    await userActive();
    await page.mouse.move(100 + (step % 40) * 5, 200 + (step % 7) * 10);
    step++;
    const left = seconds * 1000 - (Date.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(500, left)));
  }
  return (Date.now() - started) / 1000;
}

/** Sends one request of the message contract from an extension page, as the popup does. */
export async function callWorker<K extends MessageType>(
  extensionPage: Page,
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = await extensionPage.evaluate(
    async (t, p) => {
      // Firefox's own promise-based `browser` global, present in every extension page.
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return api.runtime.sendMessage<
        unknown,
        { ok: boolean; value?: unknown; error?: { message: string } }
      >({ channel: 'reading-timeline/v1', type: t, payload: p });
    },
    type,
    payload,
  );
  if (!reply.ok) throw new Error(reply.error?.message ?? `${type} failed`);
  return reply.value as ResponseOf<K>;
}
