// Content script entry: wires the page session to the extension runtime and the extractor.
import { startPageSession } from './page-session';
import { extractPageMetadata } from './extract';
import { createWorkerChannel } from './worker-channel';

const lifetime = new AbortController();
startPageSession(
  { win: window, extract: extractPageMetadata, send: createWorkerChannel(lifetime) },
  lifetime.signal,
);
