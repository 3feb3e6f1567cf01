// Test and benchmark support, never bundled: where the read-only shared folder (cases, corpus,
// schemas, scorer) lives for this checkout: beside the repository in a clone or CI run
// (`<repo>/../shared`), two levels up for a git worktree kept under a sibling folder
// (`<repo>/../../shared`), or wherever SHARED_DIR says. The one locator every test and bench uses.
import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Candidate folders, most specific first. */
export function sharedDirCandidates(repoRoot = REPO_ROOT): string[] {
  const fromEnv = process.env.SHARED_DIR;
  return [
    ...(fromEnv === undefined || fromEnv === '' ? [] : [path.resolve(fromEnv)]),
    path.resolve(repoRoot, '../shared'),
    path.resolve(repoRoot, '../../shared'),
  ];
}

/** The shared folder, or undefined when no candidate holds `probe` (a path inside it). */
export function findSharedDir(probe = 'cases', repoRoot = REPO_ROOT): string | undefined {
  return sharedDirCandidates(repoRoot).find((dir) => fs.existsSync(path.join(dir, probe)));
}

/**
 * The shared folder; throws, naming every place looked at, when it is missing, so a test that
 * reads shared cases fails loudly instead of passing on nothing.
 */
export function requireSharedDir(probe = 'cases', repoRoot = REPO_ROOT): string {
  const dir = findSharedDir(probe, repoRoot);
  if (dir === undefined) {
    throw new Error(
      `shared folder with ${probe}/ not found (looked in ${sharedDirCandidates(repoRoot).join(', ')}; set SHARED_DIR)`,
    );
  }
  return dir;
}
