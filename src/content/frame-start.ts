// Frame presence's entry, injected by the worker into every frame of a tab being read
// (`allFrames`): built as one classic script at FRAME_PRESENCE_PATH. Subframes only (the top frame
// has its reading path), and once per frame: injecting again (a frame added later) is a no-op.
import { startFramePresence } from './frame-presence';
import { createWorkerChannel } from './worker-channel';

const GUARD = '__readingTimelineFrame';
const world = globalThis as { [GUARD]?: true };
if (window !== window.top && !world[GUARD]) {
  world[GUARD] = true;
  const lifetime = new AbortController();
  startFramePresence({ win: window, send: createWorkerChannel(lifetime) }, lifetime.signal);
}
