// The content script's reading module as one self-contained file (issue #13, kind 6).
// The page-load script (src/content/page-load.iife.ts) is one classic script: crxjs builds
// it with every import inlined, so a page nobody reads loads no module at all. What it loads once
// the page is being read is src/content/reading.ts, built here by a second Vite build (as crxjs
// builds its IIFE scripts) into one ES module with every import inlined, emitted at
// READING_MODULE_PATH and made web-accessible to http(s) pages.
//
// Why one file: in Chromium the module is reachable only through the extension's per-session
// dynamic URL (`use_dynamic_url`), so a site cannot detect the extension by fetching a fixed path.
// Chromium serves a dynamic URL under the extension's fixed id, though, so the module's own
// relative imports would resolve to fixed paths, which `use_dynamic_url` forbids: the module must
// import nothing. Firefox has no such key and needs none: its extension origin is a random
// per-install UUID (`moz-extension://<uuid>/`), unknown to sites.
import type { CrxPlugin } from '@crxjs/vite-plugin';
import { build, mergeConfig, type InlineConfig, type ResolvedConfig } from 'vite';
import { READING_MODULE_PATH } from '../../src/content/reading-module-path';

/**
 * One `web_accessible_resources` entry of an MV3 manifest: for pages (`matches`) or for other
 * extensions (`extension_ids`). Firefox has no `use_dynamic_url`.
 * https://developer.chrome.com/docs/extensions/reference/manifest/web-accessible-resources
 */
export type WebAccessibleResource =
  | { resources: string[]; matches: string[]; use_dynamic_url?: boolean }
  | { resources: string[]; extension_ids: string[]; use_dynamic_url?: boolean };

/** The pages that load the reading module: every page the content script runs on. */
const PAGES = ['http://*/*', 'https://*/*'];

/**
 * `war` plus an entry that makes `files` web-accessible to every http(s) page, in Chromium only
 * through the extension's dynamic URL (`use_dynamic_url: true`; Firefox does not know the key and
 * gets none). Any other entry naming one of `files` loses it, so no fixed path stays open.
 */
export function withWebAccessible(
  war: readonly WebAccessibleResource[],
  files: readonly string[],
  firefox: boolean,
): WebAccessibleResource[] {
  const result = war
    .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !files.includes(r)) }))
    .filter((entry) => entry.resources.length > 0);
  const added: WebAccessibleResource = { matches: [...PAGES], resources: [...files] };
  if (!firefox) added.use_dynamic_url = true;
  return [...result, added];
}

/** The second build: `entry` as one ES module, every import (static or dynamic) inlined. */
function readingModuleConfig(parent: ResolvedConfig, entry: string): InlineConfig {
  return mergeConfig(
    { root: parent.root, mode: parent.mode, resolve: parent.resolve, define: parent.define },
    {
      configFile: false,
      logLevel: 'warn',
      plugins: [],
      build: {
        write: false,
        emptyOutDir: false,
        modulePreload: false,
        lib: { entry, formats: ['es'], fileName: () => READING_MODULE_PATH },
        // One file; minified like the rest (Vite keeps an ES library's whitespace by default).
        rollupOptions: { output: { codeSplitting: false, minify: true } },
        sourcemap: false,
        target: parent.build.target,
      },
    } satisfies InlineConfig,
  );
}

/**
 * Vite plugin (with crxjs's manifest hook): builds `entry` (the reading module) as one file at
 * READING_MODULE_PATH and makes it web-accessible. Place it after crx(), whose WAR it extends.
 * Fails the build when the module is not one file (a chunk import could not be loaded).
 */
export function contentReadingChunk(entry: string, firefox: boolean): CrxPlugin {
  let config: ResolvedConfig;
  return {
    name: 'reading-timeline:content-reading-chunk',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build(readingModuleConfig(config, entry));
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
        'output' in r ? r.output : [],
      );
      const chunks = outputs.filter((output) => output.type === 'chunk');
      const [module] = chunks;
      if (chunks.length !== 1 || module?.fileName !== READING_MODULE_PATH) {
        this.error(
          `The reading module must build to the one file ${READING_MODULE_PATH}; got ` +
            `${chunks.map((chunk) => chunk.fileName).join(', ') || 'nothing'}.`,
        );
      }
      this.emitFile({ type: 'asset', fileName: READING_MODULE_PATH, source: module.code });
    },
    // crxjs's own hook, called with the final manifest (its web_accessible_resources included).
    renderCrxManifest(manifest) {
      manifest.web_accessible_resources = withWebAccessible(
        manifest.web_accessible_resources ?? [],
        [READING_MODULE_PATH],
        firefox,
      );
      return manifest;
    },
  };
}
