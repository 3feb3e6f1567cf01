// Content script entry: wires the page session and the reading position to the extension runtime.
// The reader (extractor) is a dynamic import, loaded only once the page is being read.
import browser from 'webextension-polyfill';
import { startPageSession } from './page-session';
import { createWorkerChannel } from './worker-channel';
import { startPositionSampler } from './reading-position/position-sampler';
import { scrollToPosition } from './reading-position/scroll-to-position';
import { isReportEvidence, parseScrollToPosition } from '../messaging/page-commands';

const lifetime = new AbortController();
const send = createWorkerChannel(lifetime);
const session = startPageSession(
  { win: window, loadReader: () => import('./reader'), send },
  lifetime.signal,
);
startPositionSampler(
  { win: window, report: (url, position) => void send('page-position', { url, position }) },
  lifetime.signal,
);
browser.runtime.onMessage.addListener((message: unknown) => {
  // A promise keeps the worker's tabs.sendMessage waiting until the signal has been taken.
  if (isReportEvidence(message)) return session.reportEvidence().then(() => true);
  const position = parseScrollToPosition(message);
  if (position) scrollToPosition(window, position);
  return undefined;
});
