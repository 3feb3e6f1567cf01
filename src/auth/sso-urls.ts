// A floor under the sign-in flow's privacy rule (issue #13 kind 5) that needs no knowledge of which
// tab the flow runs in: an Entra sign-in is often federated, so the flow window passes through the
// organisation's own identity provider (AD FS, Okta, Ping, Google Workspace, a SAML IdP on its own
// host, an MFA prompt), and those pages were read, recorded and published. Only shapes that are
// sign-in and nothing else are listed: an article about SAML or a /login page of a shop is not one.

/**
 * Hosts that serve nothing but sign-in, consent and account pages, whole: Microsoft's sign-in
 * hosts besides the Entra authorities (config.ts ENTRA_HOSTS), Google's, Seamless SSO's.
 */
const SIGN_IN_HOSTS: ReadonlySet<string> = new Set([
  'login.microsoft.com',
  'login.windows.net',
  'login.live.com',
  'account.live.com',
  'device.login.microsoftonline.com',
  'autologon.microsoftazuread-sso.com',
  'accounts.google.com',
  'sso.connect.pingidentity.com',
  'sso.jumpcloud.com',
]);

/**
 * Host shapes whose every host is a sign-in host: Entra's national clouds
 * (`login.microsoftonline.<tld>`, `login.partner.microsoftonline.cn`), Azure AD B2C and Entra
 * External ID (`<tenant>.b2clogin.com`, `<tenant>.ciamlogin.com`), Duo's prompt
 * (`api-<id>.duosecurity.com`), PingOne's sign-in (`auth.pingone.com`, `.eu`, `.asia`, `.ca`).
 */
const SIGN_IN_HOST_SUFFIXES: readonly RegExp[] = [
  /^login\.(partner\.)?microsoftonline\.[a-z]{2,3}$/,
  /\.b2clogin\.com$/,
  /\.ciamlogin\.com$/,
  /^api-[a-z0-9]+\.duosecurity\.com$/,
  /^auth\.pingone\.(com|eu|asia|ca)$/,
];

/**
 * Identity-as-a-service tenants (`<org>.okta.com`, `<org>.auth0.com`, `<org>.onelogin.com`), whose
 * own sites also carry a blog and documentation (`www.okta.com/blog`, `auth0.com/docs`): only
 * their sign-in paths are refused — Okta's `/login`, `/signin`, `/oauth2/`, `/sso/`, `/app/…/sso/`
 * and MFA `/signin/verify`; Auth0's Universal Login `/u/`, `/authorize`, `/login`, `/samlp/`,
 * `/wsfed/`; OneLogin's `/login`, `/trust/`, `/oidc/`.
 */
const TENANT_SIGN_IN_PATHS: readonly { host: RegExp; path: RegExp }[] = [
  {
    host: /\.(okta|oktapreview|okta-emea|okta-gov)\.com$/,
    path: /^\/(login|signin|oauth2|sso|auth|app\/[^/]+\/[^/]+\/sso)(\/|$)/,
  },
  { host: /\.auth0\.com$/, path: /^\/(u|authorize|login|samlp|wsfed|usernamepassword|mf)(\/|$)/ },
  { host: /\.onelogin\.com$/, path: /^\/(login2?|trust|oidc)(\/|$)/ },
];

/**
 * Sign-in endpoints of identity-provider software, on any host (lower-cased path):
 * - AD FS: `/adfs/ls/` (WS-Federation and SAML) and `/adfs/oauth2/`
 * - a SAML single sign-on service: `…/saml2/…/sso`, `/SAML2/Redirect/SSO` (Shibboleth),
 *   `/saml2/idp/SSOService.php` (SimpleSAMLphp), `/trust/saml2/http-post/sso` (OneLogin)
 * - Keycloak: `/realms/<realm>/protocol/openid-connect/auth`, `…/protocol/saml`, `…/login-actions/`
 * - PingFederate: `/as/authorization.oauth2`, `/idp/SSO.saml2`, `/idp/startSSO.ping`
 * - Apereo CAS: `/cas/login`
 */
const SIGN_IN_PATHS: readonly RegExp[] = [
  /^\/adfs\/(ls|oauth2)(\/|$)/,
  /\/saml2?\/(.+\/)?(sso|ssoservice\.php)$/,
  /\/realms\/[^/]+\/(protocol\/(openid-connect\/auth|saml)|login-actions)(\/|$)/,
  /^\/as\/authorization\.oauth2$/,
  /^\/idp\/(sso\.saml2|startsso\.ping)$/,
  /^\/cas\/login$/,
];

/**
 * Whether the query or fragment is a sign-in protocol message, whatever the host: a SAML request
 * or response (`SAMLRequest`, `SAMLResponse`: SAML 2.0 Bindings §3.4.4), a WS-Federation sign-in
 * (`wa=wsignin1.0`), or an OAuth 2.0 authorization request (`response_type` with `client_id`:
 * RFC 6749 §4.1.1), which is what an OpenID provider's login page is opened with.
 */
function isProtocolMessage(params: URLSearchParams): boolean {
  if (params.has('SAMLRequest') || params.has('SAMLResponse')) return true;
  if (params.get('wa')?.toLowerCase() === 'wsignin1.0') return true;
  return params.has('response_type') && params.has('client_id');
}

/**
 * Whether `url` has the shape of a single sign-on or identity-provider page (the lists above),
 * the pages a federated sign-in passes through besides the configured authority (sign-in-pages.ts).
 * Such pages are never read (background/may-read.ts). Conservative: an article about SAML, or a
 * site's own /login page, is not one. Never throws: a malformed URL is not one.
 */
export function isSsoUrl(url: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  const host = page.hostname.toLowerCase();
  const path = page.pathname.toLowerCase();
  if (SIGN_IN_HOSTS.has(host) || SIGN_IN_HOST_SUFFIXES.some((suffix) => suffix.test(host))) {
    return true;
  }
  if (TENANT_SIGN_IN_PATHS.some((tenant) => tenant.host.test(host) && tenant.path.test(path))) {
    return true;
  }
  if (SIGN_IN_PATHS.some((pattern) => pattern.test(path))) return true;
  return (
    isProtocolMessage(page.searchParams) ||
    isProtocolMessage(new URLSearchParams(page.hash.replace(/^#/, '')))
  );
}
