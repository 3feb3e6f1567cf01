// The account card's sync line: the popup's line (describeSync) under "Signed in as …", so the page
// a user opens when their Timeline looks stale says whether anything is being published, what
// waits and when it goes. Redrawn when the worker notes a pass ended (messaging/sync-pass-note.ts).
import browser from 'webextension-polyfill';
import { messageLocale } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { isSyncPassNote } from '../../messaging/sync-pass-note';
import { requireElement } from '../dom';
import { describeSync } from '../sync-line';

const line = requireElement('#account-sync', HTMLElement);

/** Whether the account is signed in and served: only then does the line say anything new. */
let shown = false;
/** The latest redraw asked for: an older answer arriving late is dropped. */
let seq = 0;

async function redraw(): Promise<void> {
  const mine = ++seq;
  if (!shown) {
    line.hidden = true;
    return;
  }
  const { sync } = await sendToWorker('get-status', {});
  if (mine !== seq) return;
  // Before the first pass after signing in the status still says signed out; "sign in again" is
  // the account line's own words already.
  if (sync.state === 'signed-out' || sync.state === 'sign-in-required') {
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
  void redraw().catch(() => {
    line.hidden = true;
  });
}

/** Follows every sync pass the worker ends while the page is open. */
export function initAccountSync(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (isSyncPassNote(changes, area)) showAccountSync(shown);
  });
}
