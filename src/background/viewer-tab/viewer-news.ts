// What a tab the worker reads as a viewer (tab-viewers.ts) says at each of its heartbeats, from
// what the browser says of the tab now. Pure.
import { routeOf } from '../../messaging/reading-order';

/** A tab read as a viewer, as the worker keeps it (storage.session): the route it reported. */
export interface ViewerTab {
  /** The route reported (the address without its fragment). */
  url: string;
  /** Whether it reported again for a title the tab showed after its first report. */
  retitled?: boolean;
}

/**
 * `gone`: the tab is closed (the tracker heard so itself). `left`: it shows another address now
 * (the reader followed a link or opened another file): its page is left. `shown`: still the same
 * document, the active tab of its window: a heartbeat, as a visible page's (idle, window focus
 * and tab switches are the tracker's to judge). `hidden`: another tab of its window is active:
 * nothing, as a hidden page sends no heartbeat.
 */
export type ViewerNews = 'gone' | 'left' | 'shown' | 'hidden';

/** What `viewer` says now that the browser shows `tab` (undefined: no such tab). */
export function viewerNews(
  viewer: ViewerTab,
  tab: { url?: string; active?: boolean } | undefined,
): ViewerNews {
  if (!tab) return 'gone';
  if (tab.url === undefined || routeOf(tab.url) !== viewer.url) return 'left';
  return tab.active === true ? 'shown' : 'hidden';
}
