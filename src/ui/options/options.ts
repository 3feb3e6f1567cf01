// Options page entry: account and sign-in settings, what is published, what is kept, reading time.
import { sendToWorker } from '../../messaging/client';
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
void sendToWorker('get-settings', {}).then((settings) => {
  fillPrivacy(settings);
  fillKept(settings);
  fillTracking(settings);
});
