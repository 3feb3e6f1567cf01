// The "Sign-in settings" form: client id, tenant or authority, Graph URL. The first two are kept in
// storage.local (src/auth/config-store.ts); the Graph URL is a regular setting, saved by the worker.
import browser from 'webextension-polyfill';
import { checkAuthConfig, type ConfigCheck } from '../../auth/config';
import { loadAuthConfig, saveAuthConfig } from '../../auth/config-store';
import { redirectUri } from '../../auth/interactive-sign-in';
import { sendToWorker } from '../../messaging/client';
import { isGraphBaseUrl } from '../../settings/settings';
import { disabledWhileLoading, requireElement } from '../dom';

const form = requireElement('#auth-form', HTMLFormElement);
const clientId = requireElement('#client-id', HTMLInputElement);
const tenant = requireElement('#tenant', HTMLInputElement);
const graphBaseUrl = requireElement('#graph-base-url', HTMLInputElement);
const saved = requireElement('#auth-saved', HTMLElement);
const help = requireElement('#setup-help', HTMLElement);

type Field = 'clientId' | 'tenant' | 'graphBaseUrl';

function showError(field: Field, message: string | null): void {
  const element = requireElement(`#${field}-error`, HTMLElement);
  element.textContent = message ?? '';
  element.hidden = message === null;
}

/** Validates what is in the form, shows what is wrong, and returns the result. */
function check(): { auth: ConfigCheck; graphOk: boolean } {
  const auth = checkAuthConfig({ clientId: clientId.value, tenant: tenant.value });
  showError('clientId', null);
  showError('tenant', null);
  if (!auth.ok) for (const error of auth.errors) showError(error.field, error.message);
  const graphOk = isGraphBaseUrl(graphBaseUrl.value.trim());
  showError(
    'graphBaseUrl',
    graphOk ? null : 'The Graph URL must start with https:// (http:// only for 127.0.0.1).',
  );
  return { auth, graphOk };
}

/**
 * Checks and saves the form. Returns the valid configuration, or null after showing what to fix.
 * Sign-in calls it too, so what signs in is always what is saved.
 */
export async function saveAuthSettings(): Promise<Extract<ConfigCheck, { ok: true }> | null> {
  const { auth, graphOk } = check();
  if (!auth.ok || !graphOk) return null;
  await saveAuthConfig(browser.storage.local, auth.config);
  await sendToWorker('update-settings', { patch: { graphBaseUrl: graphBaseUrl.value.trim() } });
  help.hidden = true;
  return auth;
}

/**
 * Wires the form, then fills it from storage. The submit handler is registered before anything is
 * awaited and the fields stay disabled until filled: a slow worker must never let a click submit the
 * form natively (a page reload) or let the stored values overwrite what was typed meanwhile.
 */
export async function initAuthSettings(): Promise<void> {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saved.textContent = '';
    void saveAuthSettings()
      .then((result) => {
        saved.textContent = result ? 'Saved.' : 'Not saved: see above.';
      })
      .catch((error: unknown) => {
        saved.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
  requireElement('#redirect-uri', HTMLElement).textContent = redirectUri();
  await disabledWhileLoading(form, async () => {
    const [config, settings] = await Promise.all([
      loadAuthConfig(browser.storage.local),
      sendToWorker('get-settings', {}),
    ]);
    clientId.value = config.clientId;
    tenant.value = config.tenant;
    graphBaseUrl.value = settings.graphBaseUrl;
    // A fresh install without a client id explains how to get one.
    help.hidden = config.clientId !== '';
  });
}
