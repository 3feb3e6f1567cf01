// Build-time defaults for the sign-in configuration (see docs/sign-in.md). Vite inlines
// `import.meta.env.VITE_*` at build time; undefined when not set.
interface ImportMetaEnv {
  /** Vite's mode, inlined: 'firefox' for `vite build --mode firefox`, 'production', 'test'. */
  readonly MODE?: string;
  readonly VITE_MS_CLIENT_ID?: string;
  readonly VITE_MS_TENANT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
