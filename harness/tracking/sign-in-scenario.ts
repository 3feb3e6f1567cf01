import type { Page } from 'playwright-core';
import { sandboxBrowserArgs, startTestSandbox } from '../sandbox-browser';
import { configureSandbox, signInAs } from '../sign-in';
import { recordedPages } from '../reading';
import { scenario, type Scenario } from './scenario';

/**
 * Whether the worker holds a mark (storage.session, src/background/sign-in-tabs.ts) for the tab
 * showing `loginUrl`, asked from the extension's options page.
 */
async function markedFlowTab(
  control: Page,
  loginUrl: string,
): Promise<{ tabId?: number; marked: boolean; marks: string }> {
  return control.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    const kept = await chrome.storage.session.get(['sign-in-tabs']);
    const marks = (kept['sign-in-tabs'] ?? {}) as Record<string, number>;
    const marked = tab?.id !== undefined && String(tab.id) in marks;
    return {
      ...(tab?.id === undefined ? {} : { tabId: tab.id }),
      marked,
      marks: JSON.stringify(marks),
    };
  }, loginUrl);
}

/** Long enough on the provider's page that, were it recorded, it would be kept (minimum 5 s). */
const ON_LOGIN_PAGE_SECONDS = 8;

/**
 * Issue #13, kind 5: the sign-in flow the extension opens (the provider's login page, in the
 * window chrome.identity.launchWebAuthFlow shows) is never recorded, however long it is read; the
 * article read before and after it is, exactly. Runs against the local sandbox's real provider,
 * entered in the options page as a user would. `federated`: the authority sends the person on to
 * the organisation's own identity provider (sandbox/oidc/federation.ts), on another origin and a
 * path of no well-known single-sign-on shape, so only the flow's tab mark keeps it unread
 * (src/background/sign-in-tabs.ts).
 */
function signInScenario(name: string, federated: boolean): Scenario {
  const where = federated
    ? "the organisation's identity provider the sign-in is federated to"
    : "the provider's login page";
  return {
    name,
    title: `${name}: an article read, ${String(ON_LOGIN_PAGE_SECONDS)} s on ${where}, the article again: only the article is recorded`,
    run: async (env) => {
      const sandbox = await startTestSandbox({ federated });
      try {
        const A = '/tides.html';
        return await scenario(
          name,
          env,
          { [A]: 1 },
          async ({ person, session, url, check }) => {
            const article = await person.open(url(A));
            await person.read(article, 8);
            await person.lookAway();
            await configureSandbox(session.control, sandbox);
            let loginUrl = '';
            let flowTab: Awaited<ReturnType<typeof markedFlowTab>> = {
              marked: false,
              marks: 'none',
            };
            await signInAs(session.context, session.control, sandbox, 'alice', async (login) => {
              await login.waitForLoadState('load');
              loginUrl = login.url();
              await person.read(login, ON_LOGIN_PAGE_SECONDS);
              flowTab = await markedFlowTab(session.control, loginUrl);
            });
            await person.read(article, 8);
            await person.lookAway();
            check(
              "the worker marked the flow window's tab as the sign-in's (read nothing in it)",
              flowTab.marked,
              `tab ${String(flowTab.tabId)}, marks ${flowTab.marks}`,
            );
            check(
              'the login page was read long enough to be kept, were it recorded',
              person.trueSeconds(loginUrl) >= 5,
              `${person.trueSeconds(loginUrl).toFixed(2)} s on ${loginUrl}`,
            );
            const provider = new URL(sandbox.authority).origin;
            const loginOrigin = new URL(loginUrl).origin;
            if (federated) {
              check(
                "the login page was the organisation's, on another origin",
                loginOrigin !== provider,
                loginUrl,
              );
            }
            const fromFlow = (await recordedPages(session.control)).filter((activity) =>
              [provider, loginOrigin].includes(new URL(activity.metadata.url).origin),
            );
            check(
              'nothing from the sign-in flow is recorded',
              fromFlow.length === 0,
              fromFlow.map((a) => a.metadata.url).join(', ') ||
                `none from ${[...new Set([provider, loginOrigin])].join(' or ')}`,
            );
          },
          sandboxBrowserArgs(sandbox),
        );
      } finally {
        await sandbox.stop();
      }
    },
  };
}

/** The sign-in flow on the provider's own login page (the authority's origin). */
export const SIGN_IN_SCENARIO: Scenario = signInScenario('signin-not-recorded', false);

/** The sign-in flow federated to the organisation's identity provider on another origin. */
export const FEDERATED_SIGN_IN_SCENARIO: Scenario = signInScenario(
  'signin-federated-not-recorded',
  true,
);
