// Options page entry: account and sign-in settings, the organisation relay, what is published, what is kept, your reading
// history, reading time, what leaves this device, about. Every section follows storage changes made
// elsewhere (the popup's Pause, another tab).
import browser from 'webextension-polyfill';
import { localizeDocument } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { changedSettings } from '../../settings/settings';
import { requireElement } from '../dom';
import { initAboutSection } from './about-section';
import { initAccountSection, refreshAccount } from './account-section';
import { fillGraphBaseUrl, initAuthSettings } from './auth-settings';
import { initControlSection } from './control-section';
import { showDefaultDeviceName } from './device-name-field';
import { initOrganisationSection } from './organisation-section';
import { fillSettingsForms, initSettingsForms } from './settings-forms';
import { mountSiteAccessIn } from '../site-access-watch';

localizeDocument();
// Whether the browser lets it read websites at all: a line and "Allow access to websites" if not.
mountSiteAccessIn(requireElement('#site-access', HTMLElement));
initControlSection();
initAccountSection();
// The forms are wired at once and stay disabled until filled, so nothing typed early is lost.
initSettingsForms(sendToWorker('get-settings', {}));
// The four characters of this device's id in its default name are the worker's.
void showDefaultDeviceName(
  requireElement('#device-name', HTMLInputElement),
  requireElement('#deviceName-hint', HTMLElement),
  navigator.userAgent,
  sendToWorker('get-device-suffix', {}).then(({ suffix }) => suffix),
);
initOrganisationSection();
initAboutSection();
void initAuthSettings();
void refreshAccount();
browser.storage.onChanged.addListener((changes, area) => {
  const settings = changedSettings(changes, area);
  if (settings === null) return;
  fillSettingsForms(settings);
  fillGraphBaseUrl(settings);
});
