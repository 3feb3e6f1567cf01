/**
 * Timed pauses. The end is stored in the settings (`pausedUntil`, ms since the epoch) and one
 * `chrome.alarms` alarm ends it, so a worker stopped in the meantime still resumes on time; a
 * worker that wakes after the end (the browser was closed) resumes at once.
 */
export type PauseChoice = 'hour' | 'tomorrow' | 'until-resumed';

/** When a pause chosen at `now` ends: in an hour, at the next local midnight, or never (null). */
export function pauseEnd(choice: PauseChoice, now: number): number | null {
  switch (choice) {
    case 'hour':
      return now + 3_600_000;
    case 'tomorrow': {
      const midnight = new Date(now);
      midnight.setHours(24, 0, 0, 0);
      return midnight.getTime();
    }
    case 'until-resumed':
      return null;
  }
}

/** Whether a timed pause has run out at `now` (an untimed pause never does). */
export function pauseExpired(
  settings: { paused: boolean; pausedUntil: number | null },
  now: number,
): boolean {
  return settings.paused && settings.pausedUntil !== null && settings.pausedUntil <= now;
}
