import { sandboxBrowserArgs, startTestSandbox } from '../sandbox-browser';
import { configureSandbox, signInAs } from '../sign-in';
import { recordedPages } from '../reading';
import { scenario, type Scenario } from './scenario';

/** Long enough on the provider's page that, were it recorded, it would be kept (minimum 5 s). */
const ON_LOGIN_PAGE_SECONDS = 8;

/**
 * Issue #13, kind 5: the sign-in flow the extension opens (the provider's login page, in the
 * window chrome.identity.launchWebAuthFlow shows) is never recorded, however long it is read; the
 * article read before and after it is, exactly. Runs against the local sandbox's real provider,
 * entered in the options page as a user would.
 */
export const SIGN_IN_SCENARIO: Scenario = {
  name: 'signin-not-recorded',
  title: `signin-not-recorded: an article read, ${String(ON_LOGIN_PAGE_SECONDS)} s on the provider's login page, the article again: only the article is recorded`,
  run: async (env) => {
    const sandbox = await startTestSandbox();
    try {
      const A = '/tides.html';
      return await scenario(
        'signin-not-recorded',
        env,
        { [A]: 1 },
        async ({ person, session, url, check }) => {
          const article = await person.open(url(A));
          await person.read(article, 8);
          await person.lookAway();
          await configureSandbox(session.control, sandbox);
          let loginUrl = '';
          await signInAs(session.context, session.control, sandbox, 'alice', async (login) => {
            await login.waitForLoadState('load');
            loginUrl = login.url();
            await person.read(login, ON_LOGIN_PAGE_SECONDS);
          });
          await person.read(article, 8);
          await person.lookAway();
          check(
            'the login page was read long enough to be kept, were it recorded',
            person.trueSeconds(loginUrl) >= 5,
            `${person.trueSeconds(loginUrl).toFixed(2)} s on ${loginUrl}`,
          );
          const provider = new URL(sandbox.authority).origin;
          const fromProvider = (await recordedPages(session.control)).filter((activity) =>
            activity.metadata.url.startsWith(`${provider}/`),
          );
          check(
            'nothing from the sign-in flow is recorded',
            fromProvider.length === 0,
            fromProvider.map((a) => a.metadata.url).join(', ') || `none from ${provider}`,
          );
        },
        sandboxBrowserArgs(sandbox),
      );
    } finally {
      await sandbox.stop();
    }
  },
};
