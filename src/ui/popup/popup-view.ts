import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { Status, SyncOverview } from '../../messaging/contract';
import type { PageRow } from '../../store/page-rows';
import { errorText, requireElement } from '../dom';
import {
  appendActivityRows,
  focusRow,
  markTitles,
  prependActivityRows,
  renderActivityList,
  updateActivityMeta,
  type ActivityListHandlers,
} from './activity-list';
import { withFresherTimes } from '../fresher-times';
import { followedRows } from './followed-rows';
import { placeNewRows } from './more-rows';
import { FIRST_ROWS, POPUP_ROWS } from './row-counts';
import type { SyncLineOptions } from '../sync-line';
import { SyncLineView } from '../sync-line-view';
import { ContinueSection } from './continue-section';
import { aroundTheList, keepWholeRows } from './whole-rows';
import { mountPageLine } from './page-line';
import { askScreen, type ScreenRequests } from './screen-requests';
import { statusLineOf } from './status-line';
import { pageLineShownWith, type SiteAccess } from '../site-access';

/** What the controls of a row and of "Continue reading" do (./popup-controls.ts). */
export interface RowActions extends Required<ActivityListHandlers> {
  resume: (row: PageRow) => void;
}

/**
 * The popup's list, "Continue reading", status line and sync line: what it shows and the order in
 * which answers may replace each other (a reply older than the one shown is dropped). Holds no
 * control logic: the row controls call `actions`, which the popup loads after its first frame.
 */
export class PopupView {
  readonly list = requireElement('#activities', HTMLUListElement);
  readonly search = requireElement('#search', HTMLInputElement);
  readonly statusLine = requireElement('#status', HTMLElement);
  readonly announcer = requireElement('#announcer', HTMLElement);
  readonly pause = requireElement('#pause', HTMLButtonElement);
  readonly syncAction = requireElement('#sync-action', HTMLButtonElement);
  /** The footer's line about Microsoft Timeline and its button (shared with the history page). */
  readonly syncLine: SyncLineView;
  readonly parkedSection = requireElement('#parked-writes', HTMLElement);
  private readonly empty = requireElement('#empty', HTMLElement);
  private readonly continueReading: ContinueSection;
  private readonly pageLine = requireElement('#page-line', HTMLElement);
  /** Whether the browser lets the extension read websites (site-access-watch.ts). */
  private siteAccess: SiteAccess = 'all';
  /** Asks again whether the page in front is recorded and redraws its line (once mounted). */
  private refreshPageLine: (() => Promise<void>) | null = null;

  /** The rows on screen, in order. */
  shown: PageRow[] = [];
  /** The query the shown rows answer ('' for the recent pages). */
  private shownQuery = '';
  /** The last status the worker gave (pause, storage problem, sync), drawn on its own. */
  lastStatus: Status | null = null;
  /** Called with each status asked for and drawn (the controls then list refused writes). */
  onStatus: (status: Status) => void = () => undefined;
  private requestSeq = 0;
  private shownSeq = 0;
  private statusSeq = 0;
  private passSeq = 0;
  private readonly handlers: Required<ActivityListHandlers>;

  constructor(
    readonly locale: string,
    actions: RowActions,
  ) {
    this.handlers = { open: actions.open, remove: actions.remove, preview: actions.preview };
    this.syncLine = new SyncLineView(
      {
        container: requireElement('footer', HTMLElement),
        text: requireElement('#sync-status', HTMLElement),
        button: this.syncAction,
      },
      locale,
    );
    this.continueReading = new ContinueSection(locale, actions.resume);
    keepWholeRows(this.list, aroundTheList(document));
  }

  /**
   * Draws the list for the search box (or for `asked`, requests already in flight): its first
   * screen as soon as it arrives (the status is drawn on its own, never holding the rows up),
   * then, after that frame, the rest of the rows below it. Resolves true once this answer is
   * drawn, false when a newer one was drawn first or the worker failed (said on the status line).
   */
  async refresh(asked: ScreenRequests = askScreen(this.search.value)): Promise<boolean> {
    const seq = ++this.requestSeq;
    void this.drawStatus(asked.status);
    // Drawn when it comes, never holding the rows up (its line keeps its height: page-line.ts).
    if (asked.page && !this.refreshPageLine) {
      this.refreshPageLine = mountPageLine(
        this.pageLine,
        asked.page,
        () => !this.list.hasAttribute('aria-busy'),
        (message) => (this.announcer.textContent = message),
        undefined,
        (answer) => pageLineShownWith(this.siteAccess, answer.kind === 'not-web'),
      );
    }
    try {
      // Slim rows (list-pages): only what a row shows; the card's data is fetched when it opens.
      const [{ rows, pendingEvidence }, unfinished] = await Promise.all([
        asked.rows,
        asked.unfinished,
      ]);
      if (seq < this.shownSeq) return false;
      this.shownSeq = seq;
      this.continueReading.show(unfinished);
      this.show(rows, asked.query);
      if (rows.length === FIRST_ROWS || pendingEvidence) {
        requestAnimationFrame(() => setTimeout(() => void this.showRest(seq, asked.query)));
      }
      return true;
    } catch (error) {
      this.list.removeAttribute('aria-busy');
      this.statusLine.textContent = t('popup_load_failed', errorText(error));
      return false;
    }
  }

  /**
   * Follows the browser's site access: the line about the page in front is asked again (with
   * access the worker is told the page's address) and kept off screen where it would mislead.
   */
  setSiteAccess(access: SiteAccess): void {
    if (access === this.siteAccess) return;
    this.siteAccess = access;
    void this.refreshPageLine?.();
  }

  /** Takes a page out of "Continue reading" as soon as its deletion is scheduled. */
  dropUnfinished(appActivityId: string): void {
    this.continueReading.drop(appActivityId);
  }

  /** Asks for the status again and draws it (after a pause, a sync, an undo). */
  refreshStatus(): Promise<void> {
    return this.drawStatus(sendToWorker('get-status', {}));
  }

  /** Draws a status reply unless a later one was asked for meanwhile. */
  private async drawStatus(reply: Promise<Status>): Promise<void> {
    const seq = ++this.statusSeq;
    try {
      const status = await reply;
      if (seq !== this.statusSeq) return;
      this.showStatus(status);
      this.onStatus(status);
    } catch (error) {
      this.statusLine.textContent = t('popup_load_failed', errorText(error));
    }
  }

  /**
   * Appends rows beyond the first screen, puts the page being read above it when the first answer
   * lacked it (not yet stored), and brings the shown rows' times up to date, never down (this
   * answer waits for the page being read to say its pending input), unless a newer refresh has
   * drawn the list since.
   */
  private async showRest(seq: number, query: string): Promise<void> {
    const { rows } = await sendToWorker('list-pages', { query, limit: POPUP_ROWS });
    if (seq !== this.shownSeq || seq !== this.requestSeq) return;
    const fresher = withFresherTimes(this.shown, rows);
    if (fresher !== this.shown) {
      this.shown = fresher;
      updateActivityMeta(this.list, fresher, Date.now(), this.locale);
    }
    const { above, below } = placeNewRows(this.shown, rows, query);
    this.shown = [...above, ...this.shown, ...below];
    prependActivityRows(this.list, above, this.handlers, Date.now(), this.locale);
    appendActivityRows(this.list, below, this.handlers, Date.now(), this.locale);
    markTitles(this.list, query);
    this.empty.hidden = this.shown.length > 0 || query !== '';
    this.showStatusLine();
  }

  /**
   * Brings the list up to what a sync pass that just ended pulled (pages read or deleted on other
   * devices, where a page was read): its rows' lines in place when the same pages are listed,
   * else the list drawn anew, focus kept on the same page. Never while a row offers Undo or shows
   * its card (a redraw would take them away), and never a time lower than the one on screen.
   */
  async followPass(): Promise<void> {
    const seq = ++this.passSeq;
    const drawnSeq = this.requestSeq;
    const query = this.shownQuery;
    let fresh: PageRow[];
    try {
      ({ rows: fresh } = await sendToWorker('list-pages', { query, limit: POPUP_ROWS }));
    } catch {
      return; // The worker did not answer: the rows stay as they are, until the next pass.
    }
    // A search, a refresh or a later pass drew (or will draw) a newer list meanwhile; or the
    // first screen is not drawn yet (it is asked after the pass, or draws the pass's rows next).
    const stale = seq !== this.passSeq || drawnSeq !== this.requestSeq;
    if (stale || query !== this.search.value || this.list.hasAttribute('aria-busy')) return;
    const { rows, redraw } = followedRows(this.shown, fresh);
    if (!redraw) {
      this.shown = rows;
      updateActivityMeta(this.list, rows, Date.now(), this.locale);
      return;
    }
    if (this.list.querySelector('.deleted .undo, .card-preview')) return;
    const focused = this.list.contains(document.activeElement)
      ? document.activeElement?.closest<HTMLElement>('.activity')?.dataset.appActivityId
      : undefined;
    this.show(rows, query);
    const index = rows.findIndex((row) => row.appActivityId === focused);
    if (index !== -1) focusRow(this.list, index);
  }

  /** Pause button, sync line and status line from a status reply. */
  showStatus(status: Status): void {
    // Pausing or resuming changes what the line says of the page in front.
    if (this.lastStatus && this.lastStatus.paused !== status.paused) void this.refreshPageLine?.();
    this.lastStatus = status;
    this.pause.setAttribute('aria-pressed', String(status.paused));
    this.pause.textContent = status.paused ? t('popup_resume') : t('popup_pause');
    // Kept invisible until now (popup.css): never "Pause" that turns into "Resume".
    this.pause.parentElement?.removeAttribute('aria-busy');
    this.showSync(status.sync);
    this.showStatusLine();
  }

  /** The footer's line about Microsoft Timeline and what its button does. */
  showSync(sync: SyncOverview, options: SyncLineOptions = {}): void {
    this.syncLine.show(sync, options);
  }

  private show(items: PageRow[], query: string): void {
    this.shown = items;
    this.shownQuery = query;
    renderActivityList(this.list, items, this.handlers, Date.now(), this.locale);
    markTitles(this.list, query);
    this.list.removeAttribute('aria-busy');
    this.empty.hidden = items.length > 0 || query !== '';
    this.showStatusLine();
  }

  /** The line under the search box (status-line.ts): a refused write, a pause, no match. */
  private showStatusLine(): void {
    const noMatch = this.shownQuery !== '' && this.shown.length === 0;
    const line = statusLineOf(this.lastStatus, noMatch, this.locale);
    this.statusLine.textContent = line.text;
    this.statusLine.classList.toggle('warn', line.warn);
  }
}
