// The corpus layout bench:extract and bench:extract-ab read: <corpus>/<case>/source.html, served
// at the address in <case>/url.txt (default http://fakehost/test/page.html). And the quantile
// rule both report with.
import fs from 'node:fs';
import path from 'node:path';

const DEFAULT_URL = 'http://fakehost/test/page.html';

/**
 * The case folders of `dir` that hold a source.html, sorted by name. A case folder may be a
 * symbolic link to one (as corpusPages allows: a corpus assembled from links); a dangling link or
 * a link to a file holds no source.html.
 */
export function listCases(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        (d.isDirectory() || d.isSymbolicLink()) &&
        fs.existsSync(path.join(dir, d.name, 'source.html')),
    )
    .map((d) => d.name)
    .sort();
}

/** The address case folder `dir` is served at: its url.txt, else the default. */
export function caseUrl(dir: string): string {
  const file = path.join(dir, 'url.txt');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || DEFAULT_URL : DEFAULT_URL;
}

/**
 * The `q` quantile of `xs` by nearest rank (the smallest value with at least a share `q` of them
 * at or below it); NaN when `xs` is empty.
 */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
