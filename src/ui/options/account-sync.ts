// The account card's sync line: the popup's line (describeSync) under "Signed in as …", so the page
// a user opens when their Timeline looks stale says whether anything is being published, what
// waits and when it goes. Redrawn when the worker notes a pass ended (../sync-status-feed.ts).
import { messageLocale } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { SyncOverview } from '../../messaging/contract';
import { requireElement } from '../dom';
import { describeSync } from '../sync-line';
import { followSyncStatus } from '../sync-status-feed';

const line = requireElement('#account-sync', HTMLElement);

/** Whether the account is signed in and served: only then does the line say anything new. */
let shown = false;
/** Asks for the status and draws it (set by initAccountSync). */
let refresh: (() => Promise<void>) | null = null;

function draw(sync: SyncOverview): void {
  // Before the first pass after signing in the status still says signed out; "sign in again" is
  // the account line's own words already.
  if (!shown || sync.state === 'signed-out' || sync.state === 'sign-in-required') {
    line.hidden = true;
    return;
  }
  const view = describeSync(sync, Date.now(), messageLocale());
  line.textContent = view.text;
  line.classList.toggle('warn', view.warn);
  line.hidden = false;
}

/** Shows the line for a signed-in account (`true`) or hides it, and draws it now. */
export function showAccountSync(signedIn: boolean): void {
  shown = signedIn;
  if (!signedIn) line.hidden = true;
  else void refresh?.();
}

/** Follows every sync pass the worker ends while the page is open. */
export function initAccountSync(): void {
  refresh = followSyncStatus({
    ask: async () => (await sendToWorker('get-status', {})).sync,
    draw,
    failed: () => {
      line.hidden = true;
    },
  });
}
