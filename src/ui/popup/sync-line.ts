import type { SyncOverview } from '../../messaging/contract';
import { formatWhen } from '../format';

export interface SyncLine {
  text: string;
  /** What the button next to it does. */
  action: 'sync' | 'sign-in';
  /** Something needs the user's attention. */
  warn: boolean;
}

/** One line telling the user where their Timeline stands. */
export function describeSync(sync: SyncOverview, now: number, locale?: string): SyncLine {
  const extras = [
    sync.pending > 0 ? `${String(sync.pending)} waiting` : '',
    sync.parked > 0 ? `${String(sync.parked)} not accepted by Microsoft Graph` : '',
  ].filter(Boolean);
  const tail = extras.length > 0 ? ` · ${extras.join(' · ')}` : '';
  switch (sync.state) {
    case 'signed-out':
      return {
        text: 'Not signed in: what you read stays in this browser.',
        action: 'sign-in',
        warn: false,
      };
    case 'sign-in-required':
      return {
        text: `Sign in again to keep publishing to your Timeline. Nothing is lost${tail}.`,
        action: 'sign-in',
        warn: true,
      };
    case 'waiting': {
      const until = Math.max(sync.retryAfterUntil ?? 0, sync.backoffUntil ?? 0);
      const when = until > now ? `, next try ${formatWhen(until, now, locale)}` : '';
      const reason = sync.lastError ? ` (${sync.lastError.code})` : '';
      return {
        text: `Sync is waiting${reason}${when}${tail}.`,
        action: 'sync',
        warn: sync.attempt > 2,
      };
    }
    case 'idle':
    case 'syncing':
    case 'error': {
      const last =
        sync.lastSuccessAt === undefined
          ? 'Not synced yet'
          : `Synced ${formatWhen(sync.lastSuccessAt, now, locale)}`;
      return { text: `${last}${tail}.`, action: 'sync', warn: sync.parked > 0 };
    }
  }
}
