// What oidc-provider hands to the "interaction" URL: sign-in (the login page, or nobody at all
// when auto-login is on) and consent (always granted silently for sandbox users).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, InteractionResults } from 'oidc-provider';
import { readBody } from '../http-util';
import { sandboxUser, type SandboxUser } from '../users';
import { renderLoginPage, renderMessagePage, sendHtml } from './login-page';
import type { Provider } from 'oidc-provider';
import type { Federation } from './federation';

const expired = (res: ServerResponse): void => {
  sendHtml(
    res,
    400,
    renderMessagePage(
      'Sign-in expired',
      'This sign-in request has expired or was already completed. Start the sign-in again.',
    ),
  );
};

/** What the sign-in pages need of the provider (IdentityProvider). */
export interface InteractionHost {
  readonly provider: Provider;
  /** Path every provider route lives under (the issuer's path). */
  readonly mountPath: string;
  /** The user the login page is skipped for, given the request's login_hint (setAutoLogin). */
  autoLoginUser(loginHint: unknown): SandboxUser | undefined;
  /** The organisation's identity provider every sign-in goes through, if federated. */
  readonly federation: Federation | undefined;
}

/** Answers a sign-in page request under `/interaction/`; `rest` is the path after it. */
export async function handleInteraction(
  idp: InteractionHost,
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
): Promise<void> {
  const provider = idp.provider;
  const [uid = '', action] = (rest.split('?')[0] ?? '').split('/');
  let details: Interaction;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    expired(res);
    return;
  }
  if (details.uid !== uid) {
    expired(res);
    return;
  }
  const prompt = details.prompt.name;
  const finish = (result: InteractionResults): Promise<void> =>
    provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
  const finishLogin = (user: SandboxUser): Promise<void> =>
    finish({
      login: { accountId: user.oid },
      ...(prompt === 'select_account' ? { select_account: {} } : {}),
    });

  if (req.method === 'GET' && action === undefined) {
    if (prompt === 'login' || prompt === 'select_account') {
      const auto = idp.autoLoginUser(details.params.login_hint);
      if (auto) {
        await finishLogin(auto);
        return;
      }
      if (idp.federation) {
        // A federated domain: the person signs in at their organisation's identity provider.
        res.writeHead(302, {
          Location: idp.federation.signInUrl(uid),
          'Cache-Control': 'no-store',
        });
        res.end();
        return;
      }
      sendHtml(res, 200, loginPage(idp, details));
      return;
    }
    if (prompt === 'consent') {
      await finish({ consent: { grantId: await grantEverything(idp, details) } });
      return;
    }
    await finish({ error: 'access_denied', error_description: `unsupported prompt: ${prompt}` });
    return;
  }

  if (req.method === 'GET' && action === 'federated' && idp.federation) {
    // Back from the organisation's identity provider with its signed assertion.
    const params = new URL(req.url ?? '', 'https://sandbox.invalid').searchParams;
    const user = idp.federation.verify(
      uid,
      params.get('user') ?? '',
      params.get('assertion') ?? '',
    );
    if (user) await finishLogin(user);
    else sendHtml(res, 400, renderMessagePage('Sign-in refused', 'The assertion did not verify.'));
    return;
  }

  if (req.method === 'POST' && action === 'login') {
    const body = await readBody(req, 16 * 1024);
    const username = body.ok
      ? new URLSearchParams(body.data.toString('utf8')).get('username')
      : null;
    let user: SandboxUser;
    try {
      user = sandboxUser(username ?? '');
    } catch {
      sendHtml(res, 400, loginPage(idp, details, `Unknown user '${username ?? ''}'.`));
      return;
    }
    await finishLogin(user);
    return;
  }

  sendHtml(res, 405, renderMessagePage('Not allowed', 'This sign-in step does not accept that.'));
}

const stringParam = (value: unknown): string => (typeof value === 'string' ? value : '');

function loginPage(idp: InteractionHost, details: Interaction, error?: string): string {
  const hint = details.params.login_hint;
  let selected: string | undefined;
  if (typeof hint === 'string') {
    try {
      selected = sandboxUser(hint).name;
    } catch {
      selected = undefined;
    }
  }
  return renderLoginPage({
    action: `${idp.mountPath}/interaction/${details.uid}/login`,
    clientId: stringParam(details.params.client_id),
    prompt: details.prompt.name,
    ...(selected === undefined ? {} : { selected }),
    ...(error === undefined ? {} : { error }),
  });
}

/** Grants whatever the consent prompt found missing (sandbox users consent to everything). */
async function grantEverything(idp: InteractionHost, details: Interaction): Promise<string> {
  const { Grant } = idp.provider;
  const accountId = details.session?.accountId;
  const clientId = stringParam(details.params.client_id);
  if (!accountId) throw new Error('consent without a signed-in account');
  let grant = details.grantId ? await Grant.find(details.grantId) : undefined;
  if (grant?.accountId !== accountId) grant = new Grant({ accountId, clientId });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope?.length) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims?.length) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(' '));
  }
  return grant.save();
}
