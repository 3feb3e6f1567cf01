// Presence script entry: runs in every http(s) subframe (manifest: all_frames) and reports what the
// top frame's content script cannot see there: input, and media playing (an embedded player).
// Built as one classic script (`.iife.ts`, crxjs): no module loader, so a page full of ad frames
// pays an isolated world and ~1 KB of script per frame, nothing more. about:blank frames (ad
// slots, mostly) are left out for the same reason.
import { startFramePresence } from './frame-presence';
import { createWorkerChannel } from './worker-channel';

// The top frame has the full content script; this is for subframes only.
if (window !== window.top) {
  const lifetime = new AbortController();
  startFramePresence({ win: window, send: createWorkerChannel(lifetime) }, lifetime.signal);
}
