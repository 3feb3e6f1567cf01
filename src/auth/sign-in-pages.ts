import { ENTRA_HOSTS, resolveAuthority, type AuthConfig } from './config';

/** Microsoft account pages a sign-in passes through besides the Entra authority itself. */
const MICROSOFT_SIGN_IN_HOSTS: ReadonlySet<string> = new Set([
  ...ENTRA_HOSTS,
  'login.microsoft.com',
  'login.live.com',
  'account.live.com',
]);

/**
 * Whether `url` is a page of the sign-in flow the extension itself opens (the provider's pages
 * shown by launchWebAuthFlow): the configured authority's origin, or Microsoft's sign-in hosts.
 * Such pages are never recorded (issue #13, kind 5). Never throws: a malformed URL is not one.
 */
export function isSignInPage(url: string, config: AuthConfig): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  if (MICROSOFT_SIGN_IN_HOSTS.has(page.hostname.toLowerCase())) return true;
  const authority = resolveAuthority(config.tenant);
  if ('error' in authority) return false;
  try {
    return new URL(authority.url).origin === page.origin;
  } catch {
    return false;
  }
}
