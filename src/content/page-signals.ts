// The signals a tracked page sends its worker (page-signal): on focus, blur and visibility changes,
// at most every INPUT_THROTTLE_MS while input comes, and a heartbeat only while the page is visible
// and used lately (or plays media), so an idle page costs nothing. Part of the page session
// (page-session.ts), in the reading module.
import type { RequestOf, ResponseOf } from '../messaging/contract';
import { mediaPlaying, mediaSeen } from './page-document';
import type { NotedPage, PageNotes } from './page-notes';
import { createPresenceClock } from './presence-clock';
import { watchPresence } from './presence-watch';

/** Input is reported at most this often; the worker only needs to know someone is there. */
export const INPUT_THROTTLE_MS = 5_000;
/**
 * After a report, input is said this soon, not INPUT_THROTTLE_MS later: the report banks about
 * READ_AFTER_MS (4 s) of reading, under the default minimum engagement (5 s), and a quit the worker
 * never hears before the next evidence lost the whole read (issue #13: (e) at load ~20, 8.04 s
 * read, none recorded). One more signal a report.
 */
export const FIRST_INPUT_AFTER_REPORT_MS = 1_000;
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended'];

/** What the page's signals need: the noted page, its notes and the channel to the worker. */
export interface PageSignalsDeps {
  page: NotedPage;
  notes: PageNotes;
  send: (
    type: 'page-signal',
    payload: RequestOf<'page-signal'>,
  ) => Promise<ResponseOf<'page-signal'> | undefined>;
  /** Whether the route being read is the one the worker was told of (signals are about it). */
  reported: () => boolean;
  /** Reports the page again: the worker declined it earlier (paused), and someone reads now. */
  askAgain: () => void;
}

/** The worker's answer to a page report: whether it tracks the page, and at what pace. */
export interface Tracking {
  tracked: boolean;
  heartbeatMs: number;
  idleThresholdSec: number;
}

/** See startPageSignals. */
export interface PageSignals {
  /**
   * Says at once what changed (`at`: when the focus or visibility change happened, epoch ms).
   * `routeLeft`: the reported route was left for another (an in-page route change): its last word.
   */
  send(at?: number, routeLeft?: boolean): Promise<unknown>;
  /** The worker answered a report (undefined: it could not be reached, so nothing is tracked). */
  tracking(reply: Tracking | undefined): void;
  /** Whether the worker tracks the page. */
  tracked(): boolean;
  /** The page is no longer tracked (left). */
  untrack(): void;
  /** Input came: the reader is here (before anything else is done about it). */
  seen(): void;
  /** Input came (noted, and its route checked): say so, throttled. */
  input(): void;
  /** Starts or stops the heartbeat as the page is shown, hidden or left. */
  update(): void;
  /** Says now input seen since the last signal, if any; resolves once the worker took it. */
  flush(): Promise<void>;
}

/** Starts the signals of one page session; nothing is sent until `tracking` says it is tracked. */
export function startPageSignals(deps: PageSignalsDeps, signal: AbortSignal): PageSignals {
  const { page, notes } = deps;
  const { now } = page;
  const doc = page.win.document;
  let tracked = false;
  let heartbeatMs = 15_000;
  let idleThresholdMs = 60_000;
  let lastSentAt = 0;
  // Input is said from here on (INPUT_THROTTLE_MS after a signal, sooner after a report).
  let inputFrom = 0;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let mediaHeard = false;
  // When the reader's previous input came, and whether the latest ended a quiet of the idle
  // threshold (seen()).
  let inputAt = notes.lastInputAt;
  let backFromQuiet = false;
  const presence = createPresenceClock(now);
  const visible = () => doc.visibilityState === 'visible';
  // Used lately, as the heartbeat judges it (in a viewer, input never reaches this document).
  const recentlyUsed = () => page.isViewer() || now() - notes.lastInputAt < idleThresholdMs;
  // The presence watch and media events matter once the page is tracked: until then (a page
  // nobody reads) they cost nothing, and what played before is asked of the document then.
  const watch = watchPresence(doc, presence.seen, recentlyUsed, signal);
  const onMedia = () => void send();
  // What the last signal said of media (plays, seen): a volume change (a muted player is no
  // evidence, page-document.ts perceivable) is said only when it changes that, not at each step of
  // a slider.
  let mediaSaid = false;
  let seenSaid = false;
  const onVolume = () => {
    if (mediaPlaying(doc) !== mediaSaid || mediaSeen(doc) !== seenSaid) void send();
  };

  function send(at?: number, routeLeft = false): Promise<unknown> {
    if (!tracked || !deps.reported()) return Promise.resolve();
    const presentUntil = presence.takeGap();
    // Only a page whose heartbeat ran late by far can have been frozen; the worker needs the
    // moment only then (it drops a silence over twice the heartbeat).
    const sentAt = now();
    const quiet = heartbeat !== undefined && sentAt - lastSentAt > heartbeatMs * 1.5;
    lastSentAt = sentAt;
    inputFrom = sentAt + INPUT_THROTTLE_MS;
    mediaSaid = mediaPlaying(doc);
    seenSaid = mediaSaid && mediaSeen(doc);
    return deps.send('page-signal', {
      visible: visible(),
      mediaPlaying: mediaSaid,
      // Seen by its reader: counts in a tab muted from the tab strip too, heard media do not.
      ...(seenSaid ? { mediaSeen: true } : {}),
      focused: notes.focused,
      ...(at === undefined ? {} : { at }),
      ...(routeLeft ? { routeLeft } : {}),
      // The overdue heartbeat runs as soon as the page runs again: that is when it resumed.
      ...(quiet && presentUntil !== undefined ? { presentUntil, resumedAt: sentAt } : {}),
    });
  }

  function update(): void {
    const wanted = tracked && visible() && !signal.aborted;
    watch.want(wanted);
    if (wanted && heartbeat === undefined) {
      heartbeat = setInterval(onHeartbeat, heartbeatMs);
    } else if (!wanted && heartbeat !== undefined) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  }

  function onHeartbeat(): void {
    // In a viewer, input never reaches this document: chrome.idle alone says whether anyone is
    // there, and the worker stops counting when it says idle.
    if (recentlyUsed() || mediaPlaying(doc)) {
      if (now() - lastSentAt >= heartbeatMs / 2) void send();
    }
  }

  signal.addEventListener('abort', () => {
    clearInterval(heartbeat);
    clearTimeout(trailing);
  });
  return {
    send,
    tracking(reply) {
      tracked = reply?.tracked ?? false;
      if (tracked && !mediaHeard) {
        mediaHeard = true;
        const listen = { capture: true, passive: true, signal } as const;
        for (const type of MEDIA_EVENTS) doc.addEventListener(type, onMedia, listen);
        doc.addEventListener('volumechange', onVolume, listen);
      }
      if (reply) {
        heartbeatMs = reply.heartbeatMs;
        idleThresholdMs = reply.idleThresholdSec * 1000;
      }
      lastSentAt = now();
      inputFrom = lastSentAt + FIRST_INPUT_AFTER_REPORT_MS;
      update();
    },
    tracked: () => tracked,
    untrack() {
      tracked = false;
      update();
    },
    seen() {
      backFromQuiet = now() - inputAt >= idleThresholdMs;
      inputAt = now();
      presence.seen();
      watch.kick();
    },
    input() {
      if (!deps.reported()) return;
      if (!tracked && visible()) {
        if (now() - lastSentAt >= INPUT_THROTTLE_MS) deps.askAgain();
        return;
      }
      const wait = inputFrom - now();
      // Input after a quiet of the idle threshold is the reader back from idle: said at once, or
      // the worker, idle meanwhile, counts from chrome.idle's next poll (up to a second later; a
      // heartbeat sent just before would hold this signal back up to INPUT_THROTTLE_MS).
      if (wait <= 0 || backFromQuiet) {
        backFromQuiet = false;
        void send();
      } else if (trailing === undefined) {
        // Input inside the throttle window is still evidence: say so once the window ends, so the
        // last moments of reading are banked even if nothing else happens afterwards.
        trailing = setTimeout(() => {
          trailing = undefined;
          if (notes.lastInputAt > lastSentAt) void send();
        }, wait);
      }
    },
    update,
    async flush() {
      if (notes.lastInputAt <= lastSentAt) return;
      clearTimeout(trailing);
      trailing = undefined;
      await send();
    },
  };
}
