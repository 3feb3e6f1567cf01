import browser from 'webextension-polyfill';
import { sendToWorker } from '../messaging/client';

/**
 * Opens a recorded page the way a history should: switches to the tab that already shows it (the
 * worker knows it from tracking; see background/page-tab.ts), else opens it in a new tab. Resolves
 * once the browser has done either; a worker that cannot answer still gets the page opened.
 */
export async function openPage(page: { appActivityId: string; url: string }): Promise<void> {
  const shown = await sendToWorker('show-page', { appActivityId: page.appActivityId }).catch(
    () => ({ shown: false }),
  );
  if (!shown.shown) await browser.tabs.create({ url: page.url });
}
