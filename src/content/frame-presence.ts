import type { RequestOf, ResponseOf } from '../messaging/contract';
import { HEARTBEAT_INTERVAL_MS } from '../tracking/heartbeat';
import { createPresenceClock } from './presence-clock';
import { watchPresence } from './presence-watch';

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
const MEDIA_EVENTS = ['playing', 'pause', 'ended', 'emptied'];

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
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const presence = createPresenceClock(now);
  // Media only: input in a frame is brief (a click on Play), the player's own state is the evidence.
  const watch = watchPresence(doc, presence.seen, () => false, signal);

  function mediaPlaying(): boolean {
    for (const media of doc.querySelectorAll('video, audio')) {
      const element = media as HTMLMediaElement;
      if (!element.paused && !element.ended && element.readyState > 2) return true;
    }
    return false;
  }

  function send(): void {
    const presentUntil = presence.takeGap();
    // Only a frame that went quiet for longer than its heartbeat allows can have been frozen.
    const sentAt = now();
    const quiet = sentAt - lastSentAt > HEARTBEAT_INTERVAL_MS * 1.5;
    lastSentAt = sentAt;
    void deps.send('frame-signal', {
      mediaPlaying: playing,
      // The overdue heartbeat runs as soon as the frame runs again: that is when it resumed.
      ...(quiet && presentUntil !== undefined ? { presentUntil, resumedAt: sentAt } : {}),
    });
  }

  function onMedia(): void {
    const was = playing;
    playing = mediaPlaying();
    if (playing !== was) send();
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

  function onInput(): void {
    presence.seen();
    if (now() - lastSentAt >= FRAME_INPUT_THROTTLE_MS) send();
  }

  const listen = { capture: true, passive: true, signal } as const;
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, listen);
  for (const type of MEDIA_EVENTS) doc.addEventListener(type, onMedia, listen);
  doc.addEventListener('visibilitychange', onMedia, { signal });
  signal.addEventListener('abort', () => {
    clearInterval(heartbeat);
  });
  // A player that started before this script ran (run_at document_idle).
  if (doc.querySelector('video, audio')) onMedia();
}
