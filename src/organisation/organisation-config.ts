/**
 * Where an organisation's relay is: its URL and the scope of its API (relay/README.md, "What to
 * register in Microsoft Entra ID"). The user can enter both on the options page (storage.local);
 * an administrator can set them by policy (storage.managed, schema in public/managed-schema.json).
 * Policy values win, field by field, and the options page shows them as set by the organisation.
 * Pure: parsing and merging only.
 */

/** storage.local and storage.managed key. */
export const ORGANISATION_KEY = 'organisation';
/** storage.managed keys (flat, as Chrome policies are). */
export const MANAGED_RELAY_URL = 'relayUrl';
/** storage.managed key of the relay's API scope (`api://…/.default`) a policy sets. */
export const MANAGED_RELAY_SCOPE = 'relayScope';

/** The organisation relay an administrator set (storage.managed) or the user entered. */
export interface OrganisationConfig {
  /** The relay's root, e.g. https://relay.contoso.com (no trailing slash); '' when none. */
  relayUrl: string;
  /** Delegated scope of the relay's API, e.g. api://reading-timeline-relay/Activity.Report. */
  relayScope: string;
}

/** A field of the relay config, as a policy may set it (the options page cannot change those). */
export type OrganisationField = keyof OrganisationConfig;

/** The config in effect and which fields a policy set (those the options page cannot change). */
export interface EffectiveOrganisation {
  config: OrganisationConfig;
  managed: OrganisationField[];
}

/** No relay: reads are published to Graph only. */
export const EMPTY_ORGANISATION: OrganisationConfig = { relayUrl: '', relayScope: '' };

/**
 * A relay URL must be https, or http on this machine only (a local relay, the sandbox): the user's
 * token for the relay travels with every request. No credentials, query or fragment. Returns the
 * normalised URL (no trailing slash) or null.
 */
export function normaliseRelayUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * A scope of another API is `<App ID URI or client id>/<scope name>` (Entra's v2 form), e.g.
 * `api://reading-timeline-relay/Activity.Report`. Returns the trimmed scope or null.
 */
export function normaliseRelayScope(value: string): string | null {
  const trimmed = value.trim();
  // An App ID URI (api://…, https://…) or a client id, then the scope name after the last '/'.
  return /^(api:\/\/|https:\/\/)?[\w.~:/-]*[\w.~-]\/[\w.~-]+$/i.test(trimmed) &&
    !/\s/.test(trimmed) &&
    trimmed.length <= 300
    ? trimmed
    : null;
}

/** Catalog keys (public/_locales) of the input errors. */
export type OrganisationError = 'org_error_url' | 'org_error_scope';

/** Checks user input; each field's error is a catalog key (t()) for the options page. */
export function checkOrganisationInput(input: {
  relayUrl: string;
  relayScope: string;
}):
  | { ok: true; config: OrganisationConfig }
  | { ok: false; errors: { field: OrganisationField; message: OrganisationError }[] } {
  const errors: { field: OrganisationField; message: OrganisationError }[] = [];
  const bothEmpty = input.relayUrl.trim() === '' && input.relayScope.trim() === '';
  if (bothEmpty) return { ok: true, config: EMPTY_ORGANISATION };
  const relayUrl = normaliseRelayUrl(input.relayUrl);
  const relayScope = normaliseRelayScope(input.relayScope);
  if (relayUrl === null) errors.push({ field: 'relayUrl', message: 'org_error_url' });
  if (relayScope === null) errors.push({ field: 'relayScope', message: 'org_error_scope' });
  if (relayUrl === null || relayScope === null) return { ok: false, errors };
  return { ok: true, config: { relayUrl, relayScope } };
}

/** Whatever storage.local holds (possibly garbage) as a config; invalid fields read as empty. */
export function parseStoredOrganisation(raw: unknown): OrganisationConfig {
  const bag = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    relayUrl: typeof bag.relayUrl === 'string' ? (normaliseRelayUrl(bag.relayUrl) ?? '') : '',
    relayScope:
      typeof bag.relayScope === 'string' ? (normaliseRelayScope(bag.relayScope) ?? '') : '',
  };
}

/**
 * Merges the user's config with the policy's (storage.managed, flat keys): a valid policy value
 * wins and is reported in `managed`; an invalid one is ignored, as a missing one is.
 */
export function effectiveOrganisation(
  local: OrganisationConfig,
  managedRaw: unknown,
): EffectiveOrganisation {
  const policy = parseStoredOrganisation(managedRaw);
  const managed: OrganisationField[] = [];
  const config = { ...local };
  for (const field of ['relayUrl', 'relayScope'] as const) {
    if (policy[field] !== '') {
      config[field] = policy[field];
      managed.push(field);
    }
  }
  return { config, managed };
}

/** A relay is in use only with both a URL and a scope: then, and only then, a token is asked for. */
export function relayConfigured(config: OrganisationConfig): boolean {
  return config.relayUrl !== '' && config.relayScope !== '';
}
