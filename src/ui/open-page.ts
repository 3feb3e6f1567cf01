import browser from 'webextension-polyfill';
import { sendToWorker } from '../messaging/client';

/**
 * Opens a recorded page the way a history should: the worker switches to the tab that already
 * shows it (it knows from tracking; see background/page-tab.ts) or opens a new one; with `resume`
 * (Continue reading) at the reading position too. Resolves once the browser has done either; a
 * worker that cannot answer, or no longer knows the page, still gets it opened here.
 */
export async function openPage(
  page: { appActivityId: string; url: string },
  resume = false,
): Promise<void> {
  const opened = await sendToWorker('open-page', { appActivityId: page.appActivityId, resume })
    .then(({ how }) => how !== 'missing')
    .catch(() => false);
  if (!opened) await browser.tabs.create({ url: page.url });
}
