// `npm start`: serves the bundled sample pages, launches Chromium with the built extension and opens
// them. With a display, the browser stays open for you to read; without one (a server, CI), it
// reads each page for a few seconds itself, prints what was recorded and saves a popup screenshot.
import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  PAGES,
  REPO_ROOT,
} from '../e2e/support/browser';
import { startPageServer } from '../e2e/support/page-server';
import { listActivities, openPopup, readFor } from '../e2e/support/reading';
import { formatDuration } from '../src/ui/format';

const SAMPLES = ['/tides.html', '/sourdough.html', '/lighthouses.html', '/plain.html'];
const RESULTS = join(REPO_ROOT, 'bench', 'results');

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && process.env.HEADLESS !== '1';
  const pages = await startPageServer(PAGES);
  const profile = headed
    ? join(REPO_ROOT, '.sandbox', 'profile')
    : await mkdtemp(join(tmpdir(), 'reading-timeline-'));
  mkdirSync(profile, { recursive: true });
  const context = await launchWithExtension({ userDataDir: profile, headless: !headed });
  const extensionId = extensionIdOf(await extensionWorker(context));
  console.log(`Extension loaded: chrome-extension://${extensionId}/ (profile ${profile})`);
  console.log(`Sample pages:     ${pages.url('/')}`);

  if (headed) {
    for (const path of SAMPLES) await (await context.newPage()).goto(pages.url(path));
    console.log(
      'Read a page, then open the extension from the toolbar. Close the browser to stop.',
    );
    await new Promise<void>((resolve) => context.on('close', () => { resolve(); }));
    await pages.close();
    return;
  }

  for (const path of SAMPLES) {
    const page = await context.newPage();
    await page.goto(pages.url(path));
    const seconds = await readFor(page, 6);
    console.log(`Read ${path} for ${seconds.toFixed(1)} s`);
  }
  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.locator('#activities li').first().waitFor();
  mkdirSync(RESULTS, { recursive: true });
  const screenshot = join(RESULTS, 'start-popup.png');
  await popup.screenshot({ path: screenshot });

  console.log('\nRecorded:');
  for (const activity of await listActivities(popup)) {
    const { metadata } = activity;
    console.log(
      `  ${formatDuration(activity.activeMs).padStart(6)}  ${metadata.title}  (${metadata.siteName ?? new URL(metadata.url).host}, ${String(activity.historyItems.length)} engagement)`,
    );
  }
  console.log(`\nPopup screenshot: ${screenshot}`);
  await context.close();
  await pages.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
