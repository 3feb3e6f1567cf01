/**
 * The welcome page's own parts besides the Publish card (connect-card.ts): the pin hint for the
 * browser in use, the main button that opens Reading Timeline, and the line saying it is
 * recording (or paused). The browser and the worker are injected, so each is unit-tested
 * (welcome-view.test.ts).
 */
import type { MessageKey } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import type { Status } from '../../messaging/contract';
import type { BrowserFamily } from '../browser-family';

/** Each browser's pin steps: where its Extensions menu is and what pins an extension there. */
export const PIN_HINTS: Readonly<Record<BrowserFamily, MessageKey>> = {
  chrome: 'welcome_pin_chrome',
  edge: 'welcome_pin_edge',
  firefox: 'welcome_pin_firefox',
};

/** Shows the pin steps of `family` only, in `hint`, and marks it with the family for styling. */
export function showPinHint(hint: HTMLElement, family: BrowserFamily): void {
  hint.textContent = t(PIN_HINTS[family]);
  hint.dataset.browser = family;
}

/** How the main button opens Reading Timeline. */
export interface OpenActionDeps {
  /**
   * `action.openPopup()`: the toolbar popup, anchored to the icon (or, unpinned, to the Extensions
   * menu), which shows where Reading Timeline lives. Rejects (or throws) where the browser does not
   * allow it: Chrome and Edge before 127, or Firefox outside a click.
   */
  openPopup(): Promise<void>;
  /** Opens the history page in a tab: the same list, where no popup can be opened. */
  openHistory(): Promise<void>;
}

/**
 * Opens the toolbar popup, else the history page; answers which. `openPopup` is called before
 * anything is awaited: Firefox opens a popup only while the page handles the user's click.
 */
export async function openReadingList(deps: OpenActionDeps): Promise<'popup' | 'history'> {
  try {
    await deps.openPopup();
    return 'popup';
  } catch {
    await deps.openHistory();
    return 'history';
  }
}

/** The recording line's elements: its card (`data-state`), heading and text. */
export interface RecordingParts {
  card: HTMLElement;
  heading: HTMLElement;
  text: HTMLElement;
}

/**
 * Says whether Reading Timeline is recording now. A fresh install always is, so the markup says so
 * before the worker answers; opened again later (the options page links here), a pause is said
 * instead, with how to resume.
 */
export function showRecording(parts: RecordingParts, status: Pick<Status, 'paused'>): void {
  const paused = status.paused;
  parts.card.dataset.state = paused ? 'paused' : 'recording';
  parts.heading.textContent = t(paused ? 'welcome_paused_heading' : 'welcome_recording_heading');
  parts.text.textContent = t(paused ? 'welcome_paused_text' : 'welcome_recording_text');
}
