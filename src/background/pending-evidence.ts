import { reportEvidenceCommand } from '../messaging/page-commands';
import type { BackgroundContext } from './context';

/** How long a list waits for the page being read to say its pending input. */
export const EVIDENCE_WAIT_MS = 500;

/**
 * Before a list shows reading time: the page holding attention may have seen input it has not
 * said yet (input is reported at most every few seconds, and only banked time is shown: see
 * tracking/shown-time.ts), so ask it to say it now. Waits at most EVIDENCE_WAIT_MS; a page that
 * does not answer (its script gone, a busy renderer) leaves the figure as banked, seconds behind.
 */
export async function collectPendingEvidence(
  context: Pick<BackgroundContext, 'tracker' | 'browserState'>,
  waitMs = EVIDENCE_WAIT_MS,
): Promise<void> {
  const open = context.tracker.current.interval;
  if (!open) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  try {
    await Promise.race([
      context.browserState.sendToTab(open.tabId, reportEvidenceCommand()),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
