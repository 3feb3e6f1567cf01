// The tab the sign-in flow's window shows (issue #13 kind 5), marked in storage.session for the
// flow's duration so that nothing in it is read, wherever a federated sign-in takes it (the
// organisation's own identity provider, an MFA page): sso-urls.ts knows only the usual shapes.
// The options page records the flow (auth/sign-in-flow.ts); a tab whose address is on the flow's
// authorize origin while it runs is the flow's. A mark dies with the flow, the tab or the session.
import type { Storage } from 'webextension-polyfill';
import { currentSignInFlow, type SignInFlow } from '../auth/sign-in-flow';

/** Where the marks live in storage.session: tab id → the `startedAt` of the flow it shows. */
export const SIGN_IN_TABS_KEY = 'sign-in-tabs';

/** Tab id (as a string) → the `startedAt` of the sign-in flow whose window shows it. */
export type SignInTabMarks = Readonly<Record<string, number>>;

/**
 * A flow's tab is found this long (ms) after it began at most: the window opens at once, and a
 * flow whose page died without saying so must not mark tabs opened on the authority much later.
 */
export const MARK_WITHIN_MS = 10 * 60_000;

/** Whether tab `tabId` shows the sign-in flow under way (`flow`). */
export function isMarked(
  marks: SignInTabMarks,
  flow: SignInFlow | undefined,
  tabId: number,
): boolean {
  return flow !== undefined && marks[String(tabId)] === flow.startedAt;
}

/**
 * The marks once tab `tabId` was heard at `url` at `now` (epoch ms): marked when a flow is under
 * way, began at most MARK_WITHIN_MS ago and `url` is on its authorize origin; earlier flows' marks
 * are dropped. Undefined when nothing changes.
 */
export function marksAfterUrl(
  marks: SignInTabMarks,
  flow: SignInFlow | undefined,
  tabId: number,
  url: string,
  now: number,
): SignInTabMarks | undefined {
  if (!flow || isMarked(marks, flow, tabId) || now - flow.startedAt > MARK_WITHIN_MS) {
    return undefined;
  }
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  if (origin !== flow.origin) return undefined;
  const kept = Object.entries(marks).filter(([, startedAt]) => startedAt === flow.startedAt);
  return { ...Object.fromEntries(kept), [String(tabId)]: flow.startedAt };
}

/**
 * A flow's window opens within this long (ms) of the flow's start: launchWebAuthFlow opens it at
 * once, and only a popup window opened that soon is taken for it.
 */
export const WINDOW_OPENS_WITHIN_MS = 30_000;

/**
 * The marks once tab `tabId` was created at `now` (epoch ms) in a window of type `windowType`:
 * marked when it is a popup window opened within WINDOW_OPENS_WITHIN_MS of the flow's start.
 * Chromium shows the flow in such a window, and a federated authority may redirect it to the
 * organisation's identity provider before any address on its own origin is reported (seen in the
 * sandbox e2e `signin-federated-not-recorded`: tabs.onUpdated told only the IdP's address).
 * Undefined when nothing changes.
 */
export function marksAfterCreated(
  marks: SignInTabMarks,
  flow: SignInFlow | undefined,
  tabId: number,
  windowType: string | undefined,
  now: number,
): SignInTabMarks | undefined {
  if (!flow || windowType !== 'popup' || now - flow.startedAt > WINDOW_OPENS_WITHIN_MS) {
    return undefined;
  }
  return marksAfterUrl(marks, flow, tabId, flow.origin, now);
}

/** The marks without tab `tabId` (closed), or undefined when it had none. */
export function marksWithout(marks: SignInTabMarks, tabId: number): SignInTabMarks | undefined {
  if (!(String(tabId) in marks)) return undefined;
  return Object.fromEntries(Object.entries(marks).filter(([id]) => id !== String(tabId)));
}

/** The marks kept in `session` (none when nothing was marked). */
async function keptMarks(session: Pick<Storage.StorageArea, 'get'>): Promise<SignInTabMarks> {
  return (
    ((await session.get(SIGN_IN_TABS_KEY))[SIGN_IN_TABS_KEY] as SignInTabMarks | undefined) ?? {}
  );
}

/**
 * Whether tab `tabId` shows the sign-in flow under way, as kept in storage.session (`session`);
 * asked wherever a page in a tab may be read (the injector, the tracker on a page's report).
 * Never throws: a storage failure answers false, and the URL rules (may-read.ts) still hold.
 */
export async function isSignInTab(
  session: Pick<Storage.StorageArea, 'get'>,
  tabId: number,
): Promise<boolean> {
  try {
    const marks = await keptMarks(session);
    // Most tabs carry no mark: the flow record is read only for one that does.
    if (!(String(tabId) in marks)) return false;
    return isMarked(marks, await currentSignInFlow(session), tabId);
  } catch {
    return false;
  }
}

/** A tab as tabs.onCreated gives it: its id, its window and its first address. */
export interface CreatedTab {
  id?: number;
  windowId?: number;
  pendingUrl?: string;
  url?: string;
}

/** What the marks need besides storage.session: the clock, and a window's type by its id. */
export interface SignInTabsDeps {
  /** Epoch ms; Date.now by default. */
  now?: () => number;
  /** `windows.get(id).type` ('normal', 'popup', ...), undefined when unknown; never throws. */
  windowType?: (windowId: number) => Promise<string | undefined>;
}

/**
 * The worker's sign-in tab marks over storage.session: `created` takes each new tab (tabs.onCreated;
 * its window's type is asked only while a flow is under way), `heard` each address a tab shows
 * (tabs.onUpdated's url), `removed` each closed tab. Updates run one at a time; none throws (a
 * storage failure marks nothing, and the URL rules still hold).
 */
export function createSignInTabs(
  session: Pick<Storage.StorageArea, 'get' | 'set'>,
  { now = () => Date.now(), windowType = () => Promise.resolve(undefined) }: SignInTabsDeps = {},
) {
  let queue: Promise<void> = Promise.resolve();
  const update = (next: (marks: SignInTabMarks) => Promise<SignInTabMarks | undefined>) => {
    queue = queue
      .then(async () => {
        const changed = await next(await keptMarks(session));
        if (changed) await session.set({ [SIGN_IN_TABS_KEY]: changed });
      })
      .catch(() => undefined);
    return queue;
  };
  return {
    heard: (tabId: number, url: string): Promise<void> =>
      update(async (marks) =>
        marksAfterUrl(marks, await currentSignInFlow(session), tabId, url, now()),
      ),
    created: (tab: CreatedTab): Promise<void> => {
      const { id: tabId, windowId } = tab;
      if (tabId === undefined) return queue;
      return update(async (marks) => {
        const flow = await currentSignInFlow(session);
        if (!flow) return undefined;
        // A popup's first address may be redirected away before tabs.onUpdated tells any.
        const type = windowId === undefined ? undefined : await windowType(windowId);
        const byWindow = marksAfterCreated(marks, flow, tabId, type, now());
        const url = tab.pendingUrl ?? tab.url;
        return byWindow ?? (url ? marksAfterUrl(marks, flow, tabId, url, now()) : undefined);
      });
    },
    removed: (tabId: number): Promise<void> =>
      update((marks) => Promise.resolve(marksWithout(marks, tabId))),
    /** Whether tab `tabId` shows the flow, once the marks heard so far are kept. */
    async isSignInTab(tabId: number): Promise<boolean> {
      await queue;
      return isSignInTab(session, tabId);
    },
  };
}

/** The worker's sign-in tab marks (createSignInTabs). */
export type SignInTabs = ReturnType<typeof createSignInTabs>;
