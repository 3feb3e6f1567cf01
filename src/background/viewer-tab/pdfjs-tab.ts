// How the worker recognises a PDF that Firefox shows in its built-in viewer (pdf.js), where no
// add-on script may run, from what the browser itself says of the tab: the refusal of
// `scripting.executeScript` and the tab's icon. Pure: tab-viewers.ts asks it.
import { routeOf } from '../../messaging/reading-order';

/**
 * The icon Firefox shows for a tab whose document is a PDF in pdf.js (`tabs.Tab.favIconUrl`, given
 * to an add-on with host permissions for the tab's address). Measured in Firefox ESR 153: a PDF
 * served at `/paper.pdf` and one at `/doc?id=7` both get it; an HTML, text or JSON page gets none.
 */
export const PDFJS_TAB_ICON = 'chrome://global/skin/icons/pdf.svg';

/**
 * Firefox's answer to `scripting.executeScript` into a document no add-on may script although the
 * manifest's host permissions cover its address: pdf.js's privileged viewer, or a domain Firefox
 * keeps add-ons out of (`extensions.webextensions.restrictedDomains`, quarantined domains). Other
 * refusals (a tab gone, a document navigating) say something else.
 */
const FORBIDDEN = /^Missing host permission for the tab\b/;

/** Whether `error` (what `scripting.executeScript` rejected with) is Firefox's FORBIDDEN refusal. */
export function isScriptingForbidden(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return FORBIDDEN.test(message);
}

/** What the browser says of a tab (`tabs.Tab`), as far as recognising pdf.js goes. */
export interface TabFacts {
  url?: string;
  favIconUrl?: string;
  incognito?: boolean;
}

/**
 * Whether the tab shows a PDF in Firefox's pdf.js at the http(s) address `route` (an order's route:
 * the tab has not navigated since): its address is that route and its icon is PDFJS_TAB_ICON. Never
 * for a private window's tab (never recorded).
 */
export function isPdfJsTab(tab: TabFacts, route: string): boolean {
  const url = tab.url ?? '';
  return (
    tab.incognito !== true &&
    /^https?:/i.test(url) &&
    routeOf(url) === route &&
    tab.favIconUrl === PDFJS_TAB_ICON
  );
}
