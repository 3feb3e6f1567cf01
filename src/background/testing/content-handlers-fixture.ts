// The worker's page-message handlers over a real (fake-IndexedDB) store and a recording tracker:
// what content-handlers*.test.ts share.
import type { PageMetadata } from '../../activity/page-metadata';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { openTimelineDb } from '../../store/db';
import type { TrackerEvent } from '../../tracking/engagement-types';
import { AUTH_CONFIG_KEY } from '../../auth/config-store';
import { createPendingResumeStore } from '../pending-resume-store';
import type { PageContext } from '../context';
import { LeftReads } from '../snapshot/left-reads';
import type { PageCapture } from '../../activity/page-metadata';
import type { PageSnapshot } from '../../messaging/snapshot';

let dbCount = 0;
/** The page the handlers are told about. */
export const metadata: PageMetadata = {
  url: 'https://news.example/story',
  appActivityId: 'https://news.example/story',
  title: 'Story',
  type: 'Article',
  authors: [],
  keywords: [],
};
/** The sender: tab 9 in window 2, active. */
export const page = {
  tabId: 9,
  windowId: 2,
  tabActive: true,
  url: 'https://news.example/story?x=1',
  frameId: 0,
};

/**
 * A page context whose tracker records the events dispatched (and their times), whose tab
 * messages and frame injections are recorded, over a fresh database per call.
 */
export async function setUp(
  settings: Partial<Settings> = {},
  idle: 'idle' | 'active' = 'active',
  tabTitle: string | undefined = 'Tides and the Moon',
) {
  const db = await openTimelineDb(`content-handlers-${String(++dbCount)}`);
  const events: TrackerEvent[] = [];
  /** The times each event was dispatched with (receivedAt, the sender's occurredAt). */
  const times: { receivedAt?: number; occurredAt?: number }[] = [];
  const sent: { tabId: number; message: unknown }[] = [];
  const framesInjected: number[] = [];
  const reads: ((capture: PageCapture) => void)[] = [];
  const stored: Record<string, unknown> = {};
  const pendingResumes = createPendingResumeStore({
    get: () => Promise.resolve({ ...stored }),
    set: (items) => Promise.resolve(void Object.assign(stored, items)),
  });
  const context = {
    db,
    page,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    tracker: {
      current: { idle, engagements: {} },
      dispatch: (event: TrackerEvent, at: { receivedAt?: number; occurredAt?: number } = {}) => {
        events.push(event);
        times.push(at);
        return Promise.resolve();
      },
    },
    session: { get: () => Promise.resolve({}) },
    badge: { show: () => Promise.resolve() },
    // The sign-in provider configured in the options: the local sandbox's.
    storage: {
      get: () =>
        Promise.resolve({
          [AUTH_CONFIG_KEY]: { clientId: 'c', tenant: 'https://127.0.0.1:8443/oidc' },
        }),
    },
    browserState: {
      queryIdle: () => Promise.resolve('active'),
      windowFocus: (windowId: number) => Promise.resolve({ windowId, focused: true }),
      tabActive: () => Promise.resolve(true),
      tabTitle: () => Promise.resolve(tabTitle),
      sendToTab: (tabId: number, message: unknown) =>
        Promise.resolve(sent.push({ tabId, message }) > 0),
      injectFramePresence: (tabId: number) => Promise.resolve(void framesInjected.push(tabId)),
    },
    pendingResumes,
    leftReads: new LeftReads(),
    // Reads resolve when the test says (finishRead), as a busy offscreen document's do.
    snapshots: {
      read: (_snapshot: PageSnapshot) =>
        new Promise<PageCapture>((resolve) => {
          reads.push(resolve);
        }),
    },
  } as unknown as PageContext;
  return { context, events, times, db, sent, framesInjected, reads };
}
