import { t } from '../i18n/i18n';

/** What the toolbar icon says about the extension's state, most urgent first. */
export interface BadgeState {
  paused: boolean;
  /** When a timed pause ends (ms since the epoch); null: until resumed. */
  pausedUntil: number | null;
  signInRequired: boolean;
  /** Writes Graph refused for good. */
  parked: number;
  /** The browser refused to store what was read (out of space). */
  storageFull: boolean;
}

/** What the toolbar icon shows: badge text and colour, and its tooltip. */
export interface Badge {
  text: string;
  /** CSS colour of the badge background. */
  color: string;
  /** The icon's tooltip (action.setTitle): the badge's meaning in words, for everyone. */
  title: string;
}

/**
 * The toolbar badge, tooltip and colour for a state (chrome.action badge text shows about four
 * characters). Losing data (storage full) outranks a pause, which outranks sync trouble.
 * `formatTime` renders a pause's end in the user's locale; the tooltip is in the catalog's language.
 */
export function badgeFor(state: BadgeState, formatTime: (at: number) => string): Badge {
  if (state.storageFull) {
    return {
      text: '!',
      color: '#b91c1c',
      title: t('badge_storage_full'),
    };
  }
  if (state.paused) {
    return {
      text: t('badge_paused_text'),
      color: '#4b5563',
      title:
        state.pausedUntil === null
          ? t('badge_paused')
          : t('badge_paused_until', formatTime(state.pausedUntil)),
    };
  }
  if (state.signInRequired) {
    return { text: '!', color: '#b45309', title: t('badge_sign_in') };
  }
  if (state.parked > 0) {
    return {
      text: String(state.parked),
      color: '#b91c1c',
      title: t('badge_parked', String(state.parked)),
    };
  }
  return { text: '', color: '#4b5563', title: t('ext_name') };
}
