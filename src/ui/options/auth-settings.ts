// The "Sign-in settings" form: client id, tenant or authority, Graph URL. The first two are kept in
// storage.local (src/auth/config-store.ts); the Graph URL is a regular setting, saved by the worker.
// Saved as the user edits (like every section); read-only while signed in, until "Change settings…".
import browser from 'webextension-polyfill';
import { checkAuthConfig, type ConfigCheck, type ConfigField } from '../../auth/config';
import { AUTH_CONFIG_KEY, loadAuthConfig, saveAuthConfig } from '../../auth/config-store';
import { redirectUri } from '../../auth/interactive-sign-in';
import { t } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { isGraphBaseUrl, type Settings } from '../../settings/settings';
import { disabledWhileLoading, requireElement } from '../dom';
import { setFieldError, showSaved } from './field-state';

const form = requireElement('#auth-form', HTMLFormElement);
const fields = {
  clientId: requireElement('#client-id', HTMLInputElement),
  tenant: requireElement('#tenant', HTMLInputElement),
  graphBaseUrl: requireElement('#graph-base-url', HTMLInputElement),
};
const saved = requireElement('#auth-saved', HTMLElement);
const help = requireElement('#setup-help', HTMLElement);
const lockedNote = requireElement('#setup-locked', HTMLElement);
const summary = requireElement('#setup-summary', HTMLElement);
const summaryClient = requireElement('#setup-summary-client', HTMLElement);
const summaryTenant = requireElement('#setup-summary-tenant', HTMLElement);
const summaryGraph = requireElement('#setup-summary-graph', HTMLElement);

/** The folded form's lines show what the fields hold. */
function fillSummary(): void {
  summaryClient.textContent = fields.clientId.value;
  summaryTenant.textContent = fields.tenant.value;
  summaryGraph.textContent = fields.graphBaseUrl.value;
}

type Field = ConfigField | 'graphBaseUrl';
const ORDER: readonly Field[] = ['clientId', 'tenant', 'graphBaseUrl'];

function showError(field: Field, message: string | null): void {
  setFieldError(fields[field], requireElement(`#${field}-error`, HTMLElement), message);
}

/**
 * Checks the form and shows what is wrong: in every field (`all`), or only in those given (while
 * the user is still filling the others in). Returns the result.
 */
function check(show: readonly Field[] = ORDER): { auth: ConfigCheck; graphOk: boolean } {
  const auth = checkAuthConfig({ clientId: fields.clientId.value, tenant: fields.tenant.value });
  const errors = new Map<Field, string>(
    auth.ok ? [] : auth.errors.map((e) => [e.field, e.message]),
  );
  const graphOk = isGraphBaseUrl(fields.graphBaseUrl.value.trim());
  if (!graphOk) errors.set('graphBaseUrl', t('options_graph_url_error'));
  for (const field of ORDER) {
    // A field that became valid always loses its error; a new error shows only where asked.
    if (!errors.has(field)) showError(field, null);
    else if (show.includes(field)) showError(field, errors.get(field) ?? null);
  }
  return { auth, graphOk };
}

/**
 * Checks and saves the whole form; on an error, shows every field's error and moves focus to the
 * first invalid field. Returns the valid configuration, or null. Sign-in calls it too, so what
 * signs in is always what is saved.
 */
export async function saveAuthSettings(): Promise<Extract<ConfigCheck, { ok: true }> | null> {
  const { auth, graphOk } = check();
  if (!auth.ok || !graphOk) {
    ORDER.map((f) => fields[f])
      .find((e) => e.getAttribute('aria-invalid') === 'true')
      ?.focus();
    return null;
  }
  await saveAuthConfig(browser.storage.local, auth.config);
  await sendToWorker('update-settings', {
    patch: { graphBaseUrl: fields.graphBaseUrl.value.trim() },
  });
  help.hidden = true;
  return auth;
}

/** Told whether the saved settings can sign in (a client ID is set), on load and on every save. */
type ReadyListener = (ready: boolean) => void;
const readyListeners: ReadyListener[] = [];

/**
 * Calls `listener` with whether the stored sign-in settings are complete enough to sign in, once
 * loaded and after every change: the account section makes "Sign in with Microsoft" the page's
 * main button only then (review newuser item 14).
 */
export function onSignInReady(listener: ReadyListener): void {
  readyListeners.push(listener);
}

function tellReady(clientId: string): void {
  for (const listener of readyListeners) listener(clientId !== '');
}

/** Saves what one field changed, when the form is valid enough for it. */
async function saveField(field: Field): Promise<void> {
  const { auth, graphOk } = check([field]);
  if (field === 'graphBaseUrl') {
    if (!graphOk) return;
    await sendToWorker('update-settings', {
      patch: { graphBaseUrl: fields.graphBaseUrl.value.trim() },
    });
  } else {
    if (!auth.ok) return;
    await saveAuthConfig(browser.storage.local, auth.config);
  }
  showSaved(saved, t('options_saved'));
}

/**
 * Folded while signed in: what signed in stays visible as three lines of text (client ID, tenant,
 * Graph URL), not as three greyed read-only fields with their hints; changing them needs a
 * deliberate step ("Change settings…").
 */
export function lockAuthSettings(locked: boolean): void {
  for (const input of Object.values(fields)) input.readOnly = locked;
  lockedNote.hidden = !locked;
  summary.hidden = !locked;
  form.hidden = locked;
  fillSummary();
}

/** Makes the form editable and puts focus in it ("Change settings…"). */
export function unlockAuthSettings(): void {
  lockAuthSettings(false);
  fields.clientId.focus();
}

function fill(values: { clientId?: string; tenant?: string; graphBaseUrl?: string }): void {
  for (const field of ORDER) {
    const value = values[field];
    // Never overwrite what the user is typing.
    if (value !== undefined && fields[field] !== document.activeElement)
      fields[field].value = value;
  }
  fillSummary();
}

/**
 * Wires the form, then fills it from storage. The handlers are registered before anything is
 * awaited and the fields stay disabled until filled: a slow worker must never let an early Enter
 * submit the form natively (a page reload) or let the stored values overwrite what was typed.
 */
export async function initAuthSettings(): Promise<void> {
  form.addEventListener('change', (event) => {
    const field = ORDER.find((f) => fields[f] === event.target);
    if (field) {
      void saveField(field).catch((error: unknown) => {
        showSaved(saved, t('options_not_saved', String(error)), true);
      });
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void saveAuthSettings()
      .then((result) => {
        if (result) showSaved(saved, t('options_saved'));
      })
      .catch((error: unknown) => {
        showSaved(saved, t('options_not_saved', String(error)), true);
      });
  });
  // Another tab (or this one) saved: show it, unless the user is typing there.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (AUTH_CONFIG_KEY in changes) {
      void loadAuthConfig(browser.storage.local).then((config) => {
        fill(config);
        tellReady(config.clientId);
      });
    }
  });
  requireElement('#redirect-uri', HTMLElement).textContent = redirectUri();
  await disabledWhileLoading(form, async () => {
    const [config, settings] = await Promise.all([
      loadAuthConfig(browser.storage.local),
      sendToWorker('get-settings', {}),
    ]);
    fill({ ...config, graphBaseUrl: settings.graphBaseUrl });
    // A fresh install without a client id explains how to get one.
    help.hidden = config.clientId !== '';
    tellReady(config.clientId);
  });
}

/** The Graph URL as stored (called by the options page on every settings change). */
export function fillGraphBaseUrl(settings: Settings): void {
  fill({ graphBaseUrl: settings.graphBaseUrl });
}
