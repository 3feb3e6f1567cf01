/**
 * The welcome page's own parts besides the Publish card (connect-card.ts): the pin hint for the
 * browser in use, the main button that opens Reading Timeline, and the line saying it is
 * recording (or paused). The browser and the worker are injected, so each is unit-tested
 * (welcome-view.test.ts).
 */
import type { MessageKey } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import type { BrowserFamily } from '../browser-family';
import type { SiteAccess } from '../site-access';

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
  /** The "Allow access to websites" button's line, shown while access is missing. */
  allow: HTMLElement;
}

/** The card's state: recording, paused, or held back by missing site access (site-access.ts). */
export type RecordingState = 'recording' | 'paused' | 'no-access' | 'some-access';

/**
 * The card's state from the worker's status and the browser's site access: missing access first,
 * since a pause ends by itself (or with one press) but nothing is recorded without access. Pure.
 */
export function recordingStateOf(paused: boolean, access: SiteAccess): RecordingState {
  if (access === 'none') return 'no-access';
  if (access === 'some') return 'some-access';
  return paused ? 'paused' : 'recording';
}

const HEADINGS: Readonly<Record<RecordingState, MessageKey>> = {
  recording: 'welcome_recording_heading',
  paused: 'welcome_paused_heading',
  'no-access': 'welcome_access_none_heading',
  'some-access': 'welcome_access_some_heading',
};

const TEXTS: Readonly<Record<RecordingState, MessageKey>> = {
  recording: 'welcome_recording_text',
  paused: 'welcome_paused_text',
  'no-access': 'welcome_access_text',
  'some-access': 'welcome_access_text',
};

/**
 * Says whether Reading Timeline is recording now. A fresh install usually is, so the markup says
 * so before the worker answers; opened again later (the options page links here), a pause is said
 * instead, with how to resume. Where the browser withholds access to websites (Firefox's optional
 * host permissions, Chrome's site access), the card says so and shows its "Allow access" button.
 */
export function showRecording(parts: RecordingParts, state: RecordingState): void {
  parts.card.dataset.state = state;
  parts.heading.textContent = t(HEADINGS[state]);
  parts.text.textContent = t(TEXTS[state]);
  parts.allow.hidden = state !== 'no-access' && state !== 'some-access';
}
