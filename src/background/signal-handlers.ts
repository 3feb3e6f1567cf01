// What a page and its frames say of the reader's attention ('page-signal', 'frame-signal'),
// handed to the tracker with what the browser knows of focus and idle. Part of contentHandlers
// (content-handlers.ts).
import { isExcludedUrl } from '../settings/excluded-sites';
import type { WindowFocusReport } from '../tracking/engagement-types';
import type { PageContext } from './context';
import type { HandlerMap } from './handler-map';

/** The attention signals of a trusted page's content script and its frames' presence scripts. */
export const signalHandlers: HandlerMap<'page-signal' | 'frame-signal', PageContext> = {
  async 'page-signal'(
    context,
    { visible, mediaPlaying, mediaSeen, focused, presentUntil, resumedAt, at, routeLeft },
  ) {
    const { tracker, browserState, page, receivedAt } = context;
    // A site excluded since the page loaded: its tab is read no more (event-routing.ts left it).
    if (isExcludedUrl(page.url, context.settings().excludedSites)) return null;
    await backFromIdle(context);
    // The page signals on blur and focus too, and Chrome may never report a switch to another
    // application as a window focus change: say what the browser knows about the window.
    const browserFocus = await browserState.windowFocus(page.windowId);
    // Unless the page says otherwise: it signals on its own focus and blur events, and Firefox
    // updates `windows.get` only after them, so right after a switch between windows the
    // browser's answer is the stale one (it would hand attention back to the page just left,
    // or take it from the page just entered, until the next signal). The page alone is not
    // believed either (focus moving into one of its iframes blurs it; a pointer moving over a
    // window in the background counts as its input): when they disagree, neither says anything.
    const focus =
      browserFocus && (focused === undefined || focused === browserFocus.focused)
        ? browserFocus
        : undefined;
    await tracker.dispatch(
      {
        type: 'page-signal',
        tabId: page.tabId,
        visible,
        mediaPlaying,
        ...(mediaSeen === undefined ? {} : { mediaSeen }),
        ...(focus ? { focus } : {}),
        // A page that ran again after a freeze: when it last saw the reader, and when it ran again
        // (see the contract).
        ...(presentUntil === undefined ? {} : { presentUntil }),
        ...(resumedAt === undefined ? {} : { resumedAt }),
        // Hidden: since when, for time counted after it on a switch heard late (hidden-late.ts).
        ...(visible || at === undefined ? {} : { hiddenAt: at }),
        // Blurred, and the browser says its window lost focus or its tab is no longer the active
        // one (not focus moved into one of its iframes): since when, likewise.
        ...(visible &&
        focused === false &&
        at !== undefined &&
        (await leftNow(context, focus, browserFocus))
          ? { blurredAt: at }
          : {}),
        // An in-page route change: the route reported is read no more (page-reports.ts).
        ...(routeLeft === true ? { routeLeft } : {}),
      },
      // A focus, blur or visibility change happened when the page says (within bounds), not when
      // a busy worker got to it: starts and stops land where the reader's attention moved.
      { receivedAt, occurredAt: at },
    );
    return null;
  },

  async 'frame-signal'(context, { mediaPlaying, mediaSeen, presentUntil, resumedAt }) {
    await backFromIdle(context);
    await context.tracker.dispatch(
      {
        type: 'frame-signal',
        tabId: context.page.tabId,
        // Which of the tab's frames speaks, as the browser says: its word is about itself alone.
        frameId: context.page.frameId,
        windowId: context.page.windowId,
        mediaPlaying,
        ...(mediaSeen === undefined ? {} : { mediaSeen }),
        ...(presentUntil === undefined ? {} : { presentUntil }),
        ...(resumedAt === undefined ? {} : { resumedAt }),
      },
      { receivedAt: context.receivedAt },
    );
    return null;
  },
};

/**
 * Input in a page or frame after idle: chrome.idle only notices on its next poll (up to a second
 * later), so ask it now; the reader is back from this moment.
 */
async function backFromIdle(context: PageContext): Promise<void> {
  const { tracker, browserState } = context;
  if (
    tracker.current.idle === 'idle' &&
    (await browserState.queryIdle(context.settings().idleThresholdSec)) === 'active'
  ) {
    await tracker.dispatch(
      { type: 'idle-state', state: 'active' },
      { receivedAt: context.receivedAt },
    );
  }
}

/**
 * Whether a page that blurred was left, as the worker handles its word: the browser says its
 * window lost focus (`focus`, when browser and page agree), or its tab was not the active one when
 * it sent. Not when the reader is back on it by now, its tab the active one of a window focused
 * now (`browserFocus`): a switch away and back heard late, where what its tab counts since is the
 * reader's and must not be taken back (review F-track-2).
 */
async function leftNow(
  { page, browserState }: PageContext,
  focus: WindowFocusReport | undefined,
  browserFocus: WindowFocusReport | undefined,
): Promise<boolean> {
  if (focus?.focused === false) return true;
  if (page.tabActive) return false;
  const back =
    browserFocus?.focused === true && (await browserState.tabActive(page.tabId)) === true;
  return !back;
}
