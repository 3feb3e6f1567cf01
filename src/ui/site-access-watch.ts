/**
 * The browser side of site access (site-access.ts): asks `permissions` whether the manifest's
 * hosts are granted, follows `permissions.onAdded/onRemoved` (the user changing it in the browser
 * while a page is open), and asks for them from the user's click. The welcome page, the popup and
 * the options page share it; the browser is injected, so it is unit-tested
 * (site-access-watch.test.ts).
 */
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n';
import { requireElement } from './dom';
import { siteAccessNotice, siteAccessOf, requestOutcomeText, type SiteAccess } from './site-access';

/** What the pages ask of the browser's `permissions` API. */
export interface SiteAccessDeps {
  /** The hosts the manifest asks for (`host_permissions`). */
  origins: readonly string[];
  /** `permissions.contains({ origins })`. */
  contains(origins: readonly string[]): Promise<boolean>;
  /** The origins `permissions.getAll()` lists. */
  granted(): Promise<string[]>;
  /**
   * `permissions.request({ origins })`: the browser asks the user (Firefox and Chrome both need a
   * user gesture, so it must be called while the click is handled, before anything is awaited).
   */
  request(origins: readonly string[]): Promise<boolean>;
  /** Calls `listener` whenever a permission is added or removed. */
  onChange(listener: () => void): void;
}

/** The real browser's `permissions`, with the hosts of the running manifest. */
export function browserSiteAccess(): SiteAccessDeps {
  return {
    origins: browser.runtime.getManifest().host_permissions ?? [],
    contains: (origins) => browser.permissions.contains({ origins: [...origins] }),
    granted: async () => (await browser.permissions.getAll()).origins ?? [],
    request: (origins) => browser.permissions.request({ origins: [...origins] }),
    onChange: (listener) => {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
    },
  };
}

/** The access now; a browser that fails to answer counts as full access (nothing to claim). */
export async function checkSiteAccess(deps: SiteAccessDeps): Promise<SiteAccess> {
  try {
    const [all, granted] = await Promise.all([deps.contains(deps.origins), deps.granted()]);
    return siteAccessOf(all, granted);
  } catch {
    return 'all';
  }
}

/**
 * Calls `show` with the access now and again after each change the browser reports, and when the
 * page comes back in front (a change made in another tab's settings while this one was hidden).
 * Answers that arrive out of order are dropped.
 */
export function watchSiteAccess(deps: SiteAccessDeps, show: (access: SiteAccess) => void): void {
  let seq = 0;
  const check = async (): Promise<void> => {
    const mine = ++seq;
    const access = await checkSiteAccess(deps);
    if (mine === seq) show(access);
  };
  deps.onChange(() => void check());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void check();
  });
  void check();
}

/**
 * Makes `button` ask for the manifest's hosts. The request is made inside the click (a user
 * gesture); `say` gets a line when the user declines (or the browser refuses) and '' when a new
 * request starts. The notice itself follows the grant through `watchSiteAccess`.
 */
export function wireAllowButton(
  button: HTMLButtonElement,
  deps: SiteAccessDeps,
  say: (text: string) => void,
): void {
  button.addEventListener('click', () => {
    say('');
    deps.request(deps.origins).then(
      (granted) => {
        const key = requestOutcomeText(granted);
        say(key ? t(key) : '');
      },
      () => {
        say(t('site_access_refused'));
      },
    );
  });
}

/** The notice's elements on the popup and the options page. */
export interface SiteAccessParts {
  /** Hidden while every website may be read. */
  box: HTMLElement;
  text: HTMLElement;
  button: HTMLButtonElement;
}

/** Draws the notice for `access` (site-access.ts siteAccessNotice); `data-access` for styling. */
export function drawSiteAccess(parts: SiteAccessParts, access: SiteAccess): void {
  const notice = siteAccessNotice(access);
  parts.box.dataset.access = access;
  parts.box.hidden = notice === null;
  parts.text.textContent = notice ? t(notice.text) : '';
  parts.button.textContent = notice ? t(notice.button) : '';
}

/**
 * The popup's and the options page's notice: drawn now and after each change, its button wired.
 * `onAccess` hears each access drawn (the popup hides its page line by it); `say` the outcome of
 * a request (see wireAllowButton).
 */
export function mountSiteAccess(
  parts: SiteAccessParts,
  deps: SiteAccessDeps,
  say: (text: string) => void,
  onAccess: (access: SiteAccess) => void = () => undefined,
): void {
  wireAllowButton(parts.button, deps, say);
  watchSiteAccess(deps, (access) => {
    drawSiteAccess(parts, access);
    if (access === 'all') say('');
    onAccess(access);
  });
}

/**
 * Mounts the notice the popup's and the options page's markup share in `box` (`.site-access-text`,
 * its `button` and `.site-access-outcome`), on the real browser's `permissions`.
 * @throws Error when the markup lacks one of those parts (a packaging bug).
 */
export function mountSiteAccessIn(box: HTMLElement, onAccess?: (access: SiteAccess) => void): void {
  const outcome = requireElement('.site-access-outcome', HTMLElement, box);
  mountSiteAccess(
    {
      box,
      text: requireElement('.site-access-text', HTMLElement, box),
      button: requireElement('button', HTMLButtonElement, box),
    },
    browserSiteAccess(),
    (text) => (outcome.textContent = text),
    onAccess,
  );
}
