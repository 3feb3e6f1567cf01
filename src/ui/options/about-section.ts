// "About": the version from the manifest, and the source link when the build names one.
import browser from 'webextension-polyfill';
import { t } from '../../i18n/i18n';
import { requireElement } from '../dom';

/** Fills About: the version from the manifest, and the source link when the build names one. */
export function initAboutSection(): void {
  const manifest = browser.runtime.getManifest();
  requireElement('#about-version', HTMLElement).textContent = t(
    'options_version',
    manifest.version,
  );
  // `homepage_url` is where this build's source lives; only an http(s) address becomes a link.
  const home = manifest.homepage_url;
  if (home && /^https:\/\//i.test(home)) {
    const link = requireElement('#about-source a', HTMLAnchorElement);
    link.href = home;
    requireElement('#about-source', HTMLElement).hidden = false;
  }
}
