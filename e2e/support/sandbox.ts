// The local sandbox (Graph + OpenID provider) for e2e specs: a Playwright fixture that starts it
// once per test worker and a browser context that trusts its self-signed certificate.
import type { BrowserContext } from '@playwright/test';
import { sandboxAdmin, startSandbox, type Sandbox, type SandboxAdmin } from '../sandbox';
import { launchWithExtension } from './browser';
import { test as base } from './fixtures';

export type { Sandbox, SandboxAdmin };

/** Starts a quiet sandbox on free ports (certificate kept in <repo>/.sandbox). */
export function startTestSandbox(): Promise<Sandbox> {
  return startSandbox({ quiet: true });
}

/** Chromium flags a browser needs to talk to the sandbox's HTTPS provider. */
export function sandboxBrowserArgs(sandbox: Pick<Sandbox, 'certSpkiSha256'>): string[] {
  return [`--ignore-certificate-errors-spki-list=${sandbox.certSpkiSha256}`];
}

/**
 * The extension in Chromium on a given profile, trusting the sandbox. New headless mode runs
 * chrome.identity.launchWebAuthFlow (its window shows up as a page of the context); pass
 * headless: false to watch (the e2e command provides a display, scripts/with-display.sh).
 */
export function launchForSandbox(
  sandbox: Pick<Sandbox, 'certSpkiSha256'>,
  userDataDir: string,
  { headless = true }: { headless?: boolean } = {},
): Promise<BrowserContext> {
  return launchWithExtension({ userDataDir, headless, extraArgs: sandboxBrowserArgs(sandbox) });
}

export interface SandboxFixtures {
  /** Admin API of the sandbox, reset before each test (data, faults, auto-login). */
  admin: SandboxAdmin;
}

/**
 * `test` with a `sandbox` (one per Playwright worker) and a `context` that trusts it; every other
 * fixture of e2e/support/fixtures.ts (worker, extensionId, extensionPage, pages) works as usual.
 */
export const test = base.extend<SandboxFixtures, { sandbox: Sandbox }>({
  sandbox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const sandbox = await startTestSandbox();
      await use(sandbox);
      await sandbox.stop();
    },
    { scope: 'worker' },
  ],
  admin: async ({ sandbox }, use) => {
    const admin = sandboxAdmin(sandbox.adminUrl);
    await admin.reset();
    await use(admin);
  },
  context: async ({ sandbox }, use, testInfo) => {
    const context = await launchForSandbox(sandbox, testInfo.outputPath('profile'));
    await use(context);
    await context.close();
  },
});

export const expect = test.expect;
