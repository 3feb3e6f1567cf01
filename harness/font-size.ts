// The browser's default font size (Chrome/Edge: Settings → Appearance → Font size; "Large" is
// 20 px, "Very large" 24 px), set in a Chromium profile before it launches. Not zoom: a CSS px
// stays the same size, only text sized in rem or em grows (e2e/font-size.spec.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the profile's `Default/Preferences` JSON holds, as far as this file reads it. */
interface Preferences {
  webkit?: { webprefs?: Record<string, unknown> };
  [key: string]: unknown;
}

/**
 * Writes the default font size (`px`, CSS px; Chromium's own default is 16) into the profile at
 * `userDataDir`, creating its `Default/Preferences` if the profile is new and keeping what else
 * it holds. The fixed-width font follows as Chromium's settings page sets it (3 px smaller). The
 * browser must be closed: Chromium rewrites the file from memory while it runs.
 */
export function setDefaultFontSize(userDataDir: string, px: number): void {
  const dir = join(userDataDir, 'Default');
  const file = join(dir, 'Preferences');
  mkdirSync(dir, { recursive: true });
  const prefs = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Preferences) : {};
  const webkit = prefs.webkit ?? {};
  prefs.webkit = {
    ...webkit,
    webprefs: { ...webkit.webprefs, default_font_size: px, default_fixed_font_size: px - 3 },
  };
  writeFileSync(file, JSON.stringify(prefs));
}
