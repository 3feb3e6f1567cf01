// Options page entry: account and sign-in settings, what is published, what is kept, reading time.
import { sendToWorker } from '../../messaging/client';
import { disabledWhileLoading, requireElement } from '../dom';
import { initAccountSection, refreshAccount } from './account-section';
import { initAuthSettings } from './auth-settings';
import { fillKept, initKeptSection } from './kept-section';
import { fillPrivacy, initPrivacySection } from './privacy-section';
import { fillTracking, initTrackingSection } from './tracking-section';
import { initControlSection } from './control-section';

initControlSection();
initAccountSection();
initPrivacySection();
initKeptSection();
initTrackingSection();
void initAuthSettings();
void refreshAccount();
// The settings forms stay disabled until filled, so nothing typed early is overwritten.
const settingsLoaded = sendToWorker('get-settings', {});
for (const [selector, fill] of [
  ['#privacy-form', fillPrivacy],
  ['#kept-form', fillKept],
  ['#tracking-form', fillTracking],
] as const) {
  void disabledWhileLoading(requireElement(selector, HTMLFormElement), async () => {
    fill(await settingsLoaded);
  });
}
