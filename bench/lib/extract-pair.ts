// bench:extract-ab's pairing: one case run once per build, kept only when every build ran it, so
// the medians stay paired; a case that fails on any side (a load timeout at high load) is
// reported with its reason and the run goes on (lead finding F-lead-1, session 13; #14 wants
// every case scored, and one slow page must not cost the run).

/** Every side's run of one case, or the first side that failed and why. */
export type PairOutcome<S extends string, R> =
  { ok: true; runs: Record<S, R> } | { ok: false; side: S; error: string };

/**
 * Runs `run` for each side of `order`, in order, and returns all their results; at the first
 * rejection it stops (the case is dropped whatever the later sides give) and returns that side
 * with the error's text. Never rejects.
 */
export async function runPair<S extends string, R>(
  order: readonly S[],
  run: (side: S) => Promise<R>,
): Promise<PairOutcome<S, R>> {
  const runs: Partial<Record<S, R>> = {};
  for (const side of order) {
    try {
      runs[side] = await run(side);
    } catch (error) {
      return { ok: false, side, error: String(error) };
    }
  }
  return { ok: true, runs: runs as Record<S, R> };
}
