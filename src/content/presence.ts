// Presence script entry: runs in every subframe (manifest: all_frames) and reports what the top
// frame's content script cannot see there: input, and media playing (an embedded player).
import { startFramePresence } from './frame-presence';
import { createWorkerChannel } from './worker-channel';

// The top frame has the full content script; this is for subframes only.
if (window !== window.top) {
  const lifetime = new AbortController();
  startFramePresence({ win: window, send: createWorkerChannel(lifetime) }, lifetime.signal);
}
