import { describe, expect, it } from 'vitest';
import { checkAuthConfig, parseStoredAuthConfig, resolveAuthority, tenantKindOf } from './config';

const GUID = '11111111-2222-3333-4444-555555555555';

describe('resolveAuthority', () => {
  it('turns tenant names, ids and domains into Entra authorities', () => {
    expect(resolveAuthority('common')).toEqual({
      url: 'https://login.microsoftonline.com/common',
      kind: 'entra',
    });
    expect(resolveAuthority(' Organizations ')).toMatchObject({
      url: 'https://login.microsoftonline.com/organizations',
    });
    expect(resolveAuthority(GUID)).toMatchObject({ kind: 'entra' });
    expect(resolveAuthority('contoso.onmicrosoft.com')).toMatchObject({
      url: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    });
  });

  it('accepts a full https authority of another provider, without a trailing slash', () => {
    expect(resolveAuthority('https://127.0.0.1:8443/tenant/v2.0/')).toEqual({
      url: 'https://127.0.0.1:8443/tenant/v2.0',
      kind: 'oidc',
    });
    expect(resolveAuthority(`https://login.microsoftonline.com/${GUID}`)).toMatchObject({
      kind: 'entra',
    });
  });

  it('refuses what cannot be an authority', () => {
    for (const bad of [
      '',
      'not a tenant',
      'http://127.0.0.1:8443/tenant',
      'https://user:pw@idp.example/x',
      'https://idp.example/x?p=1',
      'https://idp.example/x#f',
      'https://login.microsoftonline.com/a/b',
      'https://',
    ]) {
      expect(resolveAuthority(bad), bad).toHaveProperty('error');
    }
  });
});

describe('checkAuthConfig', () => {
  it('accepts a GUID client id with an Entra tenant', () => {
    const check = checkAuthConfig({ clientId: ` ${GUID} `, tenant: 'common' });
    expect(check).toMatchObject({ ok: true, config: { clientId: GUID, tenant: 'common' } });
  });

  it('wants a GUID client id for Entra, an opaque one elsewhere', () => {
    expect(checkAuthConfig({ clientId: 'reading-timeline-sandbox', tenant: 'common' })).toEqual({
      ok: false,
      errors: [{ field: 'clientId', message: expect.stringContaining('GUID') as string }],
    });
    expect(
      checkAuthConfig({
        clientId: 'reading-timeline-sandbox',
        tenant: 'https://127.0.0.1:9/c0ffee00-5a4d-4b0c-8e11-7ea0d1d11e5a/v2.0',
      }),
    ).toMatchObject({ ok: true, authority: { kind: 'oidc' } });
    expect(
      checkAuthConfig({ clientId: 'bad id<script>', tenant: 'https://idp.example' }),
    ).toMatchObject({ ok: false, errors: [{ field: 'clientId' }] });
  });

  it('reports every field that is wrong, and a missing client id explains where to find it', () => {
    const check = checkAuthConfig({ clientId: '', tenant: 'http://idp.example' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map((e) => e.field).sort()).toEqual(['clientId', 'tenant']);
    expect(check.errors.find((e) => e.field === 'clientId')?.message).toContain('app registration');
    expect(check.errors.find((e) => e.field === 'tenant')?.message).toContain('https://');
  });

  it('treats non-strings as empty', () => {
    expect(checkAuthConfig({ clientId: 42, tenant: null }).ok).toBe(false);
  });
});

describe('parseStoredAuthConfig', () => {
  const defaults = { clientId: 'd', tenant: 'common' };
  it('falls back to the defaults field by field', () => {
    expect(parseStoredAuthConfig(undefined, defaults)).toEqual(defaults);
    expect(parseStoredAuthConfig({ clientId: 'x', tenant: 3 }, defaults)).toEqual({
      clientId: 'x',
      tenant: 'common',
    });
  });
});

describe('tenantKindOf', () => {
  it('tells personal accounts from work or school ones, and other providers apart', () => {
    expect(tenantKindOf('entra', '9188040d-6c67-4c5b-b112-36a304b66dad')).toBe('personal');
    expect(tenantKindOf('entra', GUID)).toBe('work-or-school');
    expect(tenantKindOf('oidc', GUID)).toBe('other-provider');
  });
});
