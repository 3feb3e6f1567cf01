// The local sandbox: a Graph user-activities server and a real OpenID Connect provider on
// 127.0.0.1, standing in for Microsoft's cloud in e2e tests, benchmarks and `npm start`.
// See sandbox/README.md.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdminHandler } from './admin/routes';
import type { SandboxInfo } from './admin/types';
import { ensureCertificate } from './cert';
import { SandboxClock } from './clock';
import { createAppTokenVerifier } from './graph/app-auth';
import { createTokenVerifier, USER_ACTIVITY_SCOPE } from './graph/auth';
import { GraphServer } from './graph/server';
import { httpsGetJson } from './https-client';
import { type Budget, DEFAULT_READ_BUDGET, DEFAULT_WRITE_BUDGET } from './graph/throttle';
import { IdentityProvider, type IssueTokenOptions } from './oidc/provider';
import {
  GRAPH_AUDIENCE,
  OTHER_APP_CLIENT_ID,
  RELAY_API_AUDIENCE,
  RELAY_API_SCOPE,
  RELAY_APP_ROLES,
  RELAY_GRAPH_CLIENT_ID,
  RELAY_GRAPH_CLIENT_SECRET,
  SANDBOX_CLIENT_ID,
  SANDBOX_SCOPES,
} from './oidc/registration';
import { NAMED_USERS, SANDBOX_TENANT_ID } from './users';

export { sandboxAdmin, SandboxAdminError, type SandboxAdmin } from './admin/client';
export { unsafeActivityPaths } from './admin/request-paths';
export type {
  Budget,
  DumpActivity,
  DumpHistoryItem,
  FailOptions,
  FaultState,
  RequestLogEntry,
  RequestMatch,
  SandboxDump,
  SandboxInfo,
} from './admin/types';
export {
  DEFAULT_READ_BUDGET,
  DEFAULT_WRITE_BUDGET,
  GRAPH_AUDIENCE,
  NAMED_USERS,
  OTHER_APP_CLIENT_ID,
  RELAY_API_AUDIENCE,
  RELAY_API_SCOPE,
  RELAY_APP_ROLES,
  RELAY_GRAPH_CLIENT_ID,
  RELAY_GRAPH_CLIENT_SECRET,
  SANDBOX_CLIENT_ID,
  SANDBOX_SCOPES,
  SANDBOX_TENANT_ID,
  USER_ACTIVITY_SCOPE,
};
export type { IssueTokenOptions };

/** <repo>/.sandbox (git-ignored). */
export const DEFAULT_STATE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../.sandbox');

/**
 * How startSandbox runs: ports (0: any free), state directory, budgets, base clock, access token
 * lifetime (s).
 */
export interface SandboxOptions {
  /** 0 (default) = any free port. */
  graphPort?: number;
  /** 0 (default) = any free port. */
  idpPort?: number;
  /** Where the HTTPS certificate is kept; default <repo>/.sandbox. */
  stateDir?: string;
  /** Per-user write budget; default Graph's documented 100 per 5 minutes, 8,000 per day. */
  writeBudget?: Budget;
  /** Per-user read budget; default Graph's documented 400 per 5 minutes, 12,000 per day. */
  readBudget?: Budget;
  /** Base clock in ms (default Date.now), e.g. a simulated clock in benchmarks. */
  clock?: () => number;
  /** Lifetime of issued access tokens (default 3600 s). */
  accessTokenTtlSec?: number;
  /** Start in the gateway mode that decodes `%2F` in paths before routing (default off). */
  decodeEncodedSlashes?: boolean;
  /** Silences server-side error logging. */
  quiet?: boolean;
  /**
   * Sign-in federated to the organisation's identity provider at https://localhost:<idp port>
   * (oidc/federation.ts), as Entra does for a federated domain (default off).
   */
  federated?: boolean;
}

/** A running sandbox: its URLs, client ids, certificate, and stop(). */
export interface Sandbox extends SandboxInfo {
  /** e.g. http://127.0.0.1:8080/v1.0 */
  graphBaseUrl: string;
  /** Issuer https://127.0.0.1:PORT/<tenant>/v2.0; use it as the MSAL authority. */
  authority: string;
  clientId: string;
  scopes: string[];
  certSpkiSha256: string;
  /** PEM of the provider's self-signed certificate (trust anchor for HTTPS clients). */
  caPem: string;
  adminUrl: string;
  /** Started `federated`: the organisation identity provider's origin (https://localhost:PORT). */
  federatedIdpOrigin?: string;
  /** The provider's discovery document (for MSAL's auth.authorityMetadata). */
  discovery(): Promise<Record<string, unknown>>;
  /** A real signed access token as the provider issues it, for server tests and scripts. */
  issueToken(user: string, opts?: IssueTokenOptions): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the Graph server and the OpenID provider over HTTPS on 127.0.0.1. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const stateDir = options.stateDir ?? DEFAULT_STATE_DIR;
  const certificate = await ensureCertificate(stateDir);
  const clock = new SandboxClock(options.clock);
  const idp = await IdentityProvider.start({
    port: options.idpPort ?? 0,
    certificate,
    ...(options.accessTokenTtlSec === undefined
      ? {}
      : { accessTokenTtlSec: options.accessTokenTtlSec }),
    ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
    ...(options.federated ? { federated: true } : {}),
  });
  const graph = new GraphServer({
    clock,
    verifier: createTokenVerifier({
      jwks: idp.jwks,
      issuer: idp.issuer,
      audience: GRAPH_AUDIENCE,
      authorizationUri: `${idp.issuer}/authorize`,
    }),
    appVerifier: createAppTokenVerifier({
      jwks: idp.jwks,
      issuer: idp.issuer,
      audience: GRAPH_AUDIENCE,
    }),
    writeBudget: options.writeBudget ?? DEFAULT_WRITE_BUDGET,
    readBudget: options.readBudget ?? DEFAULT_READ_BUDGET,
    ...(options.decodeEncodedSlashes === undefined
      ? {}
      : { decodeEncodedSlashes: options.decodeEncodedSlashes }),
    ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
  });
  try {
    await graph.listen(options.graphPort ?? 0);
  } catch (error) {
    await idp.close();
    throw error;
  }

  const info: SandboxInfo = {
    graphBaseUrl: graph.baseUrl('v1.0'),
    graphBetaUrl: graph.baseUrl('beta'),
    authority: idp.issuer,
    discoveryUrl: `${idp.issuer}/.well-known/openid-configuration`,
    clientId: SANDBOX_CLIENT_ID,
    scopes: [...SANDBOX_SCOPES],
    graphAudience: GRAPH_AUDIENCE,
    tenantId: SANDBOX_TENANT_ID,
    certSpkiSha256: certificate.spkiSha256,
    adminUrl: `${graph.origin}/__sandbox`,
  };
  graph.setAdminHandler(createAdminHandler({ graph, idp, clock, info: () => info }));

  let stopped: Promise<void> | undefined;
  return {
    ...info,
    caPem: certificate.certPem,
    ...(idp.federation ? { federatedIdpOrigin: idp.federation.idpOrigin } : {}),
    discovery: () => httpsGetJson(info.discoveryUrl, certificate.certPem),
    issueToken: (user, opts) => idp.issueAccessToken(user, opts),
    stop: () => {
      stopped ??= Promise.all([graph.close(), idp.close()]).then(() => undefined);
      return stopped;
    },
  };
}
