import { noteDeletion } from '../messaging/deletion-note';
import { WorkerError } from '../messaging/errors';
import { clearRelayReads } from '../organisation/relay-outbox-store';
import { clearLocalHistory } from '../store/activities-store';
import { loadDeletedReadings } from '../store/deleted-readings';
import { bindSyncToAccount } from '../sync/republish-store';
import type { BackgroundContext } from './context';
import type { HandlerMap } from './handler-map';

type AuthMessage = 'get-account' | 'complete-sign-in' | 'sign-out';

function authOf(context: BackgroundContext) {
  if (!context.auth) {
    throw new WorkerError('sign-in-unavailable', 'Sign-in is not available in this build.');
  }
  return context.auth;
}

/** Sign-in requests from the options page (and the popup's account line). Never return a token. */
export const authHandlers: HandlerMap<AuthMessage, BackgroundContext> = {
  'get-account': (context) => authOf(context).status(),

  async 'complete-sign-in'(context, { grant }) {
    const status = await authOf(context).completeSignIn(grant);
    if (status.state !== 'signed-out') {
      // Another account's Graph: publish everything kept here to it, from scratch. Reads queued for
      // the relay were the previous user's: the relay takes the user from the token, so the new
      // account's token must never carry them.
      const key = `${status.authority}|${status.account.homeAccountId}`;
      if (await bindSyncToAccount(context.db, key)) await clearRelayReads(context.db);
    }
    // Whatever waited while signed out (or for "Sign in again") goes now.
    void context.sync.run(true).catch(() => undefined);
    void context.organisation.runner.run().catch(() => undefined);
    return status;
  },

  async 'sign-out'(context, { deleteHistory }) {
    await authOf(context).signOut();
    // Queued relay reads belong to the account signing out; whoever signs in next must not report
    // them.
    await clearRelayReads(context.db);
    if (deleteHistory) {
      await clearLocalHistory(context.db, Date.now());
      // Open history pages and the popup empty their lists.
      await noteDeletion(context.session, { kind: 'deleted', at: Date.now() });
      // The reading under way goes with it; reading on is a new reading (docs/your-data.md,
      // Delete).
      const deleted = await loadDeletedReadings(context.db);
      if (deleted.length > 0)
        await context.tracker.dispatch({ type: 'engagements-deleted', deleted });
    }
    // A pass now records "signed out" and clears the sync alarm: nothing is sent any more.
    await context.sync.run(true);
    return { deletedHistory: deleteHistory };
  },
};
