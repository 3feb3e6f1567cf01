import { describe, expect, it } from 'vitest';
import {
  checkOrganisationInput,
  effectiveOrganisation,
  normaliseRelayScope,
  normaliseRelayUrl,
  parseStoredOrganisation,
  relayConfigured,
} from './organisation-config';

describe('normaliseRelayUrl', () => {
  it.each([
    ['https://relay.contoso.com/', 'https://relay.contoso.com'],
    ['  https://relay.contoso.com/api//  ', 'https://relay.contoso.com/api'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://relay.contoso.com', null],
    ['https://user:pw@relay.contoso.com', null],
    ['https://relay.contoso.com/?token=1', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseRelayUrl(input)).toBe(expected);
  });
});

describe('normaliseRelayScope', () => {
  it.each([
    [
      'api://reading-timeline-relay/Activity.Report',
      'api://reading-timeline-relay/Activity.Report',
    ],
    [
      '00000000-0000-0000-0000-000000000000/Activity.Report',
      '00000000-0000-0000-0000-000000000000/Activity.Report',
    ],
    ['Activity.Report', null],
    ['api://x/Activity Report', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseRelayScope(input)).toBe(expected);
  });
});

describe('checkOrganisationInput', () => {
  it('accepts both empty (no relay)', () => {
    expect(checkOrganisationInput({ relayUrl: ' ', relayScope: '' })).toEqual({
      ok: true,
      config: { relayUrl: '', relayScope: '' },
    });
  });
  it('names each bad field', () => {
    expect(checkOrganisationInput({ relayUrl: 'http://relay.test', relayScope: 'x' })).toEqual({
      ok: false,
      errors: [
        { field: 'relayUrl', message: 'org_error_url' },
        { field: 'relayScope', message: 'org_error_scope' },
      ],
    });
  });
});

describe('effectiveOrganisation', () => {
  const local = { relayUrl: 'https://mine.test', relayScope: 'api://mine/Activity.Report' };
  it('policy values win field by field and are reported as managed', () => {
    expect(effectiveOrganisation(local, { relayUrl: 'https://org.test/' })).toEqual({
      config: { relayUrl: 'https://org.test', relayScope: 'api://mine/Activity.Report' },
      managed: ['relayUrl'],
    });
  });
  it.each([[undefined], [null], ['garbage'], [{ relayUrl: 'http://evil.test', relayScope: 7 }]])(
    'ignores a missing or invalid policy %j',
    (policy) => {
      expect(effectiveOrganisation(local, policy)).toEqual({ config: local, managed: [] });
    },
  );
});

it('parseStoredOrganisation reads garbage as empty', () => {
  expect(parseStoredOrganisation({ relayUrl: 5, relayScope: 'nope' })).toEqual({
    relayUrl: '',
    relayScope: '',
  });
  expect(relayConfigured({ relayUrl: 'https://a.test', relayScope: '' })).toBe(false);
});
