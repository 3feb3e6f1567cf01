// The scripts the worker injects into a page being read (issue #13, kind 6), each one classic
// script with every import inlined: `scripting.executeScript({ files })` runs a file as a classic
// script, so it can import nothing. No declared content script runs on page load; nothing is
// web-accessible (an injected file needs no web_accessible_resources entry), so a site cannot
// detect the extension by fetching its files. Built by a second Vite build per file, as crxjs
// builds its IIFE scripts.
import type { CrxPlugin } from '@crxjs/vite-plugin';
import { build, mergeConfig, type InlineConfig, type ResolvedConfig } from 'vite';

/** A second build: `entry` as one classic script at `fileName`, every import inlined. */
function readingModuleConfig(
  parent: ResolvedConfig,
  entry: string,
  fileName: string,
): InlineConfig {
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
        lib: { entry, formats: ['iife'], name: 'readingTimeline', fileName: () => fileName },
        // One file; minified like the rest (Vite keeps an ES library's whitespace by default).
        rollupOptions: { output: { codeSplitting: false, minify: true } },
        sourcemap: false,
        target: parent.build.target,
      },
    } satisfies InlineConfig,
  );
}

/**
 * Vite plugin: builds each entry of `entries` (by output file name, e.g. READING_MODULE_PATH) as one
 * classic script at that name. Fails the build when an entry does not build to one file.
 */
export function contentReadingChunk(entries: Readonly<Record<string, string>>): CrxPlugin {
  let config: ResolvedConfig;
  return {
    name: 'reading-timeline:content-reading-chunk',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      for (const [fileName, entry] of Object.entries(entries)) {
        const result = await build(readingModuleConfig(config, entry, fileName));
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
          'output' in r ? r.output : [],
        );
        const chunks = outputs.filter((output) => output.type === 'chunk');
        const [script] = chunks;
        if (chunks.length !== 1 || script?.fileName !== fileName) {
          this.error(
            `${entry} must build to the one file ${fileName}; got ` +
              `${chunks.map((chunk) => chunk.fileName).join(', ') || 'nothing'}.`,
          );
        }
        this.emitFile({ type: 'asset', fileName, source: script.code });
      }
    },
  };
}
