import type { BrowserContext } from 'playwright-core';
import { extensionIdOf, extensionWorker, launchWithExtension } from './browser';
import { seedPastReads, type PastRead } from './history-seed';

/**
 * Chromium in German (`--lang=de`, or `lang`) with the extension, on a fresh profile in
 * `userDataDir`, and `reads` in its history: for checks of German's longer strings (and the same
 * check in English). The caller closes `context`.
 */
export async function launchGermanWith(
  userDataDir: string,
  reads: readonly PastRead[],
  lang = 'de',
): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await launchWithExtension({ userDataDir, extraArgs: [`--lang=${lang}`] });
  const extensionId = extensionIdOf(await extensionWorker(context));
  const seeder = await context.newPage();
  await seeder.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await seedPastReads(seeder, reads);
  await seeder.close();
  return { context, extensionId };
}
