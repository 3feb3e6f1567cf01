/**
 * Sign-in configuration: which application (client id) signs in, against which authority. Entered
 * on the options page, validated here (pure, unit-tested), stored in storage.local (nothing secret).
 */

/** What the extension asks for; MSAL adds openid and profile itself. */
export const SCOPES = ['UserActivity.ReadWrite.CreatedByApp', 'offline_access'] as const;

/** The public cloud's Entra ID host: where a tenant name alone signs in. */
export const ENTRA_HOST = 'login.microsoftonline.com';
/**
 * Hosts of Microsoft Entra ID authorities (public and national clouds): sign-in there uses MSAL's
 * Entra protocol (instance discovery built in).
 */
export const ENTRA_HOSTS: ReadonlySet<string> = new Set([
  ENTRA_HOST,
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
]);

/**
 * Tenant names that are no tenant: any account, work or school accounts only, personal accounts
 * only.
 */
export const TENANT_ALIASES = ['common', 'organizations', 'consumers'] as const;

/** The sign-in configuration the user (or the build) gives: nothing in it is secret. */
export interface AuthConfig {
  /** Application (client) id of the app registration. */
  clientId: string;
  /** A tenant (common, organizations, consumers, a tenant id or domain) or a full authority URL. */
  tenant: string;
}

/** Where to sign in, once the tenant field is understood (resolveAuthority). */
export interface ResolvedAuthority {
  /** Full authority URL, no trailing slash. */
  url: string;
  /** `entra`: Microsoft's Entra ID; `oidc`: any other OpenID provider (e.g. the local sandbox). */
  kind: 'entra' | 'oidc';
}

/** A field of the sign-in form an error belongs to. */
export type ConfigField = 'clientId' | 'tenant';
/** checkAuthConfig's answer: a usable configuration with its authority, or each field's error. */
export type ConfigCheck =
  | { ok: true; config: AuthConfig; authority: ResolvedAuthority }
  | { ok: false; errors: { field: ConfigField; message: string }[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A verified domain of a tenant, e.g. contoso.onmicrosoft.com. */
const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Other providers' client ids are opaque; this keeps them to URL-safe text. */
const OPAQUE_CLIENT_ID = /^[\w.:~-]{1,200}$/;

/** No registration yet: any account may sign in once a client id is given. */
export const EMPTY_AUTH_CONFIG: AuthConfig = { clientId: '', tenant: 'common' };

/** Turns the tenant field into an authority, or explains why it cannot be one. */
export function resolveAuthority(tenant: string): ResolvedAuthority | { error: string } {
  const value = tenant.trim();
  if (value === '') return { error: 'Enter a tenant, or common, or a full authority URL.' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return resolveAuthorityUrl(value);
  if (
    (TENANT_ALIASES as readonly string[]).includes(value.toLowerCase()) ||
    GUID.test(value) ||
    DOMAIN.test(value)
  ) {
    return { url: `https://${ENTRA_HOST}/${value.toLowerCase()}`, kind: 'entra' };
  }
  return {
    error:
      'A tenant is common, organizations, consumers, a tenant ID (a GUID) or a domain such as contoso.onmicrosoft.com.',
  };
}

function resolveAuthorityUrl(value: string): ResolvedAuthority | { error: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: 'This authority is not a valid URL.' };
  }
  // Tokens and codes travel to the authority: never in clear text, never with credentials in it.
  if (url.protocol !== 'https:') return { error: 'An authority URL must start with https://.' };
  if (url.username || url.password || url.search || url.hash) {
    return { error: 'An authority URL has no user name, query (?…) or fragment (#…).' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  const kind = ENTRA_HOSTS.has(url.hostname.toLowerCase()) ? 'entra' : 'oidc';
  if (kind === 'entra' && path.split('/').filter(Boolean).length !== 1) {
    return { error: `An Entra authority is https://${url.hostname}/<tenant>.` };
  }
  return { url: `${url.origin}${path}`, kind };
}

/** Checks both fields; the authority decides what a valid client id looks like. */
export function checkAuthConfig(input: { clientId: unknown; tenant: unknown }): ConfigCheck {
  const errors: { field: ConfigField; message: string }[] = [];
  const clientId = typeof input.clientId === 'string' ? input.clientId.trim() : '';
  const tenant = typeof input.tenant === 'string' ? input.tenant.trim() : '';
  const authority = resolveAuthority(tenant);
  if ('error' in authority) errors.push({ field: 'tenant', message: authority.error });
  if (clientId === '') {
    errors.push({
      field: 'clientId',
      message: 'Enter the application (client) ID of your app registration.',
    });
  } else if (!('error' in authority) && authority.kind === 'entra' && !GUID.test(clientId)) {
    errors.push({
      field: 'clientId',
      message:
        'An application (client) ID is a GUID such as 00000000-0000-0000-0000-000000000000: copy it from the app registration’s Overview page.',
    });
  } else if (!OPAQUE_CLIENT_ID.test(clientId)) {
    errors.push({
      field: 'clientId',
      message: 'This client ID contains characters it cannot have.',
    });
  }
  if (errors.length > 0 || 'error' in authority) return { ok: false, errors };
  return { ok: true, config: { clientId, tenant }, authority };
}

/** Whatever is stored (possibly nothing, possibly garbage) as a config to show in the form. */
export function parseStoredAuthConfig(raw: unknown, defaults: AuthConfig): AuthConfig {
  if (typeof raw !== 'object' || raw === null) return defaults;
  const bag = raw as Record<string, unknown>;
  return {
    clientId: typeof bag.clientId === 'string' ? bag.clientId : defaults.clientId,
    tenant: typeof bag.tenant === 'string' ? bag.tenant : defaults.tenant,
  };
}

/** Microsoft's tenant for personal accounts: its `tid` marks a Microsoft account (MSA). */
export const CONSUMER_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

/**
 * Whose account signed in: a Microsoft account, an organisation's (Entra ID), or another OpenID
 * provider.
 */
export type TenantKind = 'personal' | 'work-or-school' | 'other-provider';

/**
 * The kind of account from the authority signed in with and the token's tenant id (`tid`): the
 * consumer tenant (CONSUMER_TENANT_ID) is a personal Microsoft account.
 */
export function tenantKindOf(
  authorityKind: ResolvedAuthority['kind'],
  tenantId: string,
): TenantKind {
  if (authorityKind === 'oidc') return 'other-provider';
  return tenantId.toLowerCase() === CONSUMER_TENANT_ID ? 'personal' : 'work-or-school';
}
