import { EMPTY_AUTH_CONFIG, type AuthConfig } from './config';

/**
 * The configuration a fresh install starts with: from the build's environment
 * (`VITE_MS_CLIENT_ID`, `VITE_MS_TENANT`), else no client id (the options page then explains how to
 * get one) and the `common` tenant.
 */
export function buildTimeAuthConfig(): AuthConfig {
  const env = (import.meta.env as ImportMetaEnv | undefined) ?? {};
  return {
    clientId: env.VITE_MS_CLIENT_ID?.trim() ?? EMPTY_AUTH_CONFIG.clientId,
    tenant: env.VITE_MS_TENANT?.trim() || EMPTY_AUTH_CONFIG.tenant,
  };
}
