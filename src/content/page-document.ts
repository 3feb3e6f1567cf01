// What the page session asks of its document: plain reads of the DOM, no state of its own (whose
// a video is, the reader's or the page's, is reader-media.ts's).
import { readerOwns } from './reader-media';

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

/**
 * Whether `media`, while it plays, is seen by its reader: a video showing a picture that is its
 * reader's (`theirs`, by default reader-media.ts readerOwns: they set it off or acted on it),
 * muted or not. Presence even in a tab the user muted, where nothing is heard (review F-track-7).
 */
export function seenByReader(media: HTMLMediaElement, theirs = readerOwns(media)): boolean {
  if (!theirs || media.tagName !== 'VIDEO') return false;
  return (media as HTMLVideoElement).videoWidth > 0;
}

/**
 * Whether `media`, while it plays, says someone is there: it can be heard (not muted, volume above
 * 0), or it is seen by its reader (seenByReader: a video of theirs showing a picture). Muted
 * autoplay (an outstream ad, a hero loop) is the page's, not the reader's, and plays on after the
 * reader left (review F-track-5); audible autoplay needs activation in browsers anyway. A muted or
 * silent `<audio>`, or a `<video>` playing sound only, plays to nobody: as Chrome's `tab.audible`
 * says for sound, and the README's rule (audible, or a video the reader set off). The page cannot
 * see its tab muted from the tab strip: the worker can, and then believes only mediaSeen.
 */
export function perceivable(media: HTMLMediaElement, theirs = readerOwns(media)): boolean {
  return (!media.muted && media.volume > 0) || seenByReader(media, theirs);
}

/** The playing <video> and <audio> elements of `doc` (started, not ended, with data to play). */
function* running(doc: Document): Generator<HTMLMediaElement> {
  for (const media of doc.querySelectorAll('video, audio')) {
    const element = media as HTMLMediaElement;
    if (!element.paused && !element.ended && element.readyState > 2) yield element;
  }
}

/** Whether a <video> or <audio> element of `doc` is playing, heard or seen (`perceivable`). */
export function mediaPlaying(doc: Document): boolean {
  for (const media of running(doc)) if (perceivable(media)) return true;
  return false;
}

/**
 * Whether a video of `doc` playing is seen by its reader (`seenByReader`): the media that count in
 * a muted tab. Never true when mediaPlaying is false.
 */
export function mediaSeen(doc: Document): boolean {
  for (const media of running(doc)) if (seenByReader(media)) return true;
  return false;
}

/**
 * When `win`'s document first showed something to read (epoch ms): its first contentful paint,
 * else its first paint (Paint Timing), else its time origin (navigation start); -Infinity when
 * even that is unknown. A reader reads a new page from the moment it shows its text: not from the
 * click (nothing of it is on screen yet), not from its load event (which waits for every frame
 * and image, seconds after the article is readable). docs/reading-time.md states the rule.
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
