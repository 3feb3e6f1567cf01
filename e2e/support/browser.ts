import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(REPO_ROOT, 'dist');
export const PAGES = join(REPO_ROOT, 'e2e', 'pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  userDataDir: string;
  headless?: boolean;
  extraArgs?: string[];
  /** Page size Playwright emulates; null lets windows keep their real size (default 1200×800). */
  viewport?: { width: number; height: number } | null;
}

/** Debian's Chromium with the built extension loaded, on a persistent profile. */
export async function launchWithExtension({
  userDataDir,
  headless = true,
  extraArgs = [],
  viewport = { width: 1200, height: 800 },
}: LaunchOptions): Promise<BrowserContext> {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error(`No built extension in ${DIST}: run \`npm run build\` first.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      // This machine has no network: stop Chromium from trying to reach Google's services.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker'));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}
