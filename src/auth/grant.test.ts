import { describe, expect, it } from 'vitest';
import { parseSignInGrant, type SignInGrant } from './grant';
import { parseDiscovery } from './discovery';

const grant: SignInGrant = {
  account: {
    name: 'Alice',
    username: 'alice@example.com',
    tenantId: 't',
    tenantKind: 'work-or-school',
    homeAccountId: 'oid.t',
  },
  clientId: 'client',
  authority: 'https://login.microsoftonline.com/common',
  tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  scopes: ['UserActivity.ReadWrite.CreatedByApp'],
  refreshToken: 'rt',
  accessToken: 'at',
  accessTokenExpiresAt: 1_700_000_000_000,
};

describe('parseSignInGrant', () => {
  it('accepts a well-formed grant', () => {
    expect(parseSignInGrant(grant)).toEqual(grant);
  });

  it('refuses clear-text endpoints, wrong shapes and oversized values', () => {
    expect(parseSignInGrant({ ...grant, tokenEndpoint: 'http://idp.example/token' })).toBeNull();
    expect(parseSignInGrant({ ...grant, scopes: 'x' })).toBeNull();
    expect(parseSignInGrant({ ...grant, refreshToken: 'x'.repeat(20_000) })).toBeNull();
    expect(
      parseSignInGrant({ ...grant, account: { ...grant.account, tenantKind: 'x' } }),
    ).toBeNull();
    expect(parseSignInGrant(null)).toBeNull();
  });
});

describe('parseDiscovery', () => {
  const doc = {
    issuer: 'https://idp.example/t',
    authorization_endpoint: 'https://idp.example/t/authorize',
    token_endpoint: 'https://idp.example/t/token',
    jwks_uri: 'https://idp.example/t/keys',
    revocation_endpoint: 'https://idp.example/t/revoke',
  };
  it('keeps the endpoints the extension uses', () => {
    expect(parseDiscovery(doc)).toEqual(doc);
  });
  it('refuses a document with a clear-text or missing endpoint', () => {
    expect(() => parseDiscovery({ ...doc, token_endpoint: 'http://idp.example/token' })).toThrow(
      /token_endpoint/,
    );
    expect(() => parseDiscovery({ issuer: doc.issuer })).toThrow();
  });
});
