// The sandbox's OpenID Connect provider: the certified `oidc-provider` package, configured to stand
// in for Entra ID for one public client (the extension). Authorization code + PKCE, refresh tokens,
// discovery and JWKS; access tokens are JWTs for the Graph audience carrying Entra-style claims
// (`scp`, `oid`, `tid`, `azp`). Served over HTTPS on 127.0.0.1 under an Entra-like issuer path
// https://127.0.0.1:PORT/<tenant>/v2.0. oidc-provider's configuration object is configuration.ts;
// the token endpoint's own answers are token-endpoint.ts; tokens minted outside a sign-in are
// access-token.ts.
import { generateKeyPair, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import type { ClientLike, Provider as ProviderType } from 'oidc-provider';
import type { SandboxCertificate } from '../cert';
import { closeServer, listen, LOOPBACK } from '../http-util';
import { SANDBOX_TENANT_ID, sandboxUser, type SandboxUser } from '../users';
import { type IssueTokenOptions, mintAccessToken } from './access-token';
import { MemoryStorage } from './adapter';
import { loadOidcProvider, providerConfiguration } from './configuration';
import { Federation, handleOrgIdp, ORG_IDP_PATH } from './federation';
import { handleInteraction } from './interactions';
import { withRefreshTokenPrompt } from './entra-compat';
import { renderMessagePage } from './login-page';
import { DEFAULT_ACCESS_TOKEN_TTL, isAllowedRedirectUri, REFRESH_TOKEN_TTL } from './registration';
import { answerOwnTokenRequest } from './token-endpoint';

/** How the OpenID provider runs: port, certificate, access token lifetime (s), quiet logging. */
export interface IdentityProviderOptions {
  port: number;
  certificate: SandboxCertificate;
  accessTokenTtlSec?: number;
  quiet?: boolean;
  /** Signs every user in through the organisation's identity provider (federation.ts). */
  federated?: boolean;
}

const generateKeyPairAsync = promisify(generateKeyPair);

/** The sandbox's OpenID provider (oidc-provider) standing in for Entra ID. */
export class IdentityProvider {
  /** User signed in without the login page, or null to show it (see setAutoLogin). */
  autoLogin: string | null = null;
  accessTokenTtlSec: number;
  readonly #initialAccessTokenTtl: number;
  /**
   * Fixed lifetime (seconds) of refresh tokens issued from now on, counted from the sign-in that
   * started them: rotation does not extend it (Entra's 24 h for SPAs; tests set seconds).
   */
  refreshTokenTtlSec = REFRESH_TOKEN_TTL;

  readonly storage = new MemoryStorage();
  readonly #server: Server;
  readonly #quiet: boolean;
  #provider: ProviderType | undefined;
  #publicJwks: { keys: Record<string, unknown>[] } = { keys: [] };
  #origin = '';
  /** The organisation's identity provider sign-ins pass through, when started `federated`. */
  federation: Federation | undefined;

  private constructor(options: IdentityProviderOptions) {
    this.accessTokenTtlSec = options.accessTokenTtlSec ?? DEFAULT_ACCESS_TOKEN_TTL;
    this.#initialAccessTokenTtl = this.accessTokenTtlSec;
    this.#quiet = options.quiet ?? false;
    this.#server = createServer(
      { key: options.certificate.keyPem, cert: options.certificate.certPem },
      (req, res) => {
        this.#route(req, res).catch((error: unknown) => {
          this.#report(error);
          if (!res.headersSent) {
            res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
            res.end(renderMessagePage('Sandbox error', 'The sandbox provider failed.'));
          }
        });
      },
    );
  }

  /** Starts the provider over HTTPS on 127.0.0.1:`options.port` (0: any free port). */
  static async start(options: IdentityProviderOptions): Promise<IdentityProvider> {
    const idp = new IdentityProvider(options);
    const port = await listen(idp.#server, options.port);
    idp.#origin = `https://${LOOPBACK}:${port}`;
    // Another origin on the same server (the certificate covers localhost too).
    if (options.federated) idp.federation = new Federation(`https://localhost:${String(port)}`);
    try {
      await idp.#configure();
    } catch (error) {
      await closeServer(idp.#server);
      throw error;
    }
    return idp;
  }

  /** Path every provider route lives under (the issuer's path). */
  get mountPath(): string {
    return `/${SANDBOX_TENANT_ID}/v2.0`;
  }

  /** The issuer, also the MSAL authority: https://127.0.0.1:PORT/<tenant>/v2.0 */
  get issuer(): string {
    return `${this.#origin}${this.mountPath}`;
  }

  /** https://127.0.0.1:PORT, once started. */
  get origin(): string {
    return this.#origin;
  }

  /** Public signing keys (what /keys serves), for verifying tokens in-process. */
  get jwks(): { keys: Record<string, unknown>[] } {
    return this.#publicJwks;
  }

  /** The oidc-provider instance; throws before start(). */
  get provider(): ProviderType {
    if (!this.#provider) throw new Error('provider not started');
    return this.#provider;
  }

  /** Stops the HTTPS server. */
  async close(): Promise<void> {
    await closeServer(this.#server);
  }

  #report(error: unknown): void {
    if (!this.#quiet) console.error('[sandbox idp]', error);
  }

  async #configure(): Promise<void> {
    const { default: Provider, errors, interactionPolicy } = await loadOidcProvider();
    const { privateKey, publicKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
    const kid = randomBytes(8).toString('hex');
    const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
    this.#publicJwks = {
      keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }],
    };

    // prompt=select_account is what MSAL sends to let the user pick an account; oidc-provider
    // does not know it by default. It is resolved by the login page.
    const policy = interactionPolicy.base();
    policy.add(new interactionPolicy.Prompt({ name: 'select_account', requestable: true }), 0);

    const configuration = providerConfiguration({
      storage: this.storage,
      mountPath: this.mountPath,
      privateJwk,
      policy,
      invalidTarget: errors.InvalidTarget as new () => Error,
      accessTokenTtlSec: () => this.accessTokenTtlSec,
      refreshTokenTtlSec: () => this.refreshTokenTtlSec,
    });

    const provider = new Provider(this.issuer, configuration);
    const allowed = provider.Client.prototype;
    allowed.redirectUriAllowed = isAllowedRedirectUri;
    allowed.postLogoutRedirectUriAllowed = isAllowedRedirectUri;
    provider.on('server_error', (_ctx, error) => {
      this.#report(error);
    });
    this.#provider = provider;
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const mount = this.mountPath;
    if (url === '/' || url === '/ca.pem') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(renderMessagePage('Reading Timeline sandbox', `Issuer: ${this.issuer}`));
      return;
    }
    if (this.federation && url.startsWith(`${ORG_IDP_PATH}?`)) {
      const back = (uid: string): string => `${this.issuer}/interaction/${uid}/federated`;
      await handleOrgIdp(this.federation, back, req, res, url);
      return;
    }
    if (!url.startsWith(`${mount}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(renderMessagePage('Not found', 'No such page on the sandbox provider.'));
      return;
    }
    const inner = url.slice(mount.length);
    if (inner.startsWith('/interaction/')) {
      await handleInteraction(this, req, res, inner.slice('/interaction/'.length));
      return;
    }
    if (
      req.method === 'POST' &&
      inner === '/token' &&
      (await answerOwnTokenRequest(this, req, res))
    ) {
      return;
    }
    // Mounted under the issuer path: oidc-provider derives its URLs from originalUrl vs url.
    const rewritten = withRefreshTokenPrompt(inner);
    Object.assign(req, { originalUrl: `${mount}${rewritten}`, url: rewritten });
    await this.provider.callback()(req, res);
  }

  /** Test switches back to their start values (sessions and grants are kept: see endSession). */
  reset(): void {
    this.autoLogin = null;
    this.accessTokenTtlSec = this.#initialAccessTokenTtl;
    this.refreshTokenTtlSec = REFRESH_TOKEN_TTL;
  }

  /** The user the login page would be skipped for, given the request's login_hint. */
  autoLoginUser(loginHint: unknown): SandboxUser | undefined {
    if (this.autoLogin === null) return undefined;
    if (typeof loginHint === 'string' && loginHint !== '') {
      try {
        return sandboxUser(loginHint);
      } catch {
        // Not a sandbox user name: fall back to the configured user.
      }
    }
    return sandboxUser(this.autoLogin);
  }

  /**
   * Ends every provider session of the user and, unless `keepGrants`, revokes their grants
   * (refresh tokens die). With `keepGrants` it is the user signing out of the provider in the
   * browser: issued refresh tokens still work, but no sign-in can complete without the user.
   */
  endSession(userName: string, { keepGrants = false } = {}): { sessions: number; grants: number } {
    const { oid } = sandboxUser(userName);
    let sessions = 0;
    let grants = 0;
    const sessionMap = this.storage.model('Session');
    for (const [id, payload] of this.storage.live('Session')) {
      if (payload.accountId === oid) {
        sessionMap.delete(id);
        sessions++;
      }
    }
    for (const [id, payload] of keepGrants ? [] : this.storage.live('Grant')) {
      if (payload.accountId === oid) {
        this.storage.revokeGrant(id);
        grants++;
      }
    }
    return { sessions, grants };
  }

  /** A real access token, minted by the provider's own AccessToken model (same keys, claims). */
  issueAccessToken(userName: string, options: IssueTokenOptions = {}): Promise<string> {
    return mintAccessToken(this.provider, this.accessTokenTtlSec, userName, options);
  }
}

export type { ClientLike, IssueTokenOptions };
