import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

// `vite build` → dist/ for Chrome and Edge. The firefox mode does not build yet (the crx plugin
// stops before writing a manifest), so no npm script runs it.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [crx({ manifest, browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // Source maps help users and reviewers read exactly what runs; no remote code either way.
      sourcemap: false,
      // Extension pages the manifest does not name (it names the popup and options only).
      rollupOptions: { input: { history: 'src/ui/history/index.html' } },
    },
  };
});
