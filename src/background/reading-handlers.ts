import { scrollToPositionCommand } from '../messaging/page-commands';
import { listUnfinished } from '../store/reading-store';
import type { BackgroundContext } from './context';
import type { HandlerMap } from './handler-map';
import { withLiveTime, withoutHidden } from './history-handlers';
import { planResume } from './resume-plan';

/**
 * "Continue reading" (popup and history page) and opening any recorded page. Opening a page and
 * resuming it are one message: both pick the tab by one rule (resume-plan.ts, page-tab.ts) and
 * differ only in whether the reading position comes along.
 */
export const readingHandlers: HandlerMap<'list-unfinished' | 'open-page', BackgroundContext> = {
  async 'list-unfinished'(context, { limit }) {
    // A deletion waiting out its undo window hides its pages at once. Each page's time is the one
    // the list of pages shows (never less than shown before), not only what the store holds.
    const rows = await withoutHidden(context, await listUnfinished(context.db, limit ?? 5));
    return withLiveTime(context, rows);
  },

  async 'open-page'(context, { appActivityId, resume }) {
    const record = await context.db.get('activities', appActivityId);
    if (!record) return { how: 'missing' };
    const position = !resume
      ? undefined
      : context.settings().resumePosition
        ? record.reading
        : record.reading && { progress: record.reading.progress };
    const plan = planResume(context.tracker.current, appActivityId, record.metadata.url, position);
    if (plan.kind === 'switch' && (await context.browserState.showTab(plan.tabId, plan.windowId))) {
      // The content script scrolls to the quoted block (or by progress); a tab whose script is
      // gone (extension reloaded) stays where it was.
      if (plan.position) {
        await context.browserState.sendToTab(plan.tabId, scrollToPositionCommand(plan.position));
      }
      return { how: 'switched' };
    }
    const tabId = await context.browserState.openTab(plan.url);
    // Firefox does not scroll a tab the add-on opens to its text fragment, and without a quote
    // there is none: the position goes to the tab once the page is read there (pending-resume.ts).
    if (tabId !== undefined && position) {
      await context.pendingResumes.remember(tabId, appActivityId, position);
    }
    return { how: 'opened' };
  },
};
