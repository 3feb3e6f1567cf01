// Options page entry: account and sign-in settings, the organisation relay, what is published, what is kept, your reading
// history, reading time, what leaves this device, about. Every section follows storage changes made
// elsewhere (the popup's Pause, another tab).
import browser from 'webextension-polyfill';
import { browserAndSystem } from '../../devices/device-id';
import { localizeDocument } from '../../i18n/i18n';
import { sendToWorker } from '../../messaging/client';
import { changedSettings } from '../../settings/settings';
import { requireElement } from '../dom';
import { initAboutSection } from './about-section';
import { initAccountSection, refreshAccount } from './account-section';
import { fillGraphBaseUrl, initAuthSettings } from './auth-settings';
import { initControlSection } from './control-section';
import { initOrganisationSection } from './organisation-section';
import { fillSettingsForms, initSettingsForms } from './settings-forms';

localizeDocument();
initControlSection();
initAccountSection();
// The forms are wired at once and stay disabled until filled, so nothing typed early is lost.
initSettingsForms(sendToWorker('get-settings', {}));
// The default name's visible part; the four characters of this device's id are the worker's.
requireElement('#device-name', HTMLInputElement).placeholder =
  `${browserAndSystem(navigator.userAgent)} (…)`;
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
