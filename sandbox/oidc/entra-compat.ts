// Where oidc-provider is made to behave as Entra ID does for a public client: its accounts and
// claims, silent consent, and refresh tokens whenever offline_access is asked for.
import type { Account, Grant, KoaContextWithOIDC } from 'oidc-provider';
import { USER_ACTIVITY_SCOPE } from '../graph/auth';
import { SANDBOX_TENANT_ID, type SandboxUser, userByOid } from '../users';
import {
  GRAPH_AUDIENCE,
  OIDC_SCOPES,
  RELAY_APP_ROLES,
  RELAY_GRAPH_CLIENT_ID,
} from './registration';

/** The oidc-provider account of a sandbox user, with the claims Entra's ID tokens carry. */
export function accountFor(user: SandboxUser): Account {
  return {
    accountId: user.oid,
    claims: () => ({
      sub: user.oid,
      oid: user.oid,
      tid: SANDBOX_TENANT_ID,
      name: user.displayName,
      preferred_username: user.username,
      email: user.username,
    }),
  };
}

/** Claims Entra puts in Graph access tokens and the Graph server relies on. */
export function entraClaims(token: {
  kind: string;
  accountId?: string;
  clientId?: string;
  scope?: string;
}): Record<string, unknown> | undefined {
  if (token.kind === 'ClientCredentials') {
    // Entra's app-only token: application permissions in `roles`, no `scp`, idtyp "app".
    return {
      roles: token.clientId === RELAY_GRAPH_CLIENT_ID ? RELAY_APP_ROLES : [],
      tid: SANDBOX_TENANT_ID,
      azp: token.clientId,
      appid: token.clientId,
      idtyp: 'app',
      ver: '2.0',
    };
  }
  if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
  const user = userByOid(token.accountId);
  return {
    scp: token.scope ?? '',
    oid: token.accountId,
    tid: SANDBOX_TENANT_ID,
    azp: token.clientId,
    ver: '2.0',
    ...(user ? { name: user.displayName, preferred_username: user.username } : {}),
  };
}

/**
 * Sandbox users consent to everything the client asks for, so no consent screen ever shows: the
 * grant is created or widened on each authorization request.
 */
export async function autoConsent(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
  const { oidc } = ctx;
  const accountId = oidc.session?.accountId;
  const clientId = oidc.client?.clientId;
  if (!accountId || !clientId) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
  let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  // After select_account the session may belong to someone else than the old grant.
  if (grant?.accountId !== accountId || grant.clientId !== clientId) {
    grant = new oidc.provider.Grant({ accountId, clientId });
  }
  const scopeParam = oidc.params?.scope;
  const requested = (typeof scopeParam === 'string' ? scopeParam : '').split(' ').filter(Boolean);
  const oidcScopes = requested.filter((s) => OIDC_SCOPES.has(s));
  if (oidcScopes.length) grant.addOIDCScope(oidcScopes.join(' '));
  if (requested.includes(USER_ACTIVITY_SCOPE)) {
    grant.addResourceScope(GRAPH_AUDIENCE, USER_ACTIVITY_SCOPE);
  }
  await grant.save();
  return grant;
}

/**
 * oidc-provider drops offline_access (so no refresh token) unless the request carries
 * prompt=consent; Entra issues refresh tokens whenever offline_access is asked for. Adding the
 * consent prompt here is resolved silently by the interaction handler, so the observable
 * behaviour matches Entra. prompt=none is left alone (it must stay alone).
 */
export function withRefreshTokenPrompt(path: string): string {
  const q = path.indexOf('?');
  if (q === -1 || path.slice(0, q) !== '/authorize') return path;
  const params = new URLSearchParams(path.slice(q + 1));
  const scopes = (params.get('scope') ?? '').split(' ');
  const prompts = (params.get('prompt') ?? '').split(' ').filter(Boolean);
  if (
    !scopes.includes('offline_access') ||
    prompts.includes('none') ||
    prompts.includes('consent')
  ) {
    return path;
  }
  params.set('prompt', [...prompts, 'consent'].join(' '));
  return `/authorize?${params.toString()}`;
}
