// Frame presence into the subframes of a tab being read (issue #13 kind 2): a player or widget in
// an iframe is evidence the top frame cannot see. Each frame document gets the file once. The
// worker cannot name a tab's frames without the webNavigation permission (an install warning):
// - a document just read has no frame with it yet: the file goes into every frame at once (the
//   top frame, which has the reading path, leaves at frame-start.ts's first line);
// - later (a frame loaded: content/frame-loads.ts, or the tab loading again at the same address,
//   which covers frames nested in frames: injector.ts), it asks every frame first with a one-line
//   function and injects the file only into the frames that answer that they lack it.
// Measured with bench:frame-cost (three cross-site frames, load 24–34): asking first costs each
// frame about 0.2 ms, more than the file's ~0.1 ms in the top frame, so a new document is not
// asked; for an ad loading a new document every second, asking saves the file in the top frame and
// in the other frames at every load (review F-load-1).
import type { Scripting } from 'webextension-polyfill';
import { FRAME_PRESENCE_GUARD, FRAME_PRESENCE_PATH } from '../../content/reading-module-path';

/**
 * Runs in each frame's isolated world (serialised by executeScript: self-contained): whether the
 * frame is a subframe whose document does not run frame presence yet.
 */
function lacksFramePresence(guard: string): boolean {
  return window !== window.top && !(guard in globalThis);
}

/**
 * Injects frame presence into each subframe of tab `tabId` whose document lacks it; with `fresh`
 * (the tab's document was just read: none of its frames has it), into every frame without asking.
 * Returns how many frames it asked for it (0 when it could not). Never throws: a tab gone or not
 * scriptable, or a frame that navigated meanwhile (its next document is asked for at its load),
 * injects nothing.
 */
export async function injectFramePresence(
  scripting: Pick<Scripting.Static, 'executeScript'>,
  tabId: number,
  { fresh = false } = {},
): Promise<number> {
  try {
    if (fresh) {
      const ran = await scripting.executeScript({
        target: { tabId, allFrames: true },
        files: [FRAME_PRESENCE_PATH],
      });
      return ran.length;
    }
    const answers = await scripting.executeScript({
      target: { tabId, allFrames: true },
      func: lacksFramePresence,
      args: [FRAME_PRESENCE_GUARD],
    });
    const frameIds = answers.flatMap((answer) => (answer.result === true ? [answer.frameId] : []));
    // One call per frame: a frame removed meanwhile fails its own call, not its siblings'.
    const injected = await Promise.allSettled(
      frameIds.map((frameId) =>
        scripting.executeScript({
          target: { tabId, frameIds: [frameId] },
          files: [FRAME_PRESENCE_PATH],
        }),
      ),
    );
    return injected.filter((outcome) => outcome.status === 'fulfilled').length;
  } catch {
    return 0;
  }
}
