import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { compileHints } from './scripts/build/compile-hints';
import { contentReadingChunk } from './scripts/build/content-reading-chunk';
import { FRAME_PRESENCE_PATH, READING_MODULE_PATH } from './src/content/reading-module-path';
import { manifestFor, type BuildTarget } from './scripts/build/manifest-for';

// `vite build` → dist/ for Chrome and Edge; `vite build --mode firefox` → dist-firefox/ for
// Firefox. Same source; only the manifest differs (scripts/build/manifest-for.ts), and the version
// comes from package.json.
export default defineConfig(({ mode }) => {
  const target: BuildTarget = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        // manifestFor keeps every key of manifest.json; crxjs's own type is stricter than its input.
        manifest: manifestFor(target, manifest, pkg.version) as ManifestV3Export,
        browser: target,
      }),
      // After crx(): the scripts the worker injects into a page being read (no declared script).
      contentReadingChunk({
        [READING_MODULE_PATH]: 'src/content/reading-start.ts',
        [FRAME_PRESENCE_PATH]: 'src/content/frame-start.ts',
      }),
      // The offscreen document's chunk compiles all its functions as it loads (issue #14).
      compileHints(),
    ],
    build: {
      outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // No source maps in the store packages; reviewers get the source archive instead.
      sourcemap: false,
      // A content script's lazy chunk must not be preloaded: Vite's helper would add
      // <link rel=modulepreload> with extension paths to the page's own document.
      modulePreload: {
        resolveDependencies: (_file, deps, { hostId }) => (/src-content-/.test(hostId) ? [] : deps),
      },
      // Extension pages the manifest does not name (the crx plugin bundles those it names).
      rollupOptions: {
        input: {
          history: 'src/ui/history/index.html',
          welcome: 'src/ui/welcome/index.html',
          // Chrome/Edge read page snapshots there (src/background/snapshot/snapshot-host.ts).
          ...(target === 'chrome' ? { offscreen: 'src/offscreen/index.html' } : {}),
        },
      },
    },
  };
});
