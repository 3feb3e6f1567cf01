import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import {
  FIREFOX_ANDROID_MIN_VERSION,
  FIREFOX_MIN_VERSION,
  GECKO_ID,
  manifestFor,
  type SourceManifest,
} from './manifest-for';

describe('manifestFor', () => {
  it.each(['chrome', 'firefox'] as const)('%s: takes the version from package.json', (target) => {
    expect(manifestFor(target, source, pkg.version).version).toBe(pkg.version);
  });

  it('chrome: is the source with its version, service worker and pinned key', () => {
    const chrome = manifestFor('chrome', source, '1.2.3');
    expect(chrome).toEqual({ ...source, version: '1.2.3' });
    expect(chrome.background).toEqual({
      service_worker: 'src/background/service-worker.ts',
      type: 'module',
    });
    expect(chrome.key).toBeTypeOf('string');
  });

  it('firefox: runs the same background code as an event page', () => {
    const firefox = manifestFor('firefox', source, '1.2.3');
    expect(firefox.background).toEqual({
      scripts: [source.background.service_worker],
      type: 'module',
    });
  });

  it('firefox: fixed add-on id, minimum versions and a truthful data-collection declaration', () => {
    expect(manifestFor('firefox', source, '1.2.3').browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['browsingActivity', 'websiteContent'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    });
  });

  it.each(['key', 'minimum_chrome_version'])('firefox: drops the Chromium-only %s', (key) => {
    expect(source).toHaveProperty(key);
    expect(manifestFor('firefox', source, '1.2.3')).not.toHaveProperty(key);
  });

  it('firefox: keeps every other key of the source (pages, content scripts, permissions)', () => {
    const firefox = manifestFor('firefox', source, '1.2.3');
    for (const key of ['action', 'options_ui', 'content_scripts', 'default_locale', 'incognito']) {
      expect(firefox[key]).toEqual((source as Record<string, unknown>)[key]);
    }
    // All but the Chromium-only ones (the next test).
    const chromiumOnly = ['offscreen', 'favicon'];
    expect(firefox.permissions).toEqual(
      source.permissions.filter((p) => !chromiumOnly.includes(p)),
    );
  });

  it('firefox: drops permissions only Chromium has', () => {
    const withOffscreen: SourceManifest = { ...source, permissions: ['storage', 'offscreen'] };
    expect(manifestFor('firefox', withOffscreen, '1.0.0').permissions).toEqual(['storage']);
  });

  it('favicon: Chrome and Edge get it (the lists read the browser’s icon cache), Firefox not', () => {
    expect(manifestFor('chrome', source, '1.0.0').permissions).toContain('favicon');
    expect(manifestFor('firefox', source, '1.0.0').permissions).not.toContain('favicon');
  });

  it('does not modify the source', () => {
    const copy = structuredClone(source);
    manifestFor('firefox', source, '9.9.9');
    expect(source).toEqual(copy);
  });

  it.each(['1.0.0-beta', '01.0', '1.2.3.4.5', '', 'v1'])('refuses the version "%s"', (version) => {
    expect(() => manifestFor('chrome', source, version)).toThrow(/dot-separated integers/);
  });

  it('refuses a source without a background script', () => {
    const { background: _background, ...noBackground } = source;
    expect(() => manifestFor('firefox', noBackground, '1.0.0')).toThrow(/background/);
  });
});
