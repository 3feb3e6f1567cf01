// What `npm run sandbox` and `npm start` print for a person to enter on the options page. The
// labels are the options page's own, read from the English catalogue, so the printout never
// names a field the page does not show; the users are the login page's own list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Sandbox } from './index';
import { NAMED_USERS } from './users';

const CATALOGUE = resolve(import.meta.dirname, '../public/_locales/en/messages.json');

/** The options page's English label for `key` (throws if the catalogue lacks it: a renamed key). */
export function optionsLabel(key: string): string {
  const catalogue = JSON.parse(readFileSync(CATALOGUE, 'utf8')) as Record<
    string,
    { message?: string } | undefined
  >;
  const label = catalogue[key]?.message;
  if (label === undefined) throw new Error(`no ${key} in ${CATALOGUE}`);
  return label;
}

/**
 * The sandbox's settings under the options page's heading and field labels, one line each, in
 * the page's order: `Sign-in settings`, then `  Application (client) ID: …`, `  Tenant or
 * authority: …`, `  Microsoft Graph URL: …`, aligned.
 */
export function settingsLines(
  sandbox: Pick<Sandbox, 'clientId' | 'authority' | 'graphBaseUrl'>,
): string[] {
  const fields: [string, string][] = [
    [optionsLabel('options_client_id'), sandbox.clientId],
    [optionsLabel('options_tenant'), sandbox.authority],
    [optionsLabel('options_graph_url'), sandbox.graphBaseUrl],
  ];
  const width = Math.max(...fields.map(([label]) => label.length)) + 1;
  return [
    `Options page → ${optionsLabel('options_setup_heading')}:`,
    ...fields.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${value}`),
  ];
}

/** The users the sandbox's login page offers, e.g. `alice, bob, carol`. */
export function usersText(): string {
  return NAMED_USERS.join(', ');
}
