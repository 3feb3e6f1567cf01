import { describe, expect, it } from 'vitest';
import { beginSignInFlow, endSignInFlow } from '../auth/sign-in-flow';
import { mayRead } from './may-read';
import {
  createSignInTabs,
  isSignInTab,
  MARK_WITHIN_MS,
  WINDOW_OPENS_WITHIN_MS,
} from './sign-in-tabs';
import { memorySession } from './testing/memory-session';

const AUTHORIZE = 'https://127.0.0.1:8443/oidc/auth?client_id=c&response_type=code&state=s';
const auth = { clientId: 'c', tenant: 'https://127.0.0.1:8443/oidc' };
const reading = { paused: false, excludedSites: [] };
// An identity provider on the organisation's own host, of no shape sso-urls.ts knows: only the
// tab's mark keeps it from being read.
const COMPANY_IDP = 'https://id.contoso.example/login?next=%2Fcontinue';
const FLOW_TAB = 41;
const OTHER_TAB = 7;
/** Window ids by type, and the type of each, as windows.get would answer. */
const WINDOW = { normal: 1, popup: 2 } as const;
const typeOf = (windowId: number): Promise<string | undefined> =>
  Promise.resolve(windowId === WINDOW.popup ? 'popup' : 'normal');

/** A flow begun at `t0`; the flow's window opened in FLOW_TAB, then went to the company IdP. */
async function flowThroughCompanyIdp(t0 = 1_000_000) {
  const session = memorySession();
  let now = t0;
  const tabs = createSignInTabs(session, { now: () => now, windowType: typeOf });
  await beginSignInFlow(session, AUTHORIZE, t0);
  now += 300;
  await tabs.heard(FLOW_TAB, AUTHORIZE);
  now += 2_000;
  await tabs.heard(FLOW_TAB, COMPANY_IDP);
  await tabs.heard(OTHER_TAB, 'https://news.example/story');
  return { session, tabs, advance: (ms: number) => (now += ms) };
}

describe('sign-in tabs (the flow window is never read, wherever it goes)', () => {
  it('reads nothing in the flow’s tab, though its address is one mayRead allows', async () => {
    const { tabs } = await flowThroughCompanyIdp();
    expect(mayRead(COMPANY_IDP, reading, auth)).toBe(true);
    expect(await tabs.isSignInTab(FLOW_TAB)).toBe(true);
    expect(await tabs.isSignInTab(OTHER_TAB)).toBe(false);
  });

  it('keeps the mark for a worker killed and started again (storage.session)', async () => {
    const { session } = await flowThroughCompanyIdp();
    expect(await isSignInTab(session, FLOW_TAB)).toBe(true);
    expect(await createSignInTabs(session).isSignInTab(FLOW_TAB)).toBe(true);
  });

  it('ends with the flow, and with the tab', async () => {
    const ended = await flowThroughCompanyIdp();
    await endSignInFlow(ended.session);
    expect(await ended.tabs.isSignInTab(FLOW_TAB)).toBe(false);
    const closed = await flowThroughCompanyIdp();
    await closed.tabs.removed(FLOW_TAB);
    expect(await closed.tabs.isSignInTab(FLOW_TAB)).toBe(false);
  });

  it('marks no tab without a flow, for another origin, or long after the flow began', async () => {
    const session = memorySession();
    let now = 5_000_000;
    const tabs = createSignInTabs(session, { now: () => now, windowType: typeOf });
    await tabs.heard(1, AUTHORIZE);
    await beginSignInFlow(session, AUTHORIZE, now);
    await tabs.heard(2, 'https://127.0.0.1:9000/article');
    now += MARK_WITHIN_MS + 1;
    await tabs.heard(3, AUTHORIZE);
    for (const tab of [1, 2, 3]) expect(await tabs.isSignInTab(tab)).toBe(false);
  });

  it('does not carry an earlier flow’s tab into a new flow', async () => {
    const { session, tabs, advance } = await flowThroughCompanyIdp();
    await beginSignInFlow(session, AUTHORIZE, advance(60_000));
    expect(await tabs.isSignInTab(FLOW_TAB)).toBe(false);
    await tabs.heard(OTHER_TAB, AUTHORIZE);
    expect(await tabs.isSignInTab(OTHER_TAB)).toBe(true);
    expect(Object.keys(session.data['sign-in-tabs'] as object)).toEqual([String(OTHER_TAB)]);
  });

  it('marks the popup window a flow opens, though it never showed the authority’s address', async () => {
    // Chromium: the authority redirected the window straight on to the company IdP.
    const session = memorySession();
    let now = 9_000_000;
    const tabs = createSignInTabs(session, { now: () => now, windowType: typeOf });
    await tabs.created({ id: 1, windowId: WINDOW.popup });
    await beginSignInFlow(session, AUTHORIZE, now);
    now += 400;
    await tabs.created({ id: 2, windowId: WINDOW.normal });
    await tabs.created({ id: 3, windowId: WINDOW.popup });
    await tabs.heard(3, COMPANY_IDP);
    now += WINDOW_OPENS_WITHIN_MS;
    await tabs.created({ id: 4, windowId: WINDOW.popup });
    const marked = [];
    for (const tab of [1, 2, 3, 4]) if (await tabs.isSignInTab(tab)) marked.push(tab);
    expect(marked).toEqual([3]);
  });
});
