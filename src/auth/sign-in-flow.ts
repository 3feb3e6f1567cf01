// The interactive sign-in under way, told to the worker through storage.session (extension pages
// and the worker share it; a worker killed mid-flow finds it again): the worker marks the tab the
// flow's window shows (background/sign-in-tabs.ts) and reads nothing in it, whichever identity
// provider a federated sign-in passes through (issue #13 kind 5).
import type { Storage } from 'webextension-polyfill';

/** Where the flow under way is kept in storage.session; absent when none is. */
export const SIGN_IN_FLOW_KEY = 'sign-in-flow';

/** An interactive sign-in under way. */
export interface SignInFlow {
  /** The origin of the authorize URL the flow's window opens (the authority's). */
  origin: string;
  /** When it began (epoch ms); tells this flow's tab marks from an earlier flow's. */
  startedAt: number;
}

/** The part of storage.session the flow needs. */
export type FlowSession = Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;

/**
 * Records that a sign-in flow is opening `authorizeUrl` (before the window opens, so the worker
 * hears of the flow before its tab). Never throws: without the record, the flow's pages are still
 * refused by URL (sign-in-pages.ts), only unknown identity providers' are not.
 */
export async function beginSignInFlow(
  session: FlowSession,
  authorizeUrl: string,
  now = Date.now(),
): Promise<void> {
  try {
    const flow: SignInFlow = { origin: new URL(authorizeUrl).origin, startedAt: now };
    await session.set({ [SIGN_IN_FLOW_KEY]: flow });
  } catch {
    // A malformed URL (launchWebAuthFlow refuses it too) or no storage.session.
  }
}

/** Records that the flow ended (a grant, an error, the window closed). Never throws. */
export async function endSignInFlow(session: FlowSession): Promise<void> {
  try {
    await session.remove(SIGN_IN_FLOW_KEY);
  } catch {
    // Nothing to forget, or no storage.session: a flow record dies with the browser session.
  }
}

/** The flow under way as kept, or undefined (none, or something that is not one). */
export async function currentSignInFlow(
  session: Pick<Storage.StorageArea, 'get'>,
): Promise<SignInFlow | undefined> {
  const kept: unknown = (await session.get(SIGN_IN_FLOW_KEY))[SIGN_IN_FLOW_KEY];
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { origin, startedAt } = kept as Partial<SignInFlow>;
  return typeof origin === 'string' && typeof startedAt === 'number'
    ? { origin, startedAt }
    : undefined;
}
