// The Firefox add-on's own pages driven as a user would (puppeteer over WebDriver BiDi): the
// popup's rows, and the sandbox's settings entered on the options page (extension.firefox.ts).
import type { Page } from 'puppeteer-core';
import type { Sandbox } from '../../sandbox';

/** The popup's rows as shown: each page's title and its meta line (time, site). */
export async function popupRows(popup: Page): Promise<{ title: string; meta: string }[]> {
  await popup.waitForSelector('#activities li');
  return popup.$$eval('#activities li', (rows) =>
    rows.map((row) => ({
      title: row.querySelector('.title')?.textContent ?? '',
      meta: row.querySelector('.meta')?.textContent ?? '',
    })),
  );
}

/** Enters the sandbox's settings on the options page as a user would, and waits until saved. */
export async function configureSandbox(options: Page, sandbox: Sandbox): Promise<void> {
  const fields: [string, string][] = [
    ['#client-id', sandbox.clientId],
    ['#tenant', sandbox.authority],
    ['#graph-base-url', sandbox.graphBaseUrl],
  ];
  await options.waitForSelector('#client-id:not([disabled])');
  for (const [selector, value] of fields) {
    await options.locator(selector).fill(value);
  }
  await options.$eval('#graph-base-url', (input) => {
    (input as HTMLInputElement).blur();
  });
  const submit = await options.$('#auth-form button[type=submit]');
  if (submit) await submit.click();
  await options.waitForFunction(
    async (wanted: string[]) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const all = await api.storage.local.get(['auth-config', 'settings']);
      const auth = all['auth-config'] as { clientId?: string; tenant?: string } | undefined;
      const settings = all['settings'] as { graphBaseUrl?: string } | undefined;
      return [auth?.clientId, auth?.tenant, settings?.graphBaseUrl].every(
        (v, i) => v === wanted[i],
      );
    },
    { timeout: 15_000, polling: 200 },
    fields.map(([, value]) => value),
  );
}
