import { describe, expect, it } from 'vitest';
import { isSsoUrl } from './sso-urls';

// Pages a federated Entra sign-in really passes through (issue #13 kind 5): each was read and
// recorded before sso-urls.ts, since only the configured authority's origin was refused.
const REFUSED: [string, string][] = [
  ['AD FS sign-in', 'https://sts.contoso.com/adfs/ls/?client-request-id=1&wa=wsignin1.0&wtrealm=x'],
  ['AD FS without a query', 'https://fs.contoso.com/adfs/ls/'],
  ['AD FS OAuth', 'https://fs.contoso.com/adfs/oauth2/authorize/'],
  ['WS-Federation anywhere', 'https://idp.contoso.com/login.aspx?wa=wsignin1.0&wtrealm=urn:x'],
  ['a SAML request', 'https://idp.contoso.com/sso?SAMLRequest=fZJNT8MwDIbv&RelayState=abc'],
  ['a SAML response', 'https://sp.contoso.com/acs?SAMLResponse=PHNhbWxw'],
  ['Shibboleth', 'https://idp.uni.example/idp/profile/SAML2/Redirect/SSO?execution=e1s1'],
  ['SimpleSAMLphp', 'https://idp.example.org/simplesaml/saml2/idp/SSOService.php'],
  ['OneLogin SAML', 'https://contoso.onelogin.com/trust/saml2/http-post/sso/123'],
  ['OneLogin login', 'https://contoso.onelogin.com/login2/?return=x'],
  ['Okta sign-in', 'https://contoso.okta.com/signin/verify/okta/push'],
  ['Okta login', 'https://contoso.okta.com/login/login.htm?fromURI=%2Fapp'],
  ['Okta OAuth', 'https://contoso.okta.com/oauth2/default/v1/authorize?x=1'],
  ['Okta SAML app', 'https://contoso.okta.com/app/office365/exk1/sso/wsfed/passive'],
  ['Okta preview', 'https://contoso.oktapreview.com/signin/refresh-auth-state/abc'],
  ['Auth0 Universal Login', 'https://contoso.eu.auth0.com/u/login?state=hKFo2SBa'],
  ['Keycloak', 'https://id.example.org/realms/staff/protocol/openid-connect/auth?x=1'],
  ['Keycloak login form', 'https://id.example.org/auth/realms/staff/login-actions/authenticate'],
  ['PingFederate', 'https://sso.contoso.com/idp/SSO.saml2'],
  ['PingFederate OAuth', 'https://sso.contoso.com/as/authorization.oauth2?x=1'],
  ['PingOne', 'https://auth.pingone.eu/9a1b/as/authorize'],
  ['Google sign-in', 'https://accounts.google.com/v3/signin/identifier?continue=x'],
  ['Google SAML IdP', 'https://accounts.google.com/o/saml2/idp?idpid=C01'],
  ['Duo MFA', 'https://api-6e2a1f3b.duosecurity.com/frame/v4/auth/prompt?sid=x'],
  ['Entra, US government', 'https://login.microsoftonline.us/contoso.us/saml2'],
  ['Entra, national cloud', 'https://login.microsoftonline.de/common/oauth2/authorize'],
  ['Microsoft login', 'https://login.microsoft.com/common/oauth2/v2.0/authorize'],
  ['Microsoft account', 'https://login.live.com/oauth20_authorize.srf'],
  ['Seamless SSO', 'https://autologon.microsoftazuread-sso.com/contoso.com/winauth/sso'],
  ['Azure AD B2C', 'https://contoso.b2clogin.com/contoso.onmicrosoft.com/b2c_1_signin/'],
  ['Entra External ID', 'https://contoso.ciamlogin.com/contoso.onmicrosoft.com/oauth2/'],
  ['Apereo CAS', 'https://cas.uni.example/cas/login?service=https%3A%2F%2Fapp'],
  [
    'any OpenID provider asked to authorize',
    'https://id.contoso.com/connect/authorize?client_id=a&response_type=code&scope=openid',
  ],
];

// Articles and ordinary pages that a careless rule would refuse.
const ALLOWED: [string, string][] = [
  ['an article about SAML', 'https://blog.example/2024/saml2-explained'],
  ['documentation of SAML SSO', 'https://docs.example.com/saml/setting-up-sso-with-okta'],
  ['Okta’s blog', 'https://www.okta.com/blog/2024/01/what-is-federation/'],
  ['Okta’s developer docs', 'https://developer.okta.com/docs/guides/sign-into-web-app/'],
  ['Auth0’s docs', 'https://auth0.com/docs/authenticate/login/auth0-universal-login'],
  ['Google', 'https://www.google.com/search?q=adfs'],
  ['a Google doc', 'https://docs.google.com/document/d/1abc/edit'],
  ['Microsoft Learn on AD FS', 'https://learn.microsoft.com/en-us/windows-server/identity/ad-fs/'],
  ['a shop’s own login page', 'https://shop.example/login'],
  ['a path mentioning adfs', 'https://wiki.example/docs/adfs/ls-endpoint'],
  ['a client_id alone', 'https://api.example/docs?client_id=abc'],
  ['a Keycloak article', 'https://www.keycloak.org/docs/latest/server_admin/'],
  ['not a URL', 'not a url'],
];

describe('isSsoUrl', () => {
  it.each(REFUSED)('refuses %s', (_, url) => {
    expect(isSsoUrl(url)).toBe(true);
  });
  it.each(ALLOWED)('allows %s', (_, url) => {
    expect(isSsoUrl(url)).toBe(false);
  });
});
