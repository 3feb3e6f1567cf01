import type { Settings } from '../settings/settings';
import { updateSettings, type SettingsStorage } from '../settings/settings';
import { pauseExpired } from '../settings/pause';
import type { AlarmsPort } from './tick-alarm';

/** Ends a timed pause (settings.pausedUntil); see src/settings/pause.ts. */
export const PAUSE_ALARM = 'pause-end';

/**
 * One alarm at the end of a timed pause; none otherwise. An end already past resumes now (by
 * writing the settings: storage.onChanged brings the resume to the tracker and the badge).
 */
export async function syncPauseAlarm(
  current: Settings,
  ports: { alarms: AlarmsPort; storage: SettingsStorage },
  now: number = Date.now(),
): Promise<void> {
  if (pauseExpired(current, now)) {
    await updateSettings(ports.storage, { paused: false, pausedUntil: null });
    return;
  }
  if (current.paused && current.pausedUntil !== null) {
    await ports.alarms.create(PAUSE_ALARM, { when: current.pausedUntil });
  } else {
    await ports.alarms.clear(PAUSE_ALARM);
  }
}
