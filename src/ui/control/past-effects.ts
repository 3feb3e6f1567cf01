// Settings that reach the past: a shorter retention, a newly excluded site, fewer published
// fields. Each asks first, with the count, and acts on the pages already recorded or published.
import { t, tCount } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { Settings } from '../../settings/settings';
import { confirmDialog } from './confirm-dialog';
import { deletingText } from './deletion-summary';
import { el } from './el';
import { showUndo } from './undo-bar';

/**
 * Before saving a retention of `next` days: when it is shorter than `current` and would delete
 * pages, asks with the count. Resolves true when the save may go ahead (the worker then applies it
 * at once).
 */
export async function confirmRetention(
  doc: Document,
  current: number,
  next: number,
): Promise<boolean> {
  const shorter = next !== 0 && (current === 0 || next < current);
  if (!shorter) return true;
  const { pages } = await sendToWorker('count-retention', { retentionDays: next });
  if (pages === 0) return true;
  return confirmDialog(doc, {
    heading: t('control_retention_heading'),
    body: [t('control_retention_body', [tCount('control_pages', pages), String(next)])],
    confirmLabel: t('control_retention_confirm'),
    danger: true,
  });
}

/**
 * After sites were added to "Never record": offers, per site with pages already recorded, to delete
 * them here and (when signed in) in the Microsoft Timeline, with the count and an undo window.
 */
export async function offerSitePurge(
  doc: Document,
  added: readonly string[],
  undoRegion: HTMLElement,
): Promise<void> {
  const account = await sendToWorker('get-account', {}).catch(() => ({ state: 'signed-out' }));
  const alsoTimeline = account.state !== 'signed-out';
  for (const site of added) {
    const scope = { from: 0, to: Date.now(), site };
    const count = await sendToWorker('count-deletion', { scope });
    if (count.pages === 0 && count.engagements === 0) continue;
    const pages = tCount('control_pages', count.pages);
    const yes = await confirmDialog(doc, {
      heading: t('control_purge_heading', site),
      body: [
        alsoTimeline && count.published > 0
          ? t('control_purge_body_timeline', [
              pages,
              site,
              tCount('control_pages', count.published),
            ])
          : t('control_purge_body', [pages, site]),
      ],
      confirmLabel: t('control_delete'),
      danger: true,
    });
    if (!yes) continue;
    const scheduled = await sendToWorker('schedule-deletion', { scope, alsoTimeline });
    showUndo(undoRegion, deletingText(scheduled), scheduled);
  }
}

const PUBLISHED_FIELDS = ['sendDescription', 'sendImage', 'sendAuthors', 'resumePosition'] as const;

/**
 * After a change to what is published: when a field was turned off (or on) and pages are already
 * in the Timeline, offers to republish them as the settings now say, and shows the progress (the
 * writes share the sync budget, so a large history takes a while).
 */
export function offerRepublish(region: HTMLElement, before: Settings, after: Settings): void {
  const changed = PUBLISHED_FIELDS.some((field) => before[field] !== after[field]);
  if (!changed) return;
  const doc = region.ownerDocument;
  const button = el(doc, 'button', { type: 'button' }, t('control_republish'));
  region.replaceChildren(el(doc, 'span', {}, t('control_republish_offer')), ' ', button);
  region.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    void sendToWorker('republish', {}).then(
      ({ queued }) => {
        region.replaceChildren(tCount('control_republish_queued', queued));
        if (queued > 0) void followProgress(region, queued);
      },
      (error: unknown) => {
        region.replaceChildren(
          t('control_failed', error instanceof Error ? error.message : String(error)),
        );
      },
    );
  });
}

/** Polls sync's backlog until the republished pages have gone out (or the page is closed). */
async function followProgress(region: HTMLElement, queued: number): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { sync } = await sendToWorker('get-status', {});
    const done = Math.max(0, queued - sync.pending);
    if (sync.pending === 0) {
      region.replaceChildren(tCount('control_republish_done', queued));
      return;
    }
    region.replaceChildren(
      t('control_republish_progress', [String(done), String(queued)]) +
        (sync.state === 'waiting' ? ` ${t('control_republish_waiting')}` : ''),
    );
  }
}
