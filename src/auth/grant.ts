import type { TenantKind } from './config';

/** Who is signed in, as the options page shows it. Never contains a token. */
export interface AccountView {
  name: string;
  username: string;
  tenantId: string;
  tenantKind: TenantKind;
  /** Stable id of the account at its provider (MSAL's homeAccountId). */
  homeAccountId: string;
}

/**
 * The account as the extension's pages show it: signed out, signed in, or in need of the user (with
 * the reason).
 */
export type AccountStatus =
  | { state: 'signed-out' }
  | {
      state: 'signed-in' | 'interaction-required';
      account: AccountView;
      authority: string;
      clientId: string;
      /**
       * Why the user must sign in again (interaction-required only): a SignInReason code
       * (sign-in-reason.ts), or English text kept by a version before the codes.
       */
      reason?: string;
    };

/**
 * Who signed in, with which app registration, and where its tokens are renewed and revoked: what
 * the grant hands over and the worker keeps (token-store.ts) beside the tokens.
 */
export interface SignInRegistration {
  account: AccountView;
  clientId: string;
  authority: string;
  tokenEndpoint: string;
  /** RFC 7009 endpoint, when the provider offers one (Entra does not). */
  revocationEndpoint?: string;
  scopes: string[];
}

/**
 * What an interactive sign-in (MSAL in the options page) hands to the worker: the account, where to
 * renew, and the tokens. Travels once, extension page → worker, over the UI message channel that
 * content scripts and web pages cannot reach.
 */
export interface SignInGrant extends SignInRegistration {
  refreshToken: string;
  refreshTokenExpiresAt?: number;
  accessToken: string;
  accessTokenExpiresAt: number;
}

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;
const optionalText = (v: unknown, max: number): v is string | undefined =>
  v === undefined || (typeof v === 'string' && v.length <= max);
const httpsUrl = (v: unknown): v is string => {
  if (!text(v, 2048)) return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
};
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const TENANT_KINDS: readonly string[] = ['personal', 'work-or-school', 'other-provider'];

function parseAccount(raw: unknown): AccountView | null {
  if (!isBag(raw)) return null;
  const { name, username, tenantId, tenantKind, homeAccountId } = raw;
  if (!optionalText(name, 512) || !optionalText(username, 512) || !optionalText(tenantId, 256)) {
    return null;
  }
  if (typeof tenantKind !== 'string' || !TENANT_KINDS.includes(tenantKind)) return null;
  if (!text(homeAccountId, 1024)) return null;
  return {
    name: name ?? '',
    username: username ?? '',
    tenantId: tenantId ?? '',
    tenantKind: tenantKind as TenantKind,
    homeAccountId,
  };
}

/** Validates a grant received as a message: shape, sizes, https endpoints. */
export function parseSignInGrant(raw: unknown): SignInGrant | null {
  if (!isBag(raw)) return null;
  const account = parseAccount(raw.account);
  const { clientId, authority, tokenEndpoint, revocationEndpoint, scopes } = raw;
  const { refreshToken, refreshTokenExpiresAt, accessToken, accessTokenExpiresAt } = raw;
  if (!account || !text(clientId, 256) || !httpsUrl(authority) || !httpsUrl(tokenEndpoint)) {
    return null;
  }
  if (revocationEndpoint !== undefined && !httpsUrl(revocationEndpoint)) return null;
  if (!Array.isArray(scopes) || scopes.length > 20 || !scopes.every((s) => text(s, 512))) {
    return null;
  }
  if (!text(refreshToken, 16_384) || !text(accessToken, 16_384) || !time(accessTokenExpiresAt)) {
    return null;
  }
  if (refreshTokenExpiresAt !== undefined && !time(refreshTokenExpiresAt)) return null;
  return {
    account,
    clientId,
    authority,
    tokenEndpoint,
    ...(revocationEndpoint === undefined ? {} : { revocationEndpoint }),
    scopes,
    refreshToken,
    ...(refreshTokenExpiresAt === undefined ? {} : { refreshTokenExpiresAt }),
    accessToken,
    accessTokenExpiresAt,
  };
}

/** What the worker's UI handlers need from sign-in (implemented by createBackgroundAuth). */
export interface AuthService {
  status(): Promise<AccountStatus>;
  completeSignIn(grant: SignInGrant): Promise<AccountStatus>;
  signOut(): Promise<void>;
}
