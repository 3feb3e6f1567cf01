// The content script's reading module as its own chunk under a fixed name (issue #13, kind 6).
// The page-load script (src/content/content-script.iife.ts) is one classic script: crxjs builds
// it with every import inlined, so a page nobody reads loads no module at all. What it loads once
// the page is being read is src/content/reading.ts, a module with ordinary code splitting. This
// plugin emits that module at READING_MODULE_PATH and lists it and every chunk it reaches as
// web-accessible resources (the page's origin needs them to import extension files).
import type { CrxPlugin } from '@crxjs/vite-plugin';
import { READING_MODULE_PATH } from '../../src/content/reading-module-path';

/** What the plugin reads of a bundle chunk: its file and the chunks it imports. */
export interface ChunkImports {
  imports: readonly string[];
  dynamicImports: readonly string[];
}

/**
 * One `web_accessible_resources` entry of an MV3 manifest: for pages (`matches`) or for other
 * extensions (`extension_ids`). Firefox has no `use_dynamic_url`.
 * https://developer.chrome.com/docs/extensions/reference/manifest/web-accessible-resources
 */
export type WebAccessibleResource =
  | { resources: string[]; matches: string[]; use_dynamic_url?: boolean }
  | { resources: string[]; extension_ids: string[]; use_dynamic_url?: boolean };

/**
 * Every file `entry` may load: itself and the chunks reached through static and dynamic imports,
 * in breadth-first order. `chunks` maps a file name to its imports; a name not in it is a leaf.
 */
export function importClosure(entry: string, chunks: ReadonlyMap<string, ChunkImports>): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chunk = chunks.get(file);
    for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}

/**
 * `war` with `files` web-accessible on every http(s) page, added to the entry that already covers
 * those pages when there is one (so the manifest keeps one entry per set of pages).
 */
export function withWebAccessible(
  war: readonly WebAccessibleResource[],
  files: readonly string[],
  firefox: boolean,
): WebAccessibleResource[] {
  const matches = ['http://*/*', 'https://*/*'];
  const sameMatches = (entry: WebAccessibleResource) =>
    'matches' in entry &&
    entry.use_dynamic_url !== true &&
    JSON.stringify([...entry.matches].sort()) === JSON.stringify(matches);
  const result = war.map((entry) => ({ ...entry, resources: [...entry.resources] }));
  const target = result.find(sameMatches);
  if (target) {
    for (const file of files) if (!target.resources.includes(file)) target.resources.push(file);
    return result;
  }
  const added: WebAccessibleResource = { matches, resources: [...files] };
  if (!firefox) added.use_dynamic_url = false;
  return [...result, added];
}

/**
 * Vite plugin (with crxjs's manifest hook): builds `entry` (the reading module) at
 * READING_MODULE_PATH and makes it web-accessible. Place it after crx(), whose WAR it extends.
 */
export function contentReadingChunk(entry: string, firefox: boolean): CrxPlugin {
  return {
    name: 'reading-timeline:content-reading-chunk',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: entry,
        fileName: READING_MODULE_PATH,
        preserveSignature: 'exports-only',
      });
    },
    // crxjs's own hook, called with the final manifest (its web_accessible_resources included).
    renderCrxManifest(manifest, bundle) {
      const chunks = new Map<string, ChunkImports>();
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') chunks.set(file.fileName, file);
      }
      if (!chunks.has(READING_MODULE_PATH)) {
        this.error(`The reading module was not built at ${READING_MODULE_PATH}.`);
      }
      manifest.web_accessible_resources = withWebAccessible(
        manifest.web_accessible_resources ?? [],
        importClosure(READING_MODULE_PATH, chunks),
        firefox,
      );
      return manifest;
    },
  };
}
