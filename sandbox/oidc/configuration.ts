// oidc-provider's configuration for the sandbox: one object, best read whole, standing in for Entra
// ID (clients, scopes, claims, lifetimes, resource servers, pages). The server around it is
// provider.ts; what makes it behave as Entra is entra-compat.ts, the registration registration.ts.
import { randomBytes } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import type { Account, ClientLike, Configuration, KoaContextWithOIDC, Policy } from 'oidc-provider';
import { USER_ACTIVITY_SCOPE } from '../graph/auth';
import { userByOid } from '../users';
import type { MemoryStorage } from './adapter';
import { accountFor, autoConsent, entraClaims } from './entra-compat';
import { renderLogoutPage, renderMessagePage } from './login-page';
import {
  isAllowedOrigin,
  OIDC_SCOPES,
  SANDBOX_CLIENT_ID,
  OTHER_APP_CLIENT_ID,
  GRAPH_AUDIENCE,
  GRAPH_DEFAULT_SCOPE,
  RELAY_API_AUDIENCE,
  RELAY_API_SCOPE,
  RELAY_GRAPH_CLIENT_ID,
  RELAY_GRAPH_CLIENT_SECRET,
} from './registration';

/** The oidc-provider package's module namespace. */
export type OidcModule = typeof import('oidc-provider');
let oidcModule: Promise<OidcModule> | undefined;

/**
 * oidc-provider prints "Unsupported runtime" on import under Node 20 (it works there; the project
 * pins Node 20). That one line is filtered so test output stays readable.
 */
export function loadOidcProvider(): Promise<OidcModule> {
  oidcModule ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('Unsupported runtime')) return;
      warn(...args);
    };
    try {
      return await import('oidc-provider');
    } finally {
      console.warn = warn;
    }
  })();
  return oidcModule;
}

/** What the configuration takes from the running provider; lifetimes are read at each use. */
export interface ConfigurationInputs {
  storage: MemoryStorage;
  /** The issuer's path, which the interaction pages live under. */
  mountPath: string;
  /** The private signing key, as a JWK with its kid. */
  privateJwk: JsonWebKey;
  /** The interaction policy (the base one with select_account added). */
  policy: Policy;
  /** oidc-provider's InvalidTarget error, thrown for a resource that is neither Graph nor the relay. */
  invalidTarget: new () => Error;
  /** Access-token lifetime in seconds, as set now (the admin API changes it). */
  accessTokenTtlSec: () => number;
  /** Fixed refresh-token lifetime in seconds for tokens issued from now on. */
  refreshTokenTtlSec: () => number;
}

/** The oidc-provider configuration standing in for Entra ID for the sandbox's clients. */
export function providerConfiguration(inputs: ConfigurationInputs): Configuration {
  const client = (clientId: string) => ({
    client_id: clientId,
    application_type: 'web',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    // Placeholder; Client.prototype.redirectUriAllowed below accepts any extension redirect URI.
    redirect_uris: ['https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.chromiumapp.org/'],
    post_logout_redirect_uris: ['https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.chromiumapp.org/'],
  });

  return {
    adapter: (name: string) => inputs.storage.adapterFor(name),
    clients: [
      client(SANDBOX_CLIENT_ID),
      client(OTHER_APP_CLIENT_ID),
      {
        client_id: RELAY_GRAPH_CLIENT_ID,
        client_secret: RELAY_GRAPH_CLIENT_SECRET,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [inputs.privateJwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: [...OIDC_SCOPES],
    claims: {
      openid: ['sub', 'oid', 'tid'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
    },
    // MSAL builds its account from the id_token, so profile claims go there, as Entra does.
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, id: string): Account | undefined => {
      const user = userByOid(id);
      return user && accountFor(user);
    },
    loadExistingGrant: (ctx: KoaContextWithOIDC) => autoConsent(ctx),
    issueRefreshToken: (ctx: KoaContextWithOIDC, client: ClientLike, code: RefreshSource) =>
      issuesRefreshToken(ctx, client, code),
    extraTokenClaims: (
      _ctx: unknown,
      token: { kind: string; accountId?: string; clientId?: string; scope?: string },
    ) => entraClaims(token),
    clientBasedCORS: (_ctx: unknown, origin: string) => isAllowedOrigin(origin),
    interactions: {
      policy: inputs.policy,
      url: (_ctx: unknown, interaction: { uid: string }) =>
        `${inputs.mountPath}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = renderLogoutPage(form);
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = renderMessagePage('Signed out', 'You have signed out of the sandbox.');
        },
      },
      revocation: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // MSAL sends no `resource`: Graph is implied, as with Entra's v2 endpoint.
        defaultResource: () => GRAPH_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string, client?: ClientLike) => {
          if (resource === RELAY_API_AUDIENCE) {
            return resourceServerInfo(
              inputs.accessTokenTtlSec(),
              RELAY_API_SCOPE,
              RELAY_API_AUDIENCE,
            );
          }
          if (resource !== GRAPH_AUDIENCE) throw new inputs.invalidTarget();
          // The relay app asks as Entra daemons do: scope=https://graph.microsoft.com/.default.
          if (client?.clientId === RELAY_GRAPH_CLIENT_ID) {
            return resourceServerInfo(inputs.accessTokenTtlSec(), GRAPH_DEFAULT_SCOPE);
          }
          return resourceServerInfo(inputs.accessTokenTtlSec());
        },
      },
    },
    ttl: {
      AccessToken: () => inputs.accessTokenTtlSec(),
      ClientCredentials: () => inputs.accessTokenTtlSec(),
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 14 * 24 * 3600,
      RefreshToken: (
        ctx:
          { oidc?: { entities?: { RotatedRefreshToken?: { remainingTTL: number } } } } | undefined,
      ) => ctx?.oidc?.entities?.RotatedRefreshToken?.remainingTTL ?? inputs.refreshTokenTtlSec(),
    },
    routes: {
      authorization: '/authorize',
      token: '/token',
      jwks: '/keys',
      end_session: '/logout',
      userinfo: '/userinfo',
      revocation: '/revoke',
    },
    renderError: (ctx: KoaContextWithOIDC, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = renderMessagePage(
        'Sign-in error',
        `${out.error ?? 'error'}: ${out.error_description ?? ''}`,
      );
    },
  };
}

/**
 * The resource server oidc-provider issues Graph access tokens for: audience, scope, lifetime (s).
 */
export function resourceServerInfo(
  accessTokenTtlSec: number,
  scope = USER_ACTIVITY_SCOPE,
  audience = GRAPH_AUDIENCE,
): {
  scope: string;
  audience: string;
  accessTokenTTL: number;
  accessTokenFormat: 'jwt';
  jwt: { sign: { alg: string } };
} {
  return {
    scope,
    audience,
    accessTokenTTL: accessTokenTtlSec,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  };
}

/** What oidc-provider hands to `issueRefreshToken` (the code or token being redeemed). */
interface RefreshSource {
  scopes: Set<string>;
}

/**
 * Entra issues a refresh token whenever offline_access is asked for, also for a silent
 * (prompt=none) request. oidc-provider drops offline_access from any request whose prompt lacks
 * `consent`, and prompt=none cannot carry another value; so a code from a silent request gets a
 * refresh token when the user's grant for this client already holds offline_access (it was
 * consented at the interactive sign-in).
 */
function issuesRefreshToken(
  ctx: KoaContextWithOIDC,
  client: ClientLike,
  code: RefreshSource,
): boolean {
  if (!client.grantTypeAllowed('refresh_token')) return false;
  if (code.scopes.has('offline_access')) return true;
  const grant = ctx.oidc.entities.Grant;
  return grant?.getOIDCScope().split(' ').includes('offline_access') ?? false;
}
