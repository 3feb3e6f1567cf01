// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthConfig } from '../../auth/config';
import type { AccountStatus, SignInGrant } from '../../auth/grant';
import { SignInError } from '../../auth/interactive-sign-in';
import { useCatalog } from '../../i18n/testing';
import { mountConnectCard, type ConnectCardDeps, type ConnectCardParts } from './connect-card';

// The welcome page's optional Publish card as a new user meets it: with or without an app registration,
// signing in, and a sign-in that fails. The browser, the sign-in and the worker are fakes.

const REGISTERED: AuthConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenant: 'common',
};
const SIGNED_IN = {
  state: 'signed-in',
  account: { name: 'Ann', username: 'ann@example.com', tenantId: 't', tenantKind: 'personal' },
} as unknown as AccountStatus;
const GRANT = { refreshToken: 'r' } as unknown as SignInGrant;

let parts: ConnectCardParts;
let calls: string[];

beforeEach(() => {
  useCatalog('en');
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    document.body.append(node);
    return node;
  };
  parts = {
    connect: el('button'),
    openSettings: el('button'),
    status: el('p'),
    errorLine: el('p'),
    needsSetup: el('p'),
  };
  parts.errorLine.hidden = true;
  calls = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function deps(config: AuthConfig, signIn: ConnectCardDeps['signIn']): ConnectCardDeps {
  return {
    loadConfig: () => Promise.resolve(config),
    openOptions: () => {
      calls.push('options');
      return Promise.resolve();
    },
    signIn: (options) => {
      calls.push(`sign-in ${options.clientId}`);
      return signIn(options);
    },
    completeSignIn: (grant) => {
      calls.push(`complete ${grant === GRANT ? 'grant' : '?'}`);
      return Promise.resolve(SIGNED_IN);
    },
    account: () => Promise.resolve({ state: 'signed-out' }),
  };
}

/** Clicks and lets the flow run to its end. */
async function click(button: HTMLButtonElement): Promise<void> {
  button.click();
  await vi.waitFor(() => {
    expect(button.disabled).toBe(false);
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the welcome page Publish card', () => {
  it('without a registration, offers Open settings as its one way on, never as the page’s main button', async () => {
    await mountConnectCard(
      parts,
      deps({ clientId: '', tenant: 'common' }, () => Promise.resolve(GRANT)),
    );
    expect(parts.connect.hidden).toBe(true);
    expect(parts.needsSetup.hidden).toBe(false);
    expect(parts.openSettings.hidden).toBe(false);
    // Connecting is optional: the page's main button is Open Reading Timeline.
    expect(parts.openSettings.classList.contains('primary')).toBe(false);
    parts.openSettings.click();
    expect(calls).toEqual(['options']);
  });

  it('with a registration, Connect signs in, hands the grant to the worker and says so', async () => {
    await mountConnectCard(
      parts,
      deps(REGISTERED, () => Promise.resolve(GRANT)),
    );
    expect(parts.connect.hidden).toBe(false);
    expect(parts.needsSetup.hidden).toBe(true);
    await click(parts.connect);
    expect(calls).toEqual([`sign-in ${REGISTERED.clientId}`, 'complete grant']);
    expect(parts.status.textContent).toMatch(/^Connected/);
    expect(parts.connect.hidden).toBe(true);
    expect(parts.errorLine.hidden).toBe(true);
  });

  it('while signing in, says where to finish and keeps Connect from starting a second sign-in', async () => {
    let finish: (grant: SignInGrant) => void = () => undefined;
    await mountConnectCard(
      parts,
      deps(REGISTERED, () => new Promise((resolve) => (finish = resolve))),
    );
    parts.connect.click();
    await vi.waitFor(() => {
      expect(parts.connect.disabled).toBe(true);
    });
    expect(parts.status.textContent).toMatch(/^Signing in/);
    finish(GRANT);
    await vi.waitFor(() => {
      expect(parts.status.textContent).toMatch(/^Connected/);
    });
  });

  it('a failed sign-in says why in words and lets the user try again', async () => {
    await mountConnectCard(
      parts,
      deps(REGISTERED, () => Promise.reject(new SignInError('no-refresh-token', 'x'))),
    );
    await click(parts.connect);
    expect(parts.errorLine.hidden).toBe(false);
    expect(parts.errorLine.textContent).toMatch(/did not allow offline access/);
    expect(parts.status.textContent).toBe('');
    expect(parts.connect.hidden).toBe(false);
    expect(parts.connect.disabled).toBe(false);
  });
});
