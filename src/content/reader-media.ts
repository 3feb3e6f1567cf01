// Whose a playing video is: the reader's (they set it off, or acted on it) or the page's (muted
// autoplay: a hero loop, an outstream ad). A muted video says someone is there only when it is the
// reader's (page-document.ts perceivable; review F-track-5 and its follow-up).

/**
 * How soon after the reader's press on a control a video that starts to play was set off by it
 * (ms). A Play button calls play() in its click handler and the `play` event follows at once; a
 * human's press and its click are ~100 ms apart (a key's, up to its keyup). A video that starts
 * later than this after a press started by itself (a carousel's next slide, a lazy player).
 */
export const SET_OFF_WITHIN_MS = 1_000;

/** What a Play control is: a button (native or by role), a form control, a player's own controls. */
const CONTROLS = 'button, [role="button"], input[type="button"], input[type="image"], video, audio';

/** The videos that are their reader's, in the documents of this script (one frame's). */
const theirs = new WeakSet<HTMLMediaElement>();

/**
 * Whether the reader has activated `doc`: HTML's sticky activation
 * (`navigator.userActivation.hasBeenActive`, https://html.spec.whatwg.org/#sticky-activation), set
 * by a click, tap or key press in that document, its same-origin descendants' and (in Chromium)
 * any same-origin frame of the tab, and by a debugger's evaluation with a user gesture (Playwright
 * evaluates so: a harness that asks a page anything activates it). Undefined where the browser
 * lacks it (Firefox before 120).
 */
export function readerActivated(doc: Document): boolean | undefined {
  const nav = doc.defaultView?.navigator as
    { userActivation?: { hasBeenActive?: unknown } } | undefined;
  const active = nav?.userActivation?.hasBeenActive;
  return typeof active === 'boolean' ? active : undefined;
}

/**
 * A loop without controls: how a page decorates (a hero or background video, a GIF-like clip), not
 * how a player plays what a reader chose. A press on it is no sign that it is watched.
 */
export function isDecorativeLoop(media: HTMLMediaElement): boolean {
  return media.loop && !media.controls;
}

/**
 * Whether the reader's press acted on `media`: a pointer press (mouse, pen or touch:
 * `pointerdown`) within its picture, where its own controls and a player's buttons laid over it
 * are, or a key pressed (`keydown`) while it or its player (an element holding it, not the whole
 * page) had the focus. Any other event acts on nothing.
 */
export function pressActsOn(event: Event, media: HTMLMediaElement): boolean {
  if (event.type === 'keydown') {
    const doc = media.ownerDocument;
    const target = event.target as Node | null;
    if (target === null || target === doc || target === doc.body) return false;
    return target !== doc.documentElement && target.contains(media);
  }
  if (event.type !== 'pointerdown') return false;
  const { clientX: x, clientY: y } = event as MouseEvent;
  const box = media.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/**
 * Whether the reader's press (`pointerdown`, `keydown`) was on a control that can set a video off
 * (CONTROLS: a Play button, a video's own controls), the innermost element pressed, inside an open
 * shadow root too. A press on the page's text, a link or the page itself (a key scrolling it) is
 * none: an autoplay video that resumes as it comes back into view (HTML lets browsers pause muted
 * autoplay out of view) is not set off by the key or the link that scrolled to it.
 */
export function pressesControl(event: Event): boolean {
  // An element of the page's realm (or a text node, a document: no `closest`), not this script's.
  const pressed = (event.composedPath()[0] ?? event.target) as Partial<Element> | null;
  return typeof pressed?.closest === 'function' && pressed.closest(CONTROLS) !== null;
}

/** Whether `media` is its reader's (noted by watchReaderMedia in its document). */
export function readerOwns(media: HTMLMediaElement): boolean {
  return theirs.has(media);
}

const runs = (media: HTMLMediaElement) => !media.paused && !media.ended;

/** What the page or frame script tells the watch (see watchReaderMedia). */
export interface ReaderMedia {
  /**
   * Hears a press of the reader's (`pointerdown`, `keydown`; other input is ignored); true when
   * it made a video of the document theirs.
   */
  readonly press: (event: Event) => boolean;
}

/**
 * Notes which videos of `doc` are its reader's, from now until `signal` aborts. A video is theirs
 * once the reader:
 * - set it off: it began to play (`play`) within SET_OFF_WITHIN_MS of their press on a control in
 *   `doc` (pressesControl: a Play button beside it or over it, its own controls);
 * - or acted on it (pressActsOn: a press on its picture, a key on it or its player);
 * - or, for what happened before this script ran (the reading path and frame scripts come seconds
 *   after the page showed), it already plays and `doc` was activated by then (readerActivated;
 *   unknown counts): the press that set it off went unheard.
 * A decorative loop (isDecorativeLoop: a hero, a background) never is: a click on its blank area,
 * or on its pause-and-play toggle, is not watching it. Once theirs, a video stays theirs for as
 * long as it exists (a playlist's next clip included). A press elsewhere in the document, however
 * often, makes no video theirs (review F-track-5's follow-up: with sticky activation alone, a hero
 * loop counted forever after one click anywhere).
 */
export function watchReaderMedia(doc: Document, signal: AbortSignal): ReaderMedia {
  // The last press on a control, on the document's event timeline (Event.timeStamp), as `play`
  // events are.
  let pressedAt = -Infinity;
  // Live: the browser keeps it up to date, so a press in a page without video costs a length.
  const videos = doc.getElementsByTagName('video');
  if (readerActivated(doc) !== false) {
    for (const video of videos) if (runs(video) && !isDecorativeLoop(video)) theirs.add(video);
  }
  const onPlay = (event: Event) => {
    const media = event.target as HTMLMediaElement;
    const after = event.timeStamp - pressedAt;
    if (media.tagName !== 'VIDEO' || isDecorativeLoop(media)) return;
    if (after >= 0 && after <= SET_OFF_WITHIN_MS) theirs.add(media);
  };
  // Removed on abort rather than by the listener's `signal`, which addEventListener refuses from
  // another realm than the document's (reading-wiring.test: reading.ts's global AbortController
  // beside a JSDOM page).
  const options = { capture: true, passive: true } as const;
  doc.addEventListener('play', onPlay, options);
  signal.addEventListener('abort', () => {
    doc.removeEventListener('play', onPlay, options);
  });
  return {
    press(event) {
      if (event.type !== 'pointerdown' && event.type !== 'keydown') return false;
      if (pressesControl(event)) pressedAt = event.timeStamp;
      let made = false;
      for (const video of videos) {
        if (theirs.has(video) || isDecorativeLoop(video) || !pressActsOn(event, video)) continue;
        theirs.add(video);
        made = true;
      }
      return made;
    },
  };
}
