// Frame presence's entry, injected by the worker into the subframes of a tab being read that do
// not run it yet (background/injection/frame-presence-injection.ts asks each frame first): built
// as one classic script at FRAME_PRESENCE_PATH. Subframes only (the top frame has its reading
// path), and once per frame document: the guard makes a second injection (two asks crossing) a
// no-op. It also tells the worker when a frame inside this one loads (frame-loads.ts).
import { watchFrameLoads } from './frame-loads';
import { startFramePresence } from './frame-presence';
import { FRAME_PRESENCE_GUARD as GUARD } from './reading-module-path';
import { createWorkerChannel } from './worker-channel';

const world = globalThis as { [GUARD]?: true };
if (window !== window.top && !world[GUARD]) {
  world[GUARD] = true;
  const lifetime = new AbortController();
  const send = createWorkerChannel(lifetime);
  startFramePresence({ win: window, send }, lifetime.signal);
  // A frame loading inside this one (an embed card swapping in its player) is heard here: the top
  // document hears only its own frames, and not every browser's tab status covers frames.
  watchFrameLoads({ doc: document, loaded: () => void send('frames-loaded', {}) }, lifetime.signal);
}
