// The "Organisation" section: the relay URL and its API scope
// (storage.local, or set by policy through storage.managed and then read-only), the sites the
// relay reports, and its outbox. The worker does the rest (src/organisation/); this page never sees
// a token.
import browser from 'webextension-polyfill';
import { messageLocale, t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import type { OrganisationOverview } from '../../messaging/contract';
import {
  checkOrganisationInput,
  ORGANISATION_KEY,
  type OrganisationField,
} from '../../organisation/organisation-config';
import { requireElement } from '../dom';
import { setFieldError, showSaved } from './field-state';
import { relayStatusText } from './relay-status';

const form = requireElement('#organisation-form', HTMLFormElement);
const fields: Record<OrganisationField, HTMLInputElement> = {
  relayUrl: requireElement('#relay-url', HTMLInputElement),
  relayScope: requireElement('#relay-scope', HTMLInputElement),
};
const saved = requireElement('#organisation-saved', HTMLElement);
const managedNote = requireElement('#org-managed', HTMLElement);
const sitesList = requireElement('#org-sites', HTMLUListElement);
const sitesEmpty = requireElement('#org-sites-empty', HTMLElement);
const statusLine = requireElement('#org-status', HTMLElement);
const details = requireElement('#organisation-details', HTMLDetailsElement);
const card = requireElement('#organisation-card', HTMLElement);
const heading = requireElement('#organisation-heading', HTMLElement);

/**
 * How the section presents itself: a policy, a relay the user set, or none (most users). The
 * markup starts as `loading`, styled as `none`, until the first overview is drawn.
 */
type OrganisationState = 'managed' | 'relay' | 'none';

/**
 * Which of the three the overview is. Nothing set and no policy is every personal user: the
 * section then says "Advanced: organisation relay", folded and quiet, rather than naming an
 * administrator who is not there (review newuser item 13).
 */
function organisationState(overview: OrganisationOverview): OrganisationState {
  if (overview.managed.length > 0) return 'managed';
  const { relayUrl, relayScope } = overview.config;
  return relayUrl !== '' || relayScope !== '' ? 'relay' : 'none';
}

const HEADINGS = {
  managed: 'org_heading',
  relay: 'org_heading_relay',
  none: 'org_heading_advanced',
} as const;

/** Shows what the worker reports: config in effect (policy fields read-only), sites, outbox. */
function render(overview: OrganisationOverview, focused: Element | null): void {
  for (const field of ['relayUrl', 'relayScope'] as const) {
    const input = fields[field];
    const managed = overview.managed.includes(field);
    input.readOnly = managed;
    // Never overwrite what the user is typing.
    if (managed || focused !== input) input.value = overview.config[field];
  }
  managedNote.hidden = overview.managed.length === 0;
  const configured = overview.config.relayUrl !== '' && overview.config.relayScope !== '';
  const state = organisationState(overview);
  card.dataset.state = state;
  heading.textContent = t(HEADINGS[state]);
  // Folded for the many users with no relay; shown once one is in use or a policy sets a field.
  // Never folded here: the user may be emptying the fields they opened it for.
  if (configured || state === 'managed') details.open = true;
  // Page-derived text only ever as textContent: the rules come from the relay over the network.
  sitesList.replaceChildren(
    ...overview.rules.flatMap((rule) =>
      rule.baseUrls.map((base) => {
        const item = document.createElement('li');
        item.textContent = t('org_site_rule', [base, rule.urlPattern]);
        return item;
      }),
    ),
  );
  sitesEmpty.hidden = overview.rules.length > 0;
  sitesEmpty.textContent = configured ? t('org_sites_pending') : t('org_sites_none');
  statusLine.textContent = configured
    ? relayStatusText(overview.status, Date.now(), messageLocale())
    : '';
}

async function refresh(): Promise<void> {
  try {
    render(await sendToWorker('organisation-overview', {}), document.activeElement);
  } catch (error) {
    showSaved(saved, error instanceof Error ? error.message : String(error), true);
  }
}

/** Checks both fields; saves when both are valid (or both empty: no relay). */
async function save(show: readonly OrganisationField[]): Promise<void> {
  const result = checkOrganisationInput({
    relayUrl: fields.relayUrl.value,
    relayScope: fields.relayScope.value,
  });
  const errors = new Map(result.ok ? [] : result.errors.map((e) => [e.field, e.message]));
  for (const field of ['relayUrl', 'relayScope'] as const) {
    const box = requireElement(`#${field}-error`, HTMLElement);
    const message = errors.get(field);
    if (message === undefined) setFieldError(fields[field], box, null);
    else if (show.includes(field)) setFieldError(fields[field], box, t(message));
  }
  if (!result.ok) {
    // A "Saved." from before would contradict the error beside the field.
    saved.textContent = '';
    return;
  }
  await browser.storage.local.set({ [ORGANISATION_KEY]: result.config });
  showSaved(saved, t('org_saved'));
  await refresh();
}

/** Wires the section: save on change, follow changes made elsewhere (another tab, a policy). */
export function initOrganisationSection(): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(['relayUrl', 'relayScope']);
  });
  for (const field of ['relayUrl', 'relayScope'] as const) {
    fields[field].addEventListener('change', () => void save([field]));
  }
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && ORGANISATION_KEY in changes)) void refresh();
  });
  void refresh();
}
