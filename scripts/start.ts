// `npm start`: the local sandbox (Graph + OpenID provider), the bundled sample pages, and Chromium
// with the built extension, configured through its options page as a user would.
// With a display the browser stays open: sign in as any sandbox user and read. Without one (a server,
// CI) it signs in as alice, reads each sample page for a few seconds, syncs, prints what was
// recorded and what Graph holds, and saves screenshots of every extension page (light and dark,
// English and German) under screenshots/.
import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sandbox } from '../sandbox';
import { extensionIdOf, extensionWorker, PAGES, REPO_ROOT } from '../harness/browser';
import { readBackActivities } from '../harness/graph-readback';
import { startPageServer } from '../harness/page-server';
import { callWorker, recordedPages, openPopup, readFor } from '../harness/reading';
import { launchForSandbox, startTestSandbox } from '../harness/sandbox-browser';
import { screenshotPages } from '../harness/screenshots';
import { configureAndSignIn, configureSandbox, openOptions } from '../harness/sign-in';
import { formatDuration } from '../src/ui/format';
import { optionsLabel, settingsLines, usersText } from '../sandbox/settings-lines';

const SAMPLES = ['/tides.html', '/sourdough.html', '/lighthouses.html', '/plain.html'];
/** Git-ignored: what `npm start` last saw, kept apart from benchmark results. */
const SCREENSHOTS = join(REPO_ROOT, 'screenshots');

function printSandbox(sandbox: Sandbox): void {
  for (const line of settingsLines(sandbox)) console.log(line);
  console.log(`Sandbox users: ${usersText()} (@sandbox.test, no password)`);
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && process.env.HEADLESS !== '1';
  const sandbox = await startTestSandbox();
  const pages = await startPageServer(PAGES);
  const stop = async () => {
    await pages.close();
    await sandbox.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

  printSandbox(sandbox);
  const profile = headed
    ? join(REPO_ROOT, '.sandbox', 'chromium-profile')
    : await mkdtemp(join(tmpdir(), 'reading-timeline-'));
  mkdirSync(profile, { recursive: true });
  const context = await launchForSandbox(sandbox, profile, { headless: !headed });
  const extensionId = extensionIdOf(await extensionWorker(context));
  console.log(`Extension: chrome-extension://${extensionId}/ (profile ${profile})`);
  console.log(`Samples:   ${pages.url('/')}`);

  if (headed) {
    // The sandbox's ports change on every start: enter them, as a user would paste them.
    const options = await openOptions(context, extensionId);
    await configureSandbox(options, sandbox);
    for (const path of SAMPLES) await (await context.newPage()).goto(pages.url(path));
    await options.bringToFront();
    const signIn = optionsLabel('options_sign_in');
    console.log(
      `\nPress "${signIn}" on the options page, pick a user (${usersText()}), then read.`,
    );
    console.log('Close the browser (or press Ctrl-C) to stop.');
    await new Promise<void>((resolve) =>
      context.on('close', () => {
        resolve();
      }),
    );
    await stop();
    return;
  }

  const control = await configureAndSignIn(context, extensionId, sandbox, 'alice');
  console.log('Signed in as alice@sandbox.test through the sandbox provider.');
  for (const path of SAMPLES) {
    const page = await context.newPage();
    await page.goto(pages.url(path));
    const seconds = await readFor(page, 6);
    console.log(`Read ${path} for ${seconds.toFixed(1)} s`);
  }
  await control.bringToFront();
  const sync = await callWorker(control, 'sync-now', {});
  const popup = await openPopup(context, extensionId);
  await popup.locator('#activities li').first().waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const shots = await screenshotPages(context, extensionId, SCREENSHOTS, 'en');

  console.log('\nRecorded in the browser:');
  for (const activity of await recordedPages(popup)) {
    const { metadata } = activity;
    const site = metadata.siteName ?? new URL(metadata.url).host;
    console.log(`  ${formatDuration(activity.activeMs).padStart(6)}  ${metadata.title}  (${site})`);
  }
  console.log(
    `\nSync: ${sync.state}, ${String(sync.pending)} waiting, ${String(sync.parked)} refused.`,
  );
  console.log('In the Graph sandbox (GET /me/activities?$expand=historyItems):');
  for (const activity of await readBackActivities(sandbox, 'alice')) {
    const seconds = activity.historyItems.map((item) => `${String(item.activeDurationSeconds)} s`);
    console.log(`  ${activity.visualElements.displayText}: ${seconds.join(', ')}`);
  }
  await context.close();
  // The same profile in German: every page again, as a German-speaking user sees it.
  const german = await launchForSandbox(sandbox, profile, { lang: 'de' });
  shots.push(...(await screenshotPages(german, extensionId, SCREENSHOTS, 'de')));
  await german.close();
  console.log(`\nScreenshots (light and dark, English and German):`);
  for (const file of shots) console.log(`  ${file}`);
  await stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
