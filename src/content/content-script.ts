// Content script entry: wires the page session to the extension runtime. The reader (extractor)
// is a dynamic import, loaded only once the page is being read.
import { startPageSession } from './page-session';
import { createWorkerChannel } from './worker-channel';

const lifetime = new AbortController();
startPageSession(
  { win: window, loadReader: () => import('./reader'), send: createWorkerChannel(lifetime) },
  lifetime.signal,
);
