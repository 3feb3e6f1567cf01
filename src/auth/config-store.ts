import { parseStoredAuthConfig, type AuthConfig } from './config';
import { buildTimeAuthConfig } from './defaults';

/** storage.local key of the sign-in configuration (client id and tenant: nothing secret). */
export const AUTH_CONFIG_KEY = 'auth-config';

export interface ConfigStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadAuthConfig(storage: ConfigStorage): Promise<AuthConfig> {
  const stored = await storage.get(AUTH_CONFIG_KEY);
  return parseStoredAuthConfig(stored[AUTH_CONFIG_KEY], buildTimeAuthConfig());
}

export async function saveAuthConfig(storage: ConfigStorage, config: AuthConfig): Promise<void> {
  await storage.set({ [AUTH_CONFIG_KEY]: config });
}
