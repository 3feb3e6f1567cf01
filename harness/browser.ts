import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setDefaultFontSize } from './font-size';

/** The repository's root directory (absolute). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The Chromium build of the extension (`npm run build`). */
export const DIST = join(REPO_ROOT, 'dist');
/** The harness's own test pages, served by page-server.ts. */
export const PAGES = join(REPO_ROOT, 'harness', 'pages');
/** The Chromium binary: CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No attempts to reach Google's services, no first-run UI. */
const QUIET_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chromium with the built extension, quiet on a machine with no network: no attempts to reach
 * Google's services, no first-run UI. Shared by every launcher (Playwright or a raw process).
 */
export const EXTENSION_ARGS: readonly string[] = extensionArgs(DIST);

/** EXTENSION_ARGS for the built extension in `dir` (e.g. another build, for an A/B benchmark). */
export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_ARGS];
}

/** How launchWithExtension starts Chromium: profile directory, headed or not, extra flags. */
export interface LaunchOptions {
  userDataDir: string;
  headless?: boolean;
  extraArgs?: string[];
  /** Page size Playwright emulates; null lets windows keep their real size (default 1200×800). */
  viewport?: { width: number; height: number } | null;
  /**
   * A fresh profile installs the extension, which opens its welcome page in front. Closed by
   * default so specs start from a plain browser; `keep` leaves it open.
   */
  welcome?: 'close' | 'keep';
  /** The built extension to load (default DIST). */
  extensionDir?: string;
  /**
   * Playwright's default switches to leave out, e.g. `--disable-back-forward-cache` (Playwright
   * turns the back/forward cache off; a person's browser has it on).
   */
  ignoreDefaultArgs?: string[];
  /**
   * The browser's default font size, CSS px (Settings → Appearance → Font size; font-size.ts),
   * written into the profile before launch. Unset: the profile keeps its own (16 px when new).
   */
  defaultFontSize?: number;
}

/** Where the extension's first-run page lives (opened by the worker on install). */
export const WELCOME_PATH = '/src/ui/welcome/index.html';

/**
 * The `__name` helper of esbuild's `keepNames`, for the pages of a harness context. `tsx` (which
 * runs the benches and scripts) compiles with `keepNames`, so a function handed to
 * `page.evaluate` or `addInitScript` that declares a named inner function reaches the page as
 * `__name(…)` calls, and the page throws `ReferenceError: __name is not defined`: inside an init
 * script, silently (the bench's attention log was empty, so bfcache-return never saw Alpha
 * restored). Playwright's test runner does not add it. Defined only where missing, returning the
 * function as it is (https://github.com/privatenumber/tsx/issues/113).
 */
export const ESBUILD_NAME_SHIM =
  "if (!('__name' in globalThis)) Object.defineProperty(globalThis, '__name', " +
  '{ value: (f) => f, configurable: true, writable: true });';

/** Debian's Chromium with the built extension loaded, on a persistent profile. */
export async function launchWithExtension({
  userDataDir,
  headless = true,
  extraArgs = [],
  viewport = { width: 1200, height: 800 },
  welcome = 'close',
  extensionDir = DIST,
  ignoreDefaultArgs = [],
  defaultFontSize,
}: LaunchOptions): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const fresh = !existsSync(join(userDataDir, 'Default'));
  if (defaultFontSize !== undefined) setDefaultFontSize(userDataDir, defaultFontSize);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    args: [...extensionArgs(extensionDir), ...extraArgs],
    ignoreDefaultArgs,
  });
  await context.addInitScript(ESBUILD_NAME_SHIM);
  if (fresh && welcome === 'close') {
    const isWelcome = (page: Page) => page.url().endsWith(WELCOME_PATH);
    const page =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    await page.close();
  }
  return context;
}

/** The extension's service worker in `context`: the one running, else the next one to start. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker'));
}

/** The extension's id, the host of its worker's `chrome-extension://<id>/` URL. */
export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}
