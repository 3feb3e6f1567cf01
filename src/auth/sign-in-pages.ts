import { ENTRA_HOSTS, resolveAuthority, type AuthConfig } from './config';
import { isSsoUrl } from './sso-urls';

/**
 * Whether `url` is a page of the sign-in flow the extension itself opens (the provider's pages
 * shown by launchWebAuthFlow): the configured authority's origin, an Entra authority host, or any
 * page shaped like single sign-on (sso-urls.ts: Microsoft's other sign-in hosts and the identity
 * providers a federated sign-in passes through). Such pages are never recorded (issue #13, kind
 * 5). Never throws: a malformed URL is not one.
 */
export function isSignInPage(url: string, config: AuthConfig): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  if (ENTRA_HOSTS.has(page.hostname.toLowerCase()) || isSsoUrl(url)) return true;
  const authority = resolveAuthority(config.tenant);
  if ('error' in authority) return false;
  try {
    return new URL(authority.url).origin === page.origin;
  } catch {
    return false;
  }
}
