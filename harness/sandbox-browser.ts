// The local sandbox (Graph + OpenID provider) and a Chromium with the extension that trusts its
// self-signed certificate: what `npm start` and the e2e sandbox fixture both run.
import type { BrowserContext } from 'playwright-core';
import { startSandbox, type Sandbox } from '../sandbox';
import { launchWithExtension } from './browser';

/**
 * Starts a quiet sandbox on free ports (certificate kept in <repo>/.sandbox), in the gateway mode
 * that decodes `%2F` before routing, so every e2e run proves ids never need it. `federated`: the
 * sign-in passes through the organisation's identity provider (sandbox/oidc/federation.ts).
 */
export function startTestSandbox(options: { federated?: boolean } = {}): Promise<Sandbox> {
  return startSandbox({ quiet: true, decodeEncodedSlashes: true, ...options });
}

/** Chromium flags a browser needs to talk to the sandbox's HTTPS provider. */
export function sandboxBrowserArgs(sandbox: Pick<Sandbox, 'certSpkiSha256'>): string[] {
  return [`--ignore-certificate-errors-spki-list=${sandbox.certSpkiSha256}`];
}

/**
 * The extension in Chromium on a given profile, trusting the sandbox. New headless mode runs
 * chrome.identity.launchWebAuthFlow (its window shows up as a page of the context); pass
 * headless: false to watch (the e2e command provides a display, scripts/with-display.sh), and
 * `lang` (e.g. "de") for the extension's UI language.
 */
export function launchForSandbox(
  sandbox: Pick<Sandbox, 'certSpkiSha256'>,
  userDataDir: string,
  { headless = true, lang }: { headless?: boolean; lang?: string } = {},
): Promise<BrowserContext> {
  return launchWithExtension({
    userDataDir,
    headless,
    // The UI language the extension's pages use (chrome.i18n follows --lang).
    extraArgs: [...sandboxBrowserArgs(sandbox), ...(lang ? [`--lang=${lang}`] : [])],
  });
}
