// The sync line as a page draws it: describeSync's words (./sync-line.ts) and the button beside
// them, Sync now or Sign in, with what a press does. The popup's footer and the history page share
// it; the options page shows the words alone, under the account (options/account-sync.ts).
import { t } from '../i18n/i18n';
import type { SyncOverview } from '../messaging/contract';
import { errorText } from './dom';
import { describeSync, type SyncLine, type SyncLineOptions } from './sync-line';

/** The sync line's elements in a page's markup. */
export interface SyncLineElements {
  /**
   * What holds the words and the button: `aria-busy` until the first status is drawn, so its style
   * can keep the button invisible (never "Sync now" that turns into "Sign in" a moment later).
   */
  container: HTMLElement;
  /** The line's words. */
  text: HTMLElement;
  /** Sync now or Sign in, as the line says. */
  button: HTMLButtonElement;
}

/** What the button does, given by the page (the worker's messages, the browser's options page). */
export interface SyncButtonActions {
  /** Asks the worker for a pass now (`sync-now`) and resolves with the overview after it. */
  syncNow: () => Promise<SyncOverview>;
  /** Opens where sign-in runs: the options page. */
  signIn: () => void;
  /** The pass "Sync now" asked for ended and its answer is drawn (the pulled pages may be new). */
  synced?: (sync: SyncOverview) => void;
}

/**
 * Draws sync overviews into a page's sync line and runs its button. Keeps the one fact a redraw
 * needs beyond the overview: the budget slot a "Sync now" was answered for, so the redraws after
 * it keep saying why nothing goes sooner.
 */
export class SyncLineView {
  /** The budget slot a "Sync now" was answered for (ms since the epoch). */
  private answeredSlot: number | undefined;
  /** A "Sync now" press waits for its pass: the line says "Syncing…" until its answer. */
  private pressed = false;

  /** `locale`: the catalog's language tag (messageLocale), for the relative times. */
  constructor(
    readonly elements: SyncLineElements,
    private readonly locale: string,
  ) {}

  /**
   * Draws `sync` (`afterSyncNow`: the answer to a press) and returns the line drawn. While a press
   * waits for its pass, other overviews (a pass that ended meanwhile: the one the press joined)
   * leave "Syncing…" on screen; the press's answer is the newer one and is drawn when it comes.
   */
  show(sync: SyncOverview, options: SyncLineOptions = {}): SyncLine {
    if (options.afterSyncNow) this.answeredSlot = sync.nextSlotAt;
    const afterSyncNow = sync.nextSlotAt !== undefined && sync.nextSlotAt === this.answeredSlot;
    const line = describeSync(sync, Date.now(), this.locale, { afterSyncNow });
    if (this.pressed && !options.afterSyncNow) return line;
    const { container, text, button } = this.elements;
    text.textContent = line.text;
    // The line warns, in theme.css's warning colour; the button beside it keeps its own.
    text.classList.toggle('warn', line.warn);
    button.textContent = line.action === 'sign-in' ? t('sync_sign_in') : t('sync_now');
    button.dataset.action = line.action;
    container.removeAttribute('aria-busy');
    return line;
  }

  /**
   * Wires the button. Sign in calls `actions.signIn` (sign-in runs in the options page: the popup
   * closes as soon as it loses focus). Sync now asks for a pass, says "Syncing…" until it ends,
   * then draws its answer (`actions.synced` after), or says why it failed.
   */
  wireButton(actions: SyncButtonActions): void {
    const { text, button } = this.elements;
    button.addEventListener('click', () => {
      if (button.dataset.action === 'sign-in') {
        actions.signIn();
        return;
      }
      button.disabled = true;
      this.pressed = true;
      text.textContent = t('sync_in_progress');
      void actions
        .syncNow()
        .then((sync) => {
          this.pressed = false;
          // Worded as the answer to the press: during a budget wait, why nothing goes sooner.
          this.show(sync, { afterSyncNow: true });
          actions.synced?.(sync);
        })
        .catch((error: unknown) => {
          this.pressed = false;
          text.textContent = t('sync_failed', errorText(error));
        })
        .finally(() => {
          button.disabled = false;
        });
    });
  }
}
