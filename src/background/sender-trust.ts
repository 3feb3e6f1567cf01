import type { PageSender } from './context';

/** The parts of `runtime.MessageSender` trust depends on (what the browser, not the page, says). */
export interface SenderFacts {
  /** The sending extension's id. */
  id?: string;
  /** The sending frame's URL. */
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
  tab?: {
    id?: number;
    windowId?: number;
    active: boolean;
    incognito: boolean;
    /** Whether the tab is muted (tab strip, its menu); absent in an older browser. */
    mutedInfo?: { muted: boolean };
  };
}

/** Who we are: our id, and the origin of our own pages (`chrome-extension://<id>`). */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/**
 * What a sender may ask: `ui` for the extension's own pages (popup, options), `content` for our
 * content script in the top frame of an http(s) page in a normal window, `frame` for our presence
 * script in any subframe of a normal window's tab (it may only say it saw input or plays media),
 * null for anyone else.
 */
export type TrustedSender =
  { kind: 'ui' } | { kind: 'content'; page: PageSender } | { kind: 'frame'; page: PageSender };

/** A frame id as browsers give them: a whole number, 0 for the top frame. */
const isFrameId = (id: number | undefined): id is number =>
  id !== undefined && Number.isSafeInteger(id) && id >= 0;

/**
 * Decides what a message's sender may reach. Pure, so the security rule is tested as a table:
 * another extension, an incognito tab, a non-web top page or a sender without a tab is refused;
 * a subframe is only ever a `frame`; a page can never be taken for the extension's own UI (its
 * URL is not our origin).
 */
export function trustSender(
  sender: SenderFacts,
  extension: ExtensionIdentity,
): TrustedSender | null {
  if (sender.id !== extension.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(`${extension.origin}/`)) return { kind: 'ui' };
  const tab = sender.tab;
  const { frameId } = sender;
  if (tab?.id === undefined || tab.incognito || !isFrameId(frameId)) return null;
  const page: PageSender = {
    tabId: tab.id,
    windowId: tab.windowId ?? -1,
    tabActive: tab.active,
    url,
    frameId,
    ...(tab.mutedInfo ? { tabMuted: tab.mutedInfo.muted } : {}),
  };
  // An embedded player may be about:blank, data: or blob:; it only ever reports presence.
  if (frameId !== 0) return { kind: 'frame', page };
  if (!/^https?:/i.test(url)) return null;
  return { kind: 'content', page };
}
