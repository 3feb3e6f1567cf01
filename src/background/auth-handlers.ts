import type { ParsedRequest, ResponseOf, UiContract } from '../messaging/contract';
import { bindSyncToAccount, clearLocalHistory } from '../store/sync-store';
import type { BackgroundContext } from './background-app';

export type AuthRequest = Extract<
  ParsedRequest,
  { type: 'get-account' | 'complete-sign-in' | 'sign-out' }
>;

/** Sign-in requests from the options page (and the popup's account line). */
export async function handleAuthRequest(
  context: BackgroundContext,
  request: AuthRequest,
): Promise<ResponseOf<keyof UiContract>> {
  const { auth } = context;
  if (!auth) throw new Error('Sign-in is not available in this build.');
  switch (request.type) {
    case 'get-account':
      return auth.status();
    case 'complete-sign-in': {
      const status = await auth.completeSignIn(request.payload.grant);
      if (status.state !== 'signed-out') {
        // Another account's Graph: publish everything kept here to it, from scratch.
        await bindSyncToAccount(context.db, `${status.authority}|${status.account.homeAccountId}`);
      }
      // Whatever waited while signed out (or for "Sign in again") goes now.
      void context.sync.run(true).catch(() => undefined);
      return status;
    }
    case 'sign-out': {
      await auth.signOut();
      if (request.payload.deleteHistory) await clearLocalHistory(context.db);
      // A pass now records "signed out" and clears the sync alarm: nothing is sent any more.
      await context.sync.run(true);
      return { deletedHistory: request.payload.deleteHistory };
    }
  }
}
