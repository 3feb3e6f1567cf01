import type { RequestOf, ResponseOf } from '../messaging/contract';
import { HEARTBEAT_INTERVAL_MS } from '../tracking/heartbeat';
import { mediaPlaying, mediaSeen } from './page-document';
import { createPresenceClock } from './presence-clock';
import { watchPresence } from './presence-watch';
import { watchReaderMedia } from './reader-media';

/** What a subframe's presence needs: its window and the channel to the worker. */
export interface FramePresenceDeps {
  win: Window;
  send: (
    type: 'frame-signal',
    payload: RequestOf<'frame-signal'>,
  ) => Promise<ResponseOf<'frame-signal'> | undefined>;
  now?: () => number;
}

/** Input in a frame is reported at most this often (as in the top frame). */
export const FRAME_INPUT_THROTTLE_MS = 5_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'scroll', 'touchstart'];
// volumechange: a muted player is no evidence, unmuted it is again (page-document.ts perceivable).
const MEDIA_EVENTS = ['playing', 'pause', 'ended', 'emptied', 'volumechange'];

/**
 * Presence evidence from one subframe (an embedded video player, a comments widget): input, and
 * media playing, which the worker credits to the frame's tab (issue #13, kind 2). Costs listeners
 * only until something plays or someone types; while media plays and the frame is visible it
 * repeats "playing" every heartbeat, so a frozen browser's silence is seen as silence.
 */
export function startFramePresence(deps: FramePresenceDeps, signal: AbortSignal): void {
  const { win } = deps;
  const doc = win.document;
  const now = deps.now ?? (() => Date.now());
  let lastSentAt = -Infinity;
  let playing = false;
  // Of it, a video of the reader's showing its picture: what counts in a muted tab.
  let seen = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const presence = createPresenceClock(now);
  // Whose the frame's videos are: a muted one is presence only if the reader's (reader-media.ts).
  const readerMedia = watchReaderMedia(doc, signal);
  // Media only: input in a frame is brief (a click on Play), the player's own state is the evidence.
  const watch = watchPresence(doc, presence.seen, () => false, signal);
  // From pagehide until pageshow the document is going, or asleep in the back/forward cache. The
  // browser hides it just after pagehide (a visibilitychange, HTML's "unload a document"), its
  // video still playing then: heard, that would say "playing" again after the word it stopped.
  let gone = false;

  function send(): void {
    const presentUntil = presence.takeGap();
    // Only a frame that went quiet for longer than its heartbeat allows can have been frozen.
    const sentAt = now();
    const quiet = sentAt - lastSentAt > HEARTBEAT_INTERVAL_MS * 1.5;
    lastSentAt = sentAt;
    void deps.send('frame-signal', {
      mediaPlaying: playing,
      ...(seen ? { mediaSeen: true } : {}),
      // The overdue heartbeat runs as soon as the frame runs again: that is when it resumed.
      ...(quiet && presentUntil !== undefined ? { presentUntil, resumedAt: sentAt } : {}),
    });
  }

  function onMedia(): void {
    if (gone) return;
    const was = playing;
    const wasSeen = seen;
    playing = mediaPlaying(doc);
    seen = playing && mediaSeen(doc);
    if (playing !== was || seen !== wasSeen) send();
    const wanted = playing && doc.visibilityState === 'visible' && !signal.aborted;
    watch.want(wanted);
    if (wanted && heartbeat === undefined) {
      heartbeat = setInterval(onMedia, HEARTBEAT_INTERVAL_MS);
    } else if (!wanted && heartbeat !== undefined) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
    if (wanted && was && now() - lastSentAt >= HEARTBEAT_INTERVAL_MS / 2) send();
  }

  function onInput(event: Event): void {
    // A press on a video already playing makes it the reader's, with no media event to say so:
    // a muted one counts from then, and an unmuted one counts in a muted tab too.
    if (readerMedia.press(event) && (!playing || !seen)) onMedia();
    presence.seen();
    if (now() - lastSentAt >= FRAME_INPUT_THROTTLE_MS) send();
  }

  function onPageHide(): void {
    gone = true;
    if (!playing) return;
    // The frame goes (navigates, is removed, its page left), its media with it: said now, so the
    // worker does not believe its last "playing" for the silence limit (tracking/frame-media.ts).
    playing = false;
    seen = false;
    send();
    watch.want(false);
    clearInterval(heartbeat);
    heartbeat = undefined;
  }

  const listen = { capture: true, passive: true, signal } as const;
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, listen);
  for (const type of MEDIA_EVENTS) doc.addEventListener(type, onMedia, listen);
  doc.addEventListener('visibilitychange', onMedia, { signal });
  win.addEventListener('pagehide', onPageHide, { signal });
  // Back from the back/forward cache: whatever plays says so again.
  win.addEventListener(
    'pageshow',
    () => {
      gone = false;
      onMedia();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    clearInterval(heartbeat);
  });
  // A player that started before this script ran (run_at document_idle).
  if (doc.querySelector('video, audio')) onMedia();
}
