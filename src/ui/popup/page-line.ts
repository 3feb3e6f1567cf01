// The popup's line about the page in front: whether it is recorded, and a way to stop (or start
// again) recording its site from where the reader is, not only in the options page's list.
import { t, type MessageKey } from '../../i18n/i18n';
import { ownTabId, sendToWorker } from '../../messaging/client';
import type { NotWebPage, PageRecording } from '../../messaging/contract';
import { errorText } from '../dom';

/** What the line does to the excluded sites (the options page's own `update-settings` path). */
export interface PageLineActions {
  /** The worker's answer for the page in front (`page-recording`). */
  ask: () => Promise<PageRecording>;
  /** The stored excluded sites, as the options page lists them. */
  excludedSites: () => Promise<string[]>;
  /** Stores a new list of excluded sites. */
  saveExcludedSites: (sites: string[]) => Promise<void>;
}

/**
 * Asks the worker about the page the line talks about (`page-recording`), with the popup's own
 * tab when it is open as a tab (a bookmark, the welcome page's link): it is then the page in
 * front, and the worker answers for the tab the reader was on before it.
 */
export async function askPageRecording(): Promise<PageRecording> {
  const ownTab = await ownTabId();
  return sendToWorker('page-recording', ownTab === undefined ? {} : { ownTab });
}

/** The worker's messages behind the line. */
export const workerPageLineActions: PageLineActions = {
  ask: askPageRecording,
  excludedSites: async () => (await sendToWorker('get-settings', {})).excludedSites,
  saveExcludedSites: async (sites) => {
    await sendToWorker('update-settings', { patch: { excludedSites: sites } });
  },
};

/**
 * The excluded sites after "Don't record" (`site` added: the page's registrable domain, as the
 * options page keeps an entry) or "Record" (every entry covering the page removed). Pure.
 */
export function excludedSitesAfter(current: readonly string[], answer: PageRecording): string[] {
  if (answer.kind === 'excluded') return current.filter((entry) => !answer.entries.includes(entry));
  if (answer.kind === 'not-web' || current.includes(answer.site)) return [...current];
  return [...current, answer.site];
}

/** Why a page that is no web page is not recorded, by what it is (none: nothing in front). */
const NOT_WEB_WHY = {
  browser: 'popup_page_browser',
  extension: 'popup_page_extension',
  file: 'popup_page_file',
  private: 'popup_page_private',
  other: 'popup_page_other',
} as const satisfies Record<NotWebPage, MessageKey>;

/**
 * The line's sentence for `answer`: recorded, or why not; '' with no page in front. For the tab
 * before the popup's own (`lastTab`) "This page" would be the popup: that tab is named by its
 * site, and a sign-in page there gets no line (no button either: nothing to say of a page out of
 * sight).
 */
export function pageLineText(answer: PageRecording): string {
  switch (answer.kind) {
    case 'recorded':
      return answer.lastTab
        ? t('popup_page_recorded_last_tab', answer.site)
        : t('popup_page_recorded');
    case 'paused':
      return t('popup_page_paused');
    case 'excluded':
      return t('popup_page_excluded', answer.site);
    case 'never-recorded':
      return answer.lastTab ? '' : t('popup_page_sign_in');
    case 'not-web':
      return answer.page ? t(NOT_WEB_WHY[answer.page]) : '';
  }
}

/**
 * Draws the line for `answer` in `box` (its text and its one button, both in the markup): whether
 * the page is recorded, or why not (pageLineText), with "Don't record <site>" on a recorded (or,
 * while paused, a recordable) page and "Record <site>" on an excluded one; nothing with no page in
 * front. Text only (the site name comes from the page): never markup. `listDrawn`: the rows are on
 * screen, so an empty line keeps its height rather than pull them up under the pointer.
 */
export function drawPageLine(box: HTMLElement, answer: PageRecording, listDrawn: boolean): void {
  const text = box.querySelector<HTMLElement>('.page-why');
  const button = box.querySelector<HTMLButtonElement>('button');
  if (!text || !button) return;
  box.dataset.kind = answer.kind;
  text.textContent = pageLineText(answer);
  const label =
    answer.kind === 'recorded' || answer.kind === 'paused'
      ? t('popup_page_dont_record', answer.site)
      : answer.kind === 'excluded'
        ? t('popup_page_record', answer.site)
        : '';
  button.textContent = label;
  button.hidden = label === '';
  const empty = label === '' && text.textContent === '';
  // Before the rows are drawn, nothing moves: an empty line may go. After, it keeps its place.
  if (empty && !listDrawn) box.hidden = true;
  else box.hidden = false;
  box.classList.toggle('empty', empty);
}

/**
 * Wires the line's button and draws each answer: after a press the line is asked again (the
 * worker reads the stored settings, so it answers with the change) and the button keeps focus,
 * now offering the way back ("Record <site>" undoes "Don't record <site>"). Returns `refresh`,
 * which asks and draws again (after a pause or a resume). `listDrawn` says whether the rows are on
 * screen (see drawPageLine). `allowed` may keep an answer off screen (the line is hidden): the
 * popup's site-access notice says more than a line the worker answered without the page's address.
 */
export function mountPageLine(
  box: HTMLElement,
  first: Promise<PageRecording>,
  listDrawn: () => boolean,
  announce: (message: string) => void,
  actions: PageLineActions = workerPageLineActions,
  allowed: (answer: PageRecording) => boolean = () => true,
): () => Promise<void> {
  let shown: PageRecording | null = null;
  let seq = 0;
  const draw = async (reply: Promise<PageRecording>): Promise<void> => {
    const mine = ++seq;
    try {
      const answer = await reply;
      if (mine !== seq) return;
      shown = answer;
      drawPageLine(box, answer, listDrawn());
      if (!allowed(answer)) box.hidden = true;
    } catch {
      // The line is a convenience: the status line reports a worker that does not answer.
      if (mine === seq) drawPageLine(box, { kind: 'not-web' }, listDrawn());
    }
  };
  const button = box.querySelector<HTMLButtonElement>('button');
  // Not `disabled` while it works: a disabled button loses keyboard focus, which must stay on it.
  let working = false;
  button?.addEventListener('click', () => {
    const answer = shown;
    if (!answer || answer.kind === 'not-web' || working) return;
    working = true;
    button.setAttribute('aria-disabled', 'true');
    void actions
      .excludedSites()
      .then((current) => actions.saveExcludedSites(excludedSitesAfter(current, answer)))
      .then(() => draw(actions.ask()))
      .catch((error: unknown) => {
        announce(t('popup_page_failed', errorText(error)));
      })
      .finally(() => {
        working = false;
        button.removeAttribute('aria-disabled');
      });
  });
  void draw(first);
  return () => draw(actions.ask());
}
