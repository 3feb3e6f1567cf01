// oidc-provider 9 ships no type declarations (and @types/oidc-provider is not installed), so this
// declares just the surface the sandbox uses. Keep it narrow: anything not listed here is unused.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface AdapterPayload {
    [key: string]: unknown;
    accountId?: string;
    grantId?: string;
    uid?: string;
    userCode?: string;
    consumed?: number;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface ClientLike {
    clientId: string;
    redirectUris: string[];
    clientAuthMethod: string;
    grantTypeAllowed(type: string): boolean;
  }

  export interface Grant {
    jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    /** Space-separated OpenID scopes granted (openid, offline_access, …). */
    getOIDCScope(): string;
    save(): Promise<string>;
  }

  export interface GrantConstructor {
    new (init: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  /** A stored refresh token (the fields the sandbox reads). */
  export interface RefreshToken {
    accountId?: string;
    clientId?: string;
    grantId?: string;
    readonly isExpired: boolean;
    consumed?: unknown;
  }

  export interface RefreshTokenConstructor {
    find(value: string): Promise<RefreshToken | undefined>;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg?: string } };
  }

  export interface ResourceServer {
    audience?: string;
    scope?: string;
  }

  export interface ResourceServerConstructor {
    new (identifier: string, info: ResourceServerInfo): ResourceServer;
  }

  export interface AccessToken {
    kind: string;
    accountId?: string;
    clientId?: string;
    scope?: string;
    save(): Promise<string>;
  }

  export interface AccessTokenConstructor {
    new (init: {
      accountId: string;
      client: ClientLike;
      grantId: string;
      scope: string;
      resourceServer: ResourceServer;
      gty?: string;
      iat?: number;
      exp?: number;
      expiresIn?: number;
    }): AccessToken;
  }

  export interface ClientConstructor {
    find(id: string): Promise<ClientLike | undefined>;
    prototype: {
      redirectUriAllowed(value: string): boolean;
      postLogoutRedirectUriAllowed(value: string): boolean;
    };
  }

  export interface Interaction {
    uid: string;
    prompt: {
      name: string;
      reasons: string[];
      details: {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
        login_hint?: string;
      };
    };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }

  export interface InteractionResults {
    login?: { accountId: string; remember?: boolean };
    consent?: { grantId: string };
    select_account?: Record<string, never>;
    error?: string;
    error_description?: string;
  }

  export interface OidcSession {
    accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  export interface KoaContextWithOIDC {
    method: string;
    path: string;
    body: unknown;
    type: string;
    oidc: {
      route?: string;
      provider: Provider;
      client?: ClientLike;
      session?: OidcSession;
      params?: Record<string, unknown>;
      result?: InteractionResults;
      /** Models loaded for this request (the token endpoint's Grant, …). */
      entities: { Grant?: Grant };
    };
  }

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): AccountClaims | Promise<AccountClaims>;
  }

  export interface Configuration {
    [option: string]: unknown;
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    readonly Grant: GrantConstructor;
    readonly AccessToken: AccessTokenConstructor;
    readonly RefreshToken: RefreshTokenConstructor;
    readonly ResourceServer: ResourceServerConstructor;
    readonly Client: ClientConstructor;
    callback(): (req: IncomingMessage, res: ServerResponse) => unknown;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export interface PromptInstance {
    name: string;
  }

  export interface Policy extends Array<PromptInstance> {
    add(prompt: PromptInstance, index?: number): void;
    get(name: string): PromptInstance | undefined;
  }

  export const interactionPolicy: {
    base(): Policy;
    Prompt: new (options: { name: string; requestable: boolean }) => PromptInstance;
  };

  export const errors: Record<string, new (...args: unknown[]) => Error>;

  export default Provider;
}
