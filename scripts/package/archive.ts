// The store packages and the source archive: which files go in, how they are zipped (the same
// bytes on every machine), and what every archive must satisfy before it is uploaded.
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { GECKO_ID } from '../build/manifest-for';

/** A file inside an archive: a forward-slash path relative to its root, and its bytes. */
export interface ArchiveEntry {
  path: string;
  data: Uint8Array;
}

/** The three archives `npm run package` writes, by role. */
export type ArchiveKind = 'chrome' | 'firefox' | 'source';

/**
 * File names in packages/: `reading-timeline-<version>-chrome.zip` (Chrome Web Store and Edge
 * Add-ons take the same zip), `-firefox.zip` (addons.mozilla.org) and `-source.zip` (the source
 * AMO asks for when a package holds bundled code).
 */
export function archiveName(kind: ArchiveKind, version: string): string {
  return `reading-timeline-${version}-${kind}.zip`;
}

/**
 * Entries in zips get one fixed timestamp, so the same files always give the same archive. A
 * local-time Date: zip stores local DOS time, so the stored fields are the same in every zone.
 */
const FIXED_MTIME = new Date(1980, 0, 2, 0, 0, 0);

/** Files a store package never carries: source maps, tests, editor and OS leftovers. */
const NOT_SHIPPED = [/\.map$/, /(^|\/)[^/]+\.(test|spec)\.[cm]?[jt]sx?$/, /(^|\/)\.DS_Store$/];

/** Whether a built file belongs in a store package (see NOT_SHIPPED). */
export function isShipped(path: string): boolean {
  return !NOT_SHIPPED.some((pattern) => pattern.test(path));
}

/**
 * Zips entries deterministically: sorted by path, fixed timestamps, deflate level 9.
 * @throws Error on an absolute path, `..`, a backslash or a duplicate (a zip-slip or a mistake).
 */
export function zipEntries(entries: readonly ArchiveEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (/^\/|(^|\/)\.\.(\/|$)|\\/.test(entry.path) || entry.path === '') {
      throw new Error(`Refusing to zip the path "${entry.path}".`);
    }
    if (entry.path in files) throw new Error(`"${entry.path}" is in the archive twice.`);
    files[entry.path] = [entry.data, { mtime: FIXED_MTIME, level: 9 }];
  }
  return zipSync(files);
}

/** The files of a zip by path (directories omitted). */
export function unzipEntries(zip: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(zip);
  return new Map(Object.entries(files).filter(([path]) => !path.endsWith('/')));
}

interface ManifestLike {
  manifest_version?: number;
  version?: string;
  key?: string;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[] };
    };
  };
}

function manifestOf(files: Map<string, Uint8Array>, label: string, problems: string[]) {
  const bytes = files.get('manifest.json');
  if (!bytes) {
    problems.push(`${label}: no manifest.json at the root`);
    return undefined;
  }
  try {
    return JSON.parse(strFromU8(bytes)) as ManifestLike;
  } catch {
    problems.push(`${label}: manifest.json is not JSON`);
    return undefined;
  }
}

/**
 * Checks the three archives against each other and the version in package.json: every manifest
 * has that version; the Chrome one runs a service worker, the Firefox one an event page whose
 * script is in the package, with the gecko id, minimum version and data-collection declaration
 * and no `key`; neither store package holds source maps or tests; the source archive holds the
 * package.json of that version, its lock file, the manifest source and the README.
 * @returns Every problem found, in words; empty when all is well.
 */
export function checkArchives(
  archives: Record<ArchiveKind, Map<string, Uint8Array>>,
  version: string,
): string[] {
  const problems: string[] = [];
  const chrome = manifestOf(archives.chrome, 'chrome', problems);
  const firefox = manifestOf(archives.firefox, 'firefox', problems);
  for (const [label, manifest] of [
    ['chrome', chrome],
    ['firefox', firefox],
  ] as const) {
    if (!manifest) continue;
    if (manifest.version !== version) {
      problems.push(`${label}: version ${String(manifest.version)}, package.json says ${version}`);
    }
    if (manifest.manifest_version !== 3) problems.push(`${label}: not Manifest V3`);
    for (const path of archives[label].keys()) {
      if (!isShipped(path)) problems.push(`${label}: ships ${path}`);
    }
  }
  if (chrome && !chrome.background?.service_worker) {
    problems.push('chrome: no background.service_worker');
  }
  if (firefox) {
    const scripts = firefox.background?.scripts ?? [];
    if (scripts.length === 0) problems.push('firefox: no background.scripts (event page)');
    for (const script of scripts) {
      if (!archives.firefox.has(script)) problems.push(`firefox: ${script} is not in the package`);
    }
    if (firefox.background?.service_worker) problems.push('firefox: has a service_worker');
    if (firefox.key !== undefined) problems.push('firefox: carries the Chromium key');
    const gecko = firefox.browser_specific_settings?.gecko;
    if (gecko?.id !== GECKO_ID) problems.push(`firefox: gecko id ${String(gecko?.id)}`);
    if (!gecko?.strict_min_version) problems.push('firefox: no strict_min_version');
    if (!gecko?.data_collection_permissions?.required?.length) {
      problems.push('firefox: no data_collection_permissions');
    }
  }
  const pkg = archives.source.get('package.json');
  let sourceVersion: unknown;
  try {
    sourceVersion = pkg ? (JSON.parse(strFromU8(pkg)) as { version?: unknown }).version : undefined;
  } catch {
    sourceVersion = undefined;
  }
  if (sourceVersion !== version) {
    problems.push(`source: package.json version ${String(sourceVersion)}, expected ${version}`);
  }
  for (const needed of ['package-lock.json', 'manifest.json', 'README.md', 'vite.config.ts']) {
    if (!archives.source.has(needed)) problems.push(`source: no ${needed}`);
  }
  for (const path of archives.source.keys()) {
    if (/^(node_modules|dist|dist-firefox|packages)\//.test(path)) {
      problems.push(`source: holds build output or dependencies (${path})`);
    }
  }
  return problems;
}
