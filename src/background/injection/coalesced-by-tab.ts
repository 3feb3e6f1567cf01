// A tab's frames are injected by one pass at a time (frame-presence-injection.ts). Every frame that
// loads asks for a pass ('frames-loaded'): the top frame and each subframe's presence script at
// most once a second each (frame-loads.ts), so a page of 200 frames reloading themselves asks 200
// times a second, and a compromised page as often as it likes. Each pass asks every frame of the
// tab (an executeScript into all of them, then one per frame big enough): run one per ask, the
// page would keep the worker, and its own thread, busy with injections. Asks heard while a pass
// runs are served by one more pass after it, which sees every frame loaded meanwhile.

/**
 * Wraps `work` so that, per tab, one run is in flight and at most one more waits: a call while a
 * run is in flight resolves when the run after it ends (however many calls came meanwhile), a call
 * when none is in flight starts one. A run's rejection reaches the calls it served.
 */
export function coalescedByTab(
  work: (tabId: number) => Promise<void>,
): (tabId: number) => Promise<void> {
  const running = new Map<number, Promise<void>>();
  const queued = new Map<number, Promise<void>>();
  const start = (tabId: number): Promise<void> => {
    const run = work(tabId).finally(() => {
      if (running.get(tabId) === run) running.delete(tabId);
    });
    running.set(tabId, run);
    return run;
  };
  return (tabId) => {
    const current = running.get(tabId);
    if (!current) return start(tabId);
    const waiting = queued.get(tabId);
    if (waiting) return waiting;
    // The next run starts once this one is over, whether it succeeded or not.
    const next = current
      .catch(() => undefined)
      .then(() => {
        queued.delete(tabId);
        return start(tabId);
      });
    queued.set(tabId, next);
    return next;
  };
}
