/** The first-run page (src/ui/welcome/), as a path inside the extension. */
export const WELCOME_PAGE = 'src/ui/welcome/index.html';

/** What the first-run step needs from the browser (browser.tabs and browser.runtime satisfy it). */
export interface FirstRunBrowser {
  tabs: { create(options: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

/**
 * `runtime.onInstalled`: opens the welcome page when the extension is installed, never on an
 * update, a browser update or a shared-module change (reasons `update`, `chrome_update`,
 * `shared_module_update`), so it appears exactly once per profile.
 */
export async function openWelcomeOnInstall(
  details: { reason: string },
  browser: FirstRunBrowser,
): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
