// What the page session asks of its document: plain reads of the DOM, no state.

/**
 * Whether the keyboard focus is in one of the document's own frames (a click on an embedded
 * player): the window is blurred, but the reader is still on this page.
 */
export function focusInFrame(doc: Document): boolean {
  const tag = doc.activeElement?.tagName;
  return tag === 'IFRAME' || tag === 'FRAME';
}

/**
 * A document the page cannot observe (the built-in PDF viewer: a plugin fills the page, and input
 * inside it never reaches this document). Its presence comes from chrome.idle alone.
 */
export function isViewerDocument(doc: Document): boolean {
  if (doc.contentType === 'application/pdf') return true;
  // `body` is null in a document without one (an XML or image document).
  const body = doc.body as HTMLElement | null;
  const only = body?.children.length === 1 ? body.firstElementChild : null;
  return only?.tagName === 'EMBED' || only?.tagName === 'OBJECT';
}

/** Whether a <video> or <audio> element of `doc` is playing. */
export function mediaPlaying(doc: Document): boolean {
  for (const media of doc.querySelectorAll('video, audio')) {
    const element = media as HTMLMediaElement;
    if (!element.paused && !element.ended && element.readyState > 2) return true;
  }
  return false;
}

/**
 * When `win`'s document first showed something to read (epoch ms): its first contentful paint,
 * else its first paint (Paint Timing), else its time origin (navigation start); -Infinity when
 * even that is unknown. A reader reads a new page from the moment it shows its text: not from the
 * click (nothing of it is on screen yet), not from its load event (which waits for every frame
 * and image, seconds after the article is readable). The README's "Honest time" states the rule.
 */
export function firstShownAt(win: Window): number {
  const origin = win.performance.timeOrigin;
  if (!Number.isFinite(origin) || origin <= 0) return -Infinity;
  try {
    const paints = win.performance.getEntriesByType('paint');
    const paint =
      paints.find((entry) => entry.name === 'first-contentful-paint') ??
      paints.find((entry) => entry.name === 'first-paint');
    return origin + Math.max(0, paint?.startTime ?? 0);
  } catch {
    return origin;
  }
}
