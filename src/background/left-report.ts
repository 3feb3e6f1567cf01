// What the worker records from a page's report, and how a report sent as the page was left (its
// address and title only, `partial`) is completed by the worker's read of that page's snapshot
// (snapshot/left-reads.ts matches the two). Called by content-handlers.ts.
import { canonicalizeUrl } from '../activity/canonical-url';
import type { PageCapture, PageMetadata } from '../activity/page-metadata';
import { isExcludedUrl } from '../settings/excluded-sites';
import { recordPage } from '../store/activities-store';
import type { PageContext } from './context';
import { completedRecord } from './snapshot/left-reads';
import { storing } from './storage-guard';

/**
 * Records what the page reported. One `partial` (left while the worker read it: address and title
 * only) is completed by that read: at once if it has ended, else when it does.
 */
export async function recordReport(
  context: PageContext,
  reported: PageMetadata,
  partial: boolean,
): Promise<void> {
  const { leftReads, page, db, settings } = context;
  const address = canonicalizeUrl(page.url);
  if (!partial || address === null) {
    leftReads.reported(page.tabId);
    await storing(context, () => recordPage(db, reported, Date.now()));
    return;
  }
  let written = (): void => undefined;
  const recorded = new Promise<void>((resolve) => (written = resolve));
  const read = leftReads.left(page.tabId, address, { identity: reported, recorded });
  const completed = read && completedRecord(reported, read);
  const allowed = completed && !isExcludedUrl(read.url, settings().excludedSites);
  try {
    await storing(context, () => recordPage(db, allowed ? completed : reported, Date.now()));
  } finally {
    written();
  }
}

/**
 * The worker's read of a page that reported as it was left, with its address and title only
 * (recordReport): what the read found now completes that record, after it.
 */
export async function completeLeftReport(
  context: PageContext,
  capture: PageCapture,
): Promise<void> {
  const address = canonicalizeUrl(context.page.url);
  const left =
    address === null ? null : context.leftReads.read(context.page.tabId, address, capture);
  if (!left) return;
  await left.recorded;
  const completed = completedRecord(left.identity, capture);
  if (!completed || isExcludedUrl(capture.url, context.settings().excludedSites)) return;
  await storing(context, () => recordPage(context.db, completed, Date.now()));
}
