import { perceivable } from './page-document';

/**
 * How often presence is noted while media plays: the most a frozen page's last moment of media
 * can be off by. Media is the only evidence over time there (no input while a video is watched).
 */
export const PRESENCE_WATCH_MS = 250;
/**
 * How often presence is noted while the reader is there by recent input alone (no media): input
 * notes itself as it comes, so this only bounds how far the last moment of a still reader (reading
 * without touching anything) can be off when the machine sleeps: half of it either way
 * (presence-clock.ts takes the middle of the period). Each note is a timer task on the page: two a
 * second instead of four (issue #13, read p95 ≤ 10 ms); at one a second (sessions 16-19) a sleep
 * cost up to 1 s, and the tracking spec's freeze-article failed its 0.5 s once (stop 31).
 */
export const STILL_WATCH_MS = 500;

const isMedia = (target: EventTarget | null): target is HTMLMediaElement => {
  const tag = (target as Element | null)?.tagName;
  return tag === 'VIDEO' || tag === 'AUDIO';
};
// Running: kept as a candidate; perceivable may change without a media event (the reader's press on
// a muted video makes it theirs, reader-media.ts), so it is asked at each period.
const runs = (media: HTMLMediaElement) => !media.paused && !media.ended && media.isConnected;

/** The switch of a presence watch (see watchPresence). */
export interface PresenceWatch {
  /** On while the page is tracked and visible; off otherwise. */
  readonly want: (wanted: boolean) => void;
  /** Input came: the reader is being seen again (starts the watch if wanted). */
  readonly kick: () => void;
}

/**
 * Calls `seen(period)` while the watch is wanted (the page tracked and visible) and the reader is
 * there: every PRESENCE_WATCH_MS while an element of `doc` plays, every STILL_WATCH_MS while only
 * `used()` says so (input lately; input is noted by its own listener as it comes), `period` being
 * when the next note falls due (ms). A page frozen with the machine then knows when it last saw
 * the reader, and when it would have seen them next. One interval at a time, set again only
 * when the period changes, stopped once nothing says the reader is there; `kick` starts it again.
 * Media `timeupdate` would be as frequent, and not every source fires it (a MediaStream does not).
 * Costs nothing until first wanted (a page nobody reads); then the document is scanned for media
 * once, and media events are heard from then on.
 */
export function watchPresence(
  doc: Document,
  seen: (nextNoteMs: number) => void,
  used: () => boolean,
  signal: AbortSignal,
): PresenceWatch {
  const playing = new Set<HTMLMediaElement>();
  // One interval at the period needed, kept while that period holds: a tick that re-armed a
  // timeout paid a clearTimeout and a setTimeout each time (issue #13, the read's timer part).
  let timer: ReturnType<typeof setInterval> | undefined;
  // The period the running interval was armed with.
  let armedMs = 0;
  let wanted = false;
  let scanned = false;

  /** The period presence is noted at now; 0 when nothing says the reader is there. */
  function period(): number {
    for (const media of playing) if (!runs(media)) playing.delete(media);
    if (!wanted || signal.aborted) return 0;
    for (const media of playing) if (perceivable(media)) return PRESENCE_WATCH_MS;
    return used() ? STILL_WATCH_MS : 0;
  }

  function arm(ms: number): void {
    if (timer !== undefined && ms === armedMs) return;
    clearInterval(timer);
    timer = ms > 0 ? setInterval(tick, ms) : undefined;
    armedMs = ms;
  }

  function tick(): void {
    const ms = period();
    // The next note falls due within `ms` (the interval goes on, or is armed again at `ms`).
    if (ms > 0) seen(ms);
    arm(ms);
  }

  /** A change (wanted, media started or stopped): the timer follows, a faster need at once. */
  function update(): void {
    const ms = period();
    if (ms === 0 || timer === undefined || ms < armedMs) arm(ms);
  }

  /** Media that started before this script ran (document_idle) or before it was wanted. */
  function scan(): void {
    scanned = true;
    for (const media of doc.querySelectorAll('video, audio'))
      playing.add(media as HTMLMediaElement);
    const listen = { capture: true, passive: true, signal } as const;
    // Playing, or heard again (unmuted): a candidate; `period` keeps only those that play.
    const candidate = (event: Event) => {
      if (isMedia(event.target)) playing.add(event.target);
      update();
    };
    doc.addEventListener('playing', candidate, listen);
    doc.addEventListener('volumechange', candidate, listen);
    for (const type of ['pause', 'ended', 'emptied']) doc.addEventListener(type, update, listen);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      timer = undefined;
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
