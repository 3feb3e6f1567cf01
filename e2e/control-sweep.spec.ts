// Pages an older version recorded that today's never-record rules refuse (a token in the path) go
// after the update, here and from the Timeline (docs/your-data.md, Never recorded): the built
// extension in Chromium, signed in to the local Graph sandbox. The old history is seeded through
// the store, published, then the update is played: no sweep noted, the worker restarted.
import { seedPastReads } from '../harness/history-seed';
import { stopServiceWorker } from '../harness/tracking/session';
import { expect, syncUntilDrained, test } from './fixtures/signed-in';
import { graphUrls, localUrls } from './fixtures/your-data';

const RESET =
  'https://app.ledgerly.example/reset-password/9f2c4e1a7b3d8c6e0f5a2b9d4c7e1f3a8b6d0c2e5f9a1b4d7c3e6f0a2b5d8c1e';
const MAGIC = 'https://app.example.com/auth/magic-link/eW91ci1tYWdpYy1saW5rLXRva2VuLTQy';
const KEPT = [
  'https://docs.example.com/guides/authentication/reset-password',
  'https://news.example.com/tides',
];

test('pages recorded with a token in their path go after the update, here and in Graph', async ({
  control,
  context,
  extensionId,
  sandbox,
}) => {
  await seedPastReads(control, [
    { url: RESET, title: 'Choose a new password', hoursAgo: 30 },
    { url: MAGIC, title: 'Signing you in', hoursAgo: 20 },
    { url: KEPT[1] ?? '', title: 'How tides work', hoursAgo: 5 },
    { url: KEPT[0] ?? '', title: 'Resetting your password', hoursAgo: 3 },
  ]);
  await syncUntilDrained(control);
  expect(await graphUrls(sandbox)).toEqual([...KEPT, MAGIC, RESET].sort());

  // The update: storage.local as the older version left it (no sweep noted), a new worker.
  await control.evaluate(() => chrome.storage.local.remove('sweptRulesVersion'));
  const cdp = await context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  await stopServiceWorker(control, cdp);
  // The next message wakes it; its start sweeps, its pass sends the deletes.
  await syncUntilDrained(control);

  expect(await localUrls(control, sandbox)).toEqual(KEPT);
  expect(await graphUrls(sandbox)).toEqual(KEPT);
  expect(await control.evaluate(() => chrome.storage.local.get('sweptRulesVersion'))).toEqual({
    sweptRulesVersion: 1,
  });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await expect(popup.locator('#activities li .title')).toHaveText([
    'Resetting your password',
    'How tides work',
  ]);
});
