// `npm run package` (after both builds): writes packages/ with the Chrome/Edge zip, the
// addons.mozilla.org zip and the source archive, then unpacks all three and checks them
// (scripts/package/archive.ts). Exits 1, naming every problem, when a check fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  archiveName,
  checkArchives,
  isShipped,
  unzipEntries,
  zipEntries,
  type ArchiveEntry,
  type ArchiveKind,
} from './archive';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGES_DIR = join(REPO_ROOT, 'packages');

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => path.split(sep).join('/'));
}

function builtEntries(dir: string): ArchiveEntry[] {
  if (!statSync(join(dir, 'manifest.json'), { throwIfNoEntry: false })) {
    throw new Error(`No build in ${relative(REPO_ROOT, dir)}/: run the builds first.`);
  }
  return filesUnder(dir)
    .filter(isShipped)
    .map((path) => ({ path, data: readFileSync(join(dir, path)) }));
}

/** Every file git tracks, as it is in the working tree: what `npm ci && npm run build` needs. */
function sourceEntries(): ArchiveEntry[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((path) => path !== '' && statSync(join(REPO_ROOT, path), { throwIfNoEntry: false }));
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (dirty.trim() !== '') {
    console.warn('Warning: uncommitted changes are in the source archive:\n' + dirty);
  }
  return tracked.map((path) => ({ path, data: readFileSync(join(REPO_ROOT, path)) }));
}

const version = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const entries: Record<ArchiveKind, ArchiveEntry[]> = {
  chrome: builtEntries(join(REPO_ROOT, 'dist')),
  firefox: builtEntries(join(REPO_ROOT, 'dist-firefox')),
  source: sourceEntries(),
};

rmSync(PACKAGES_DIR, { recursive: true, force: true });
mkdirSync(PACKAGES_DIR);
const unpacked = {} as Record<ArchiveKind, Map<string, Uint8Array>>;
for (const kind of ['chrome', 'firefox', 'source'] as const) {
  const file = join(PACKAGES_DIR, archiveName(kind, version));
  writeFileSync(file, zipEntries(entries[kind]));
  unpacked[kind] = unzipEntries(readFileSync(file));
  console.log(
    `${relative(REPO_ROOT, file)}: ${String(unpacked[kind].size)} files, ` +
      `${(statSync(file).size / 1024).toFixed(0)} KiB`,
  );
}
const problems = checkArchives(unpacked, version);
if (problems.length > 0) {
  console.error(`The packages are not fit to upload:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Checked: version ${version} everywhere, Firefox variant valid, no maps or tests.`);
