// The options page as a personal user sees it (review "newuser", session 26, items 2, 13, 14, 18,
// 19): no Organisation section naming an administrator who is not there, a signed-in account named
// once and its sign-in settings folded, settings shown as loading (never as "off") until they are
// in, a bare word refused as an excluded site, and Sign in not the main button before it can work.
import type { BrowserContext, Page } from '@playwright/test';
import { configureAndSignIn, configureSandbox, OPTIONS_PATH } from '../harness/sign-in';
import { expect, launchForSandbox, test } from './fixtures/sandbox';

/**
 * Opens the options page with the worker's replies to `held` (a message type: `get-settings`,
 * `organisation-overview`) held back until `window.releaseReplies()` is called: the page as it is
 * right after install on a busy machine.
 */
async function openWithRepliesHeld(
  context: BrowserContext,
  extensionId: string,
  held = 'get-settings',
): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((heldType: string) => {
    const held: (() => void)[] = [];
    let released = false;
    Object.assign(window, {
      releaseReplies: () => {
        released = true;
        for (const run of held.splice(0)) run();
      },
    });
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...a: unknown[]) => unknown;
    const later = (run: () => void): void => {
      if (released) run();
      else held.push(run);
    };
    // The polyfill passes a callback (or, without one, uses the promise): hold its answer.
    chrome.runtime.sendMessage = ((...args: unknown[]) => {
      const message = args[0] as { type?: string } | undefined;
      const callback = args.at(-1);
      if (message?.type !== heldType) return send(...args);
      if (typeof callback === 'function') {
        const answer = callback as (reply: unknown) => void;
        return send(...args.slice(0, -1), (reply: unknown) => {
          later(() => {
            answer(reply);
          });
        });
      }
      return (send(...args) as Promise<unknown>).then(
        (reply) =>
          new Promise<unknown>((resolve) => {
            later(() => {
              resolve(reply);
            });
          }),
      );
    }) as typeof chrome.runtime.sendMessage;
  }, held);
  await page.goto(`chrome-extension://${extensionId}${OPTIONS_PATH}`);
  return page;
}

test('options: settings show as loading until they are in, never as every box unchecked', async ({
  context,
  extensionId,
}, testInfo) => {
  const page = await openWithRepliesHeld(context, extensionId);
  const description = page.locator('#privacy-form input[name="sendDescription"]');
  await expect(page.locator('#privacy-form .loading')).toBeVisible();
  await expect(page.locator('#privacy-form .loading')).toHaveText('Loading your settings…');
  // The boxes keep their room but are not shown: on main they showed unchecked and greyed.
  await expect(description).toBeHidden();
  await expect(page.locator('#graph-base-url')).toBeHidden();
  await expect(page.locator('#tracking-form input[name="paused"]')).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('options-loading-light.png'), fullPage: true });
  await page.evaluate(() => {
    (window as unknown as { releaseReplies: () => void }).releaseReplies();
  });
  await expect(description).toBeVisible();
  await expect(description).toBeChecked();
  await expect(page.locator('#privacy-form .loading')).toBeHidden();
  await expect(page.locator('#graph-base-url')).not.toHaveValue('');
});

test('options: a personal user sees a quiet "Advanced: organisation relay", not an administrator', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}${OPTIONS_PATH}`);
  const heading = page.locator('#organisation-heading');
  // Drawn from the worker's overview (the HTML's own heading is the same text).
  await expect(page.locator('#organisation-card[data-state="none"]')).toBeAttached();
  await expect(heading).toHaveText('Advanced: organisation relay');
  await expect(page.getByText('administrator').filter({ visible: true })).toHaveCount(0);
  await expect(page.locator('#relay-url')).toBeHidden();
  // No card around it: a quiet line, not a section of its own.
  const border = await page
    .locator('#organisation-card')
    .evaluate((card) => getComputedStyle(card).borderTopColor);
  expect(border).toBe('rgba(0, 0, 0, 0)');
  // It opens on a click, for a user who runs a relay.
  await page.locator('#organisation-details summary').click();
  await expect(page.locator('#relay-url')).toBeVisible();
  // A relay set: named for what it is, still no administrator.
  await page.evaluate(() =>
    chrome.storage.local.set({
      organisation: {
        relayUrl: 'https://relay.example.com',
        relayScope: 'api://reading-timeline-relay/Activity.Report',
      },
    }),
  );
  await expect(heading).toHaveText('Organisation relay');
});

test('options: while the relay overview loads, the section is already the quiet line, not a card', async ({
  context,
  extensionId,
}) => {
  const page = await openWithRepliesHeld(context, extensionId, 'organisation-overview');
  const card = page.locator('#organisation-card');
  const heading = page.locator('#organisation-heading');
  await expect(page.locator('#privacy-form .loading')).toBeHidden();
  // On main it drew a bordered card with a bold 16 px heading until the overview came.
  const look = () =>
    card.evaluate((element) => {
      const h2 = element.querySelector('h2');
      return {
        border: getComputedStyle(element).borderTopColor,
        weight: h2 ? getComputedStyle(h2).fontWeight : '',
        size: h2 ? getComputedStyle(h2).fontSize : '',
      };
    });
  const quiet = { border: 'rgba(0, 0, 0, 0)', weight: '400', size: '14px' };
  expect(await look()).toEqual(quiet);
  await expect(card).toHaveAttribute('data-state', 'loading');
  await expect(heading).toHaveText('Advanced: organisation relay');
  await page.evaluate(() => {
    (window as unknown as { releaseReplies: () => void }).releaseReplies();
  });
  await expect(card).toHaveAttribute('data-state', 'none');
  expect(await look()).toEqual(quiet);
});

test('options: a line that is not a site is refused, saying what a site looks like; an intranet name is kept', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}${OPTIONS_PATH}`);
  const sites = page.locator('#excluded-sites');
  await sites.fill('not a site!\nexample.com\nintranet\nlocalhost');
  await sites.blur();
  await expect(page.locator('#excludedSites-error')).toHaveText(
    '1 line was not a site and was left out. A site looks like example.com or localhost.',
  );
  await expect(sites).toHaveValue('example.com\nintranet\nlocalhost');
});

test('options: Sign in is not the main button until the sign-in settings can sign in', async ({
  context,
  extensionId,
  sandbox,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}${OPTIONS_PATH}`);
  const button = page.locator('#sign-in');
  await expect(page.locator('#sign-in-not-ready')).toBeVisible();
  await expect(button).toBeVisible();
  await expect(button).not.toHaveClass(/primary/);
  await configureSandbox(page, sandbox);
  await expect(button).toHaveClass(/primary/);
  await expect(page.locator('#sign-in-not-ready')).toBeHidden();
});

/** Space under the Sign-in settings card's last visible line, and above its heading, in px. */
async function setupCardMargins(page: Page): Promise<{ top: number; bottom: number }> {
  return page.locator('section[aria-labelledby="setup-heading"]').evaluate((card) => {
    const box = card.getBoundingClientRect();
    const heading = card.querySelector('h2')?.getBoundingClientRect();
    const shown = [...card.querySelectorAll<HTMLElement>('*')].filter(
      (e) =>
        e.checkVisibility() &&
        e.getBoundingClientRect().height > 0 &&
        [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
    );
    const last = Math.max(...shown.map((e) => e.getBoundingClientRect().bottom));
    return {
      top: Math.round((heading?.top ?? box.top) - box.top),
      bottom: Math.round(box.bottom - last),
    };
  });
}

test('options signed in: the account is named once, the sign-in settings fold to lines of text', async ({
  context,
  extensionId,
  sandbox,
}, testInfo) => {
  const page = await configureAndSignIn(context, extensionId, sandbox, 'alice');
  await expect(page.locator('#account-status')).toHaveText('Signed in as alice@sandbox.test');
  await expect(page.locator('#account-details')).toBeVisible();
  await expect(page.locator('#account-name')).toHaveText('Alice Sandbox');
  // "Username alice@sandbox.test" repeated the line above.
  await expect(page.locator('#account-username')).toBeHidden();
  await expect(page.locator('#account-username-label')).toBeHidden();
  // Three greyed read-only fields (and their hint) became three lines of text.
  await expect(page.locator('#client-id')).toBeHidden();
  await expect(page.locator('#setup-summary-client')).toHaveText(sandbox.clientId);
  await expect(page.locator('#setup-summary-tenant')).toHaveText(sandbox.authority);
  await expect(page.locator('#setup-summary-graph')).toHaveText(sandbox.graphBaseUrl);
  // No blank line left where "Saved" faded (it kept its height: about 30 px).
  await expect
    .poll(async () => {
      const { top, bottom } = await setupCardMargins(page);
      return Math.abs(bottom - top);
    })
    .toBeLessThan(6);
  await page.screenshot({
    path: testInfo.outputPath('options-signed-in-light.png'),
    fullPage: true,
  });
  // "Change settings…" opens the form again.
  await page.locator('#change-settings').click();
  await expect(page.locator('#client-id')).toBeVisible();
  await expect(page.locator('#client-id')).toBeFocused();
  await expect(page.locator('#setup-summary')).toBeHidden();
});

test('options screenshots: signed out, loading, signed in; light and dark; en and de', async ({
  sandbox,
}, testInfo) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'de']) {
    const context = await launchForSandbox(sandbox, testInfo.outputPath(`profile-${lang}`), {
      lang,
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      const shoot = async (page: Page, name: string): Promise<void> => {
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({
            path: testInfo.outputPath(`options-${name}-${lang}-${scheme}.png`),
            fullPage: true,
          });
        }
      };
      const loading = await openWithRepliesHeld(context, extensionId);
      await expect(loading.locator('#privacy-form .loading')).toBeVisible();
      await shoot(loading, 'loading');
      await loading.close();
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}${OPTIONS_PATH}`);
      await expect(page.locator('#account-status[data-state]')).toBeAttached();
      await expect(page.locator('#sign-in')).toBeVisible();
      await shoot(page, 'signed-out');
      await page.close();
      const signedIn = await configureAndSignIn(context, extensionId, sandbox, 'alice');
      await expect(signedIn.locator('#setup-summary')).toBeVisible();
      await expect(signedIn.locator('#auth-saved')).toBeEmpty({ timeout: 6000 });
      await shoot(signedIn, 'signed-in');
    } finally {
      await context.close();
    }
  }
});
