// The extension's pages at 200 % and 400 % browser zoom (WCAG 2.2 SC 1.4.4 Resize text, 1.4.10
// Reflow), zoomed as Ctrl+plus zooms them (harness/zoom.ts): in a 1280 × 720 window that is
// 640 × 360 CSS px at 200 % and 320 × 180 at 400 %. The toolbar popup is opened for real, in a
// headed browser on a display of its own, at the browser's default zoom: only the real popup has
// the browser's cap of 800 × 600 px of the screen. The history page: e2e/zoom-history.spec.ts.
import { extensionWorker, launchWithExtension } from '../harness/browser';
import { seedPastReads } from '../harness/history-seed';
import { ensureDisplay } from '../harness/tracking/display';
import { DEVTOOLS_PORT_ARG, openToolbarPopup, setDefaultZoom } from '../harness/zoom';
import { expect, test } from './fixtures/extension';
import { CONTROLS, cutAtSides, week, zoomed } from './fixtures/layout';

test('options and welcome at 200 % and 400 %: no sideways scroll, no control cut, the dialog scrolls', async ({
  context,
  extensionId,
}) => {
  for (const factor of [2, 4]) {
    const options = await context.newPage();
    await zoomed(
      options,
      `chrome-extension://${extensionId}/src/ui/options/index.html`,
      factor,
      '#account-status[data-state]',
    );
    // The sign-in steps (with "UserActivity.ReadWrite.CreatedByApp", which ran off the side).
    await expect(options.locator('#setup-help ol')).toBeVisible();
    expect(await cutAtSides(options, CONTROLS), `options at ${String(factor * 100)} %`).toEqual([]);
    await options.locator('#clear-history').click();
    const dialog = options.locator('dialog[open]');
    await dialog.locator('.summary:not(:empty)').waitFor();
    expect(await cutAtSides(options, 'dialog[open] :is(button, select, input, label)')).toEqual([]);
    // Taller than the window at 400 %: it scrolls, and its buttons come into view.
    await dialog.evaluate((d) => {
      d.scrollTop = d.scrollHeight;
    });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
    await options.close();

    const welcome = await options.context().newPage();
    await zoomed(
      welcome,
      `chrome-extension://${extensionId}/src/ui/welcome/index.html`,
      factor,
      'details summary',
    );
    await welcome.locator('details summary').click();
    expect(await cutAtSides(welcome, CONTROLS), `welcome at ${String(factor * 100)} %`).toEqual([]);
    await welcome.close();
  }
});

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test('the toolbar popup at 200 % and 400 %: as wide as the browser lets it, nothing off its side; at 100 % it settles', async ({}, testInfo) => {
  const stopDisplay = await ensureDisplay({ mayShare: false });
  const profile = testInfo.outputPath('profile');
  try {
    const seeding = await launchWithExtension({ userDataDir: profile });
    const worker = await extensionWorker(seeding);
    const seeder = await seeding.newPage();
    await seeder.goto(new URL('/src/ui/options/index.html', worker.url()).href);
    await seedPastReads(seeder, week());
    await seeding.close();
    for (const factor of [2, 4, 1]) {
      setDefaultZoom(profile, factor);
      const context = await launchWithExtension({
        userDataDir: profile,
        headless: false,
        viewport: null,
        extraArgs: [DEVTOOLS_PORT_ARG],
      });
      try {
        await (context.pages()[0] ?? (await context.newPage())).bringToFront();
        const { popup, browser } = await openToolbarPopup(await extensionWorker(context), profile);
        try {
          const size = await popup.evaluate(() => ({
            zoom: devicePixelRatio,
            room: document.documentElement.clientWidth,
            body: document.body.getBoundingClientRect().width,
          }));
          expect(size.zoom).toBe(factor);
          // At 200 % it was 400 px of body in 392 px of popup (its scroll bar), 196 at 400 %.
          expect(size.body).toBeLessThanOrEqual(size.room);
          expect(await cutAtSides(popup, 'button, input, h1')).toEqual([]);
          await testInfo.attach(`popup at ${String(factor * 100)} %`, {
            body: await popup.screenshot(),
            contentType: 'image/png',
          });
          if (factor === 1) {
            // Its list ends on a whole row (whole-rows.ts) without resizing the popup again and
            // again: 145 resize events in 3 s before.
            const resizes = await popup.evaluate(
              () =>
                new Promise<number>((resolve) => {
                  let count = 0;
                  addEventListener('resize', () => count++);
                  setTimeout(() => {
                    resolve(count);
                  }, 2000);
                }),
            );
            expect(resizes).toBeLessThanOrEqual(1);
          }
        } finally {
          await browser.close();
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await stopDisplay();
  }
});
