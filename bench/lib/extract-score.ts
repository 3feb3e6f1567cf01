// Runs the shared scorer (shared/tools/extract-eval/score.mjs) on the benchmark's output when
// it can be loaded. The scorer needs its one dependency installed next to it; when the shared
// copy has none, a copy with `npm ci` done (e.g. /tmp/extract-eval) can be named instead.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedDirCandidates } from '../../src/testing/shared-dir';

/**
 * The scorer's figures for one field: cases scored (`n`), how many were right and the accuracy
 * (0–1, null with no case); false-positive rate and mean F1 where the scorer gives them.
 */
export interface FieldScore {
  n: number;
  correct: number;
  acc: number | null;
  fpRate?: number | null;
  meanF1?: number | null;
}

/** The shared scorer's report: cases, per-field scores, extraction time per page (ms). */
export interface ScoreReport {
  cases: number;
  summary: Record<string, FieldScore>;
  timing: { n: number; medianMs: number | null; p95Ms: number | null };
}

interface ScorerModule {
  score: (predictions: string, corpus: string, subset: string) => ScoreReport;
  markdown: (report: ScoreReport, name?: string) => string;
}

function isScorer(value: unknown): value is ScorerModule {
  const mod = value as Partial<ScorerModule> | null;
  return typeof mod?.score === 'function' && typeof mod.markdown === 'function';
}

/** The first scorer among the candidates that imports cleanly, or null. */
export async function loadScorer(
  repoRoot: string,
): Promise<{ path: string; mod: ScorerModule } | null> {
  const candidates = [
    process.env.EXTRACT_EVAL_SCORER,
    ...sharedDirCandidates(repoRoot).map((dir) => path.join(dir, 'tools/extract-eval/score.mjs')),
    '/tmp/extract-eval/score.mjs',
  ];
  for (const candidate of candidates) {
    if (candidate === undefined || !fs.existsSync(candidate)) continue;
    try {
      const mod: unknown = await import(pathToFileURL(candidate).href);
      if (isScorer(mod)) return { path: candidate, mod };
    } catch {
      // Missing dependency next to this copy: try the next one.
    }
  }
  return null;
}
