/** How often presence is noted while watched: the most a frozen page's last moment can be off by. */
export const PRESENCE_WATCH_MS = 250;

const isMedia = (target: EventTarget | null): target is HTMLMediaElement => {
  const tag = (target as Element | null)?.tagName;
  return tag === 'VIDEO' || tag === 'AUDIO';
};
const plays = (media: HTMLMediaElement) => !media.paused && !media.ended && media.isConnected;

/** The switch of a presence watch (see watchPresence). */
export interface PresenceWatch {
  /** On while the page is tracked and visible; off otherwise. */
  readonly want: (wanted: boolean) => void;
  /** Input came: the reader is being seen again (starts the watch if wanted). */
  readonly kick: () => void;
}

/**
 * Calls `seen` every PRESENCE_WATCH_MS while the watch is wanted (the page tracked and visible)
 * and the reader is there: an element of `doc` plays, or `used()` (input lately). A page frozen
 * with the machine then knows when it last saw the reader, to a quarter of a second. Media
 * `timeupdate` would be free, but not every source fires it (a MediaStream does not). Costs nothing
 * until first wanted (a page nobody reads); then the document is scanned for media once, and media
 * events are heard from then on.
 */
export function watchPresence(
  doc: Document,
  seen: () => void,
  used: () => boolean,
  signal: AbortSignal,
): PresenceWatch {
  const playing = new Set<HTMLMediaElement>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let wanted = false;
  let scanned = false;

  function update(): void {
    for (const media of playing) if (!plays(media)) playing.delete(media);
    const on = wanted && !signal.aborted && (playing.size > 0 || used());
    if (on && timer === undefined) {
      timer = setInterval(() => {
        update();
        if (timer !== undefined) seen();
      }, PRESENCE_WATCH_MS);
    } else if (!on && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  /** Media that started before this script ran (document_idle) or before it was wanted. */
  function scan(): void {
    scanned = true;
    for (const media of doc.querySelectorAll('video, audio'))
      playing.add(media as HTMLMediaElement);
    const listen = { capture: true, passive: true, signal } as const;
    doc.addEventListener(
      'playing',
      (event) => {
        if (isMedia(event.target)) playing.add(event.target);
        update();
      },
      listen,
    );
    for (const type of ['pause', 'ended', 'emptied']) doc.addEventListener(type, update, listen);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
    });
  }

  return {
    want(next) {
      wanted = next;
      if (wanted && !scanned) scan();
      update();
    },
    kick() {
      if (timer === undefined && wanted) update();
    },
  };
}
