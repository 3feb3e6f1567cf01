// One manifest source (manifest.json, written for Chrome and Edge) and the variants built from it.
// Pure: vite.config.ts passes the parsed manifest and package.json's version, so whatever other
// changes land in manifest.json (pages, content scripts, permissions) reach every build unchanged.

/** A browser family the extension is built for: `chrome` covers Chrome and Edge. */
export type BuildTarget = 'chrome' | 'firefox';

/** The manifest keys this function reads or writes; everything else passes through as is. */
export interface SourceManifest {
  manifest_version: number;
  name: string;
  version?: string;
  key?: string;
  minimum_chrome_version?: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  permissions?: string[];
  [key: string]: unknown;
}

/**
 * The add-on id on addons.mozilla.org and in every Firefox profile. Fixed, because
 * `identity.getRedirectURL()` is derived from it: the redirect URI registered in Entra stays valid
 * across installs. https://extensionworkshop.com/documentation/develop/extensions-and-the-add-on-id/
 */
export const GECKO_ID = 'reading-timeline@reading-timeline.dev';

/**
 * The oldest Firefox with everything the extension uses. The binding one is
 * `browser_specific_settings.gecko.data_collection_permissions` (Firefox 140; older versions
 * refuse to install a manifest that has it). The others are older: MV3 (109), `background.type:
 * module` (112), `storage.session` (115), `identity.launchWebAuthFlow` and `idle` (long before).
 * 140 is also an ESR, so enterprise users are covered.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android has `data_collection_permissions` from 142 (desktop: 140). */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * What the extension sends off the device, in Firefox's data-collection taxonomy
 * (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/): once the
 * user signs in, every page read goes to their own Microsoft account as a Graph user activity
 * with its URL and engagement times (browsingActivity) and its title, description, authors and
 * image as the page states them (websiteContent). Nothing is sent before sign-in, and nothing to
 * anyone else. Input events are used on the device only and never sent (no websiteActivity).
 */
export const DATA_COLLECTION = { required: ['browsingActivity', 'websiteContent'] } as const;

/**
 * Permissions only Chromium has or needs; Firefox would warn about each unknown one. `favicon`
 * lets the lists show the browser's copy of a page's icon (src/ui/favicon-source.ts); Firefox has
 * no such API and draws initials instead.
 */
const CHROMIUM_ONLY_PERMISSIONS = new Set(['offscreen', 'favicon']);

/** A semantic version the stores accept: 1 to 4 dot-separated integers, no leading zeros. */
const STORE_VERSION = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/;

/**
 * The manifest for one target, from the shared source and the version in package.json (the one
 * place versions come from). Chrome/Edge: the source with `version` set. Firefox: a background
 * event page (`background.scripts`) instead of the service worker, the fixed gecko id, the
 * minimum version and the data-collection declaration, and without the Chromium-only `key`,
 * `minimum_chrome_version` and permissions. Does not modify its input.
 * @throws Error when the version is not one the stores accept, or the source has no background.
 */
export function manifestFor(
  target: BuildTarget,
  source: SourceManifest,
  version: string,
): SourceManifest {
  if (!STORE_VERSION.test(version)) {
    throw new Error(`Version "${version}" is not 1 to 4 dot-separated integers (x.y.z).`);
  }
  const base: SourceManifest = structuredClone({ ...source, version });
  if (target === 'chrome') return base;

  const worker = source.background?.service_worker ?? source.background?.scripts?.[0];
  if (worker === undefined) throw new Error('The source manifest names no background script.');
  const { key: _key, minimum_chrome_version: _minimum, ...firefox } = base;
  const browserSpecific = (base['browser_specific_settings'] ?? {}) as Record<string, unknown>;
  return {
    ...firefox,
    background: { scripts: [worker], type: source.background?.type ?? 'module' },
    permissions: (base.permissions ?? []).filter((p) => !CHROMIUM_ONLY_PERMISSIONS.has(p)),
    browser_specific_settings: {
      ...browserSpecific,
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: [...DATA_COLLECTION.required] },
      },
      // Firefox for Android reads the same manifest; data_collection_permissions needs 142 there.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
