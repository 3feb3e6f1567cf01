import { parseStoredAuthConfig, type AuthConfig } from './config';
import { buildTimeAuthConfig } from './defaults';

/** storage.local key of the sign-in configuration (client id and tenant: nothing secret). */
export const AUTH_CONFIG_KEY = 'auth-config';

/** The part of `storage.local` the configuration is kept in (a fake in tests). */
export interface ConfigStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The sign-in configuration: the stored one, field by field, else the build's defaults
 * (src/auth/defaults.ts); a missing or malformed record gives the defaults, never an error.
 */
export async function loadAuthConfig(storage: ConfigStorage): Promise<AuthConfig> {
  const stored = await storage.get(AUTH_CONFIG_KEY);
  return parseStoredAuthConfig(stored[AUTH_CONFIG_KEY], buildTimeAuthConfig());
}

/** Stores `config` as it is. */
export async function saveAuthConfig(storage: ConfigStorage, config: AuthConfig): Promise<void> {
  await storage.set({ [AUTH_CONFIG_KEY]: config });
}
