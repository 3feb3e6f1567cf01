// Frame presence into the subframes of a tab being read (issue #13 kind 2): a player or widget in
// an iframe is evidence the top frame cannot see. Each frame document gets the file once. The
// worker cannot name a tab's frames without the webNavigation permission (an install warning), so
// it asks every frame, in two steps:
// - first its size, from a one-line function in the frame's own (main) world: a frame too small
//   to show a player or be read (0×0, 1×1, display:none, a tracking pixel: most frames of a news
//   page) gets nothing of ours, and no isolated world either. An isolated world is what a frame
//   costs: creating it and the file's first run took 0.25–1 ms per frame on the page's own thread
//   for same-site frames (breitbart: 18 frames, 9.5 ms), where the main-world question costs a
//   few hundredths of a millisecond;
// - then, for a frame big enough, whether it runs frame presence already (an ad loading again:
//   review F-load-1), and the file where it does not. A document just read (`fresh`) has none: no
//   question then.
// A frame that grows later without loading (a player in a modal, a tab panel, a consent wrapper
// shown after the read) is asked again when the reading path sees it grow (frame-loads.ts).
import type { Scripting } from 'webextension-polyfill';
import { isEvidenceSized } from '../../content/frame-size';
import { FRAME_PRESENCE_GUARD, FRAME_PRESENCE_PATH } from '../../content/reading-module-path';

/**
 * Runs in each frame's main world (serialised by executeScript: self-contained): the frame's
 * viewport size in CSS px, `[width, height]`, or null in the top frame. The page may shadow
 * `innerWidth`: a wrong answer only decides whether its own frame gets presence.
 */
function frameViewport(): [number, number] | null {
  return window === window.top ? null : [window.innerWidth, window.innerHeight];
}

/**
 * Runs in a frame's isolated world (serialised by executeScript: self-contained): whether the
 * frame's document does not run frame presence yet.
 */
function lacksFramePresence(guard: string): boolean {
  return !(guard in globalThis);
}

/**
 * Whether a frame answering `viewport` (frameViewport's result) may show evidence: a subframe not
 * tiny. An answer of another shape (a page that broke the question) counts as may: presence is
 * worth more than the frame's fraction of a millisecond.
 */
export function mayShowEvidence(viewport: unknown): boolean {
  if (viewport === null) return false;
  if (!Array.isArray(viewport) || viewport.length !== 2) return true;
  const [width, height] = viewport as unknown[];
  if (typeof width !== 'number' || typeof height !== 'number') return true;
  return isEvidenceSized(width, height);
}

/**
 * Injects frame presence into each subframe of tab `tabId` that may show evidence
 * (mayShowEvidence) and whose document lacks it; with `fresh` (the tab's document was just read:
 * none of its frames has it), without asking whether it does. Returns into how many frames the
 * file went. Never throws: a tab gone or not scriptable, or a frame that navigated or went
 * meanwhile (its next document is asked for at its load), injects nothing there.
 */
export async function injectFramePresence(
  scripting: Pick<Scripting.Static, 'executeScript'>,
  tabId: number,
  { fresh = false } = {},
): Promise<number> {
  try {
    const question = { target: { tabId, allFrames: true }, func: frameViewport } as const;
    // A browser without main-world injection (Firefox before 128) is asked in isolated worlds:
    // dearer, never wrong.
    const viewports = await scripting
      .executeScript({ ...question, world: 'MAIN' })
      .catch(() => scripting.executeScript(question));
    const frameIds = viewports.flatMap((answer) =>
      mayShowEvidence(answer.result) ? [answer.frameId] : [],
    );
    // One frame at a time: a frame removed meanwhile fails its own calls, not its siblings'.
    const injected = await Promise.allSettled(
      frameIds.map(async (frameId) => {
        const target = { tabId, frameIds: [frameId] };
        if (!fresh) {
          const [answer] = await scripting.executeScript({
            target,
            func: lacksFramePresence,
            args: [FRAME_PRESENCE_GUARD],
          });
          if (answer?.result !== true) return false;
        }
        await scripting.executeScript({ target, files: [FRAME_PRESENCE_PATH] });
        return true;
      }),
    );
    return injected.filter((outcome) => outcome.status === 'fulfilled' && outcome.value).length;
  } catch {
    return 0;
  }
}
