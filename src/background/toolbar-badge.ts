import type { Action } from 'webextension-polyfill';
import { messageLocale } from '../i18n/i18n';
import type { Settings } from '../settings/settings';
import type { SyncStatus } from '../store/schema';
import { badgeFor } from './badge';

/** The part of `browser.action` the badge uses. */
export type BadgePort = Pick<
  Action.Static,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'
>;

/**
 * What the toolbar badge reads: the action API, the settings, whether storage is full, and sync's
 * state.
 */
export interface ToolbarBadgeDeps {
  action: BadgePort;
  settings: () => Settings;
  /** Whether the browser last refused a write for lack of space. */
  storageFull: () => Promise<boolean>;
  /** The sync state as stored (status, and how many writes Graph refused), when not passed in. */
  syncState: () => Promise<{ status: SyncStatus; parked: number }>;
}

/**
 * The toolbar icon: pause, sync trouble and storage trouble in one badge (`badgeFor`). Redrawn
 * after every sync pass (with that pass's status) and after a pause, resume or storage problem.
 */
export function createToolbarBadge(deps: ToolbarBadgeDeps) {
  return {
    /** Draws the badge for `known`, or for the stored sync state when it is absent. */
    async show(known?: { status: SyncStatus; parked: number }): Promise<void> {
      const { status, parked } = known ?? (await deps.syncState());
      const current = deps.settings();
      const badge = badgeFor(
        {
          paused: current.paused,
          pausedUntil: current.pausedUntil,
          signInRequired: status.state === 'sign-in-required',
          parked,
          storageFull: await deps.storageFull(),
        },
        (at) =>
          new Date(at).toLocaleString(messageLocale(), { dateStyle: 'short', timeStyle: 'short' }),
      );
      await deps.action.setBadgeText({ text: badge.text });
      await deps.action.setBadgeBackgroundColor({ color: badge.color });
      await deps.action.setTitle({ title: badge.title });
    },
  };
}

/**
 * The toolbar badge (createToolbarBadge): `show` draws pause, sign-in, refused writes, full
 * storage.
 */
export type ToolbarBadge = ReturnType<typeof createToolbarBadge>;
