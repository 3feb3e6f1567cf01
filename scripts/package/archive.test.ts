import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { manifestFor } from '../build/manifest-for';
import {
  archiveName,
  checkArchives,
  isShipped,
  unzipEntries,
  zipEntries,
  type ArchiveEntry,
  type ArchiveKind,
} from './archive';

const VERSION = '1.4.2';
const text = (value: unknown): Uint8Array =>
  strToU8(typeof value === 'string' ? value : JSON.stringify(value));

/** Archives as `npm run package` writes them, built from the real manifest source. */
function validArchives(): Record<ArchiveKind, Map<string, Uint8Array>> {
  const chrome = manifestFor('chrome', source, VERSION);
  const firefox = manifestFor('firefox', source, VERSION);
  return {
    chrome: new Map([
      ['manifest.json', text(chrome)],
      ['assets/worker.js', text('worker')],
    ]),
    firefox: new Map([
      ['manifest.json', text(firefox)],
      ['src/background/service-worker.ts', text('event page')],
    ]),
    source: new Map([
      ['package.json', text({ name: 'reading-timeline', version: VERSION })],
      ['package-lock.json', text('{}')],
      ['manifest.json', text(source)],
      ['README.md', text('# Reading Timeline')],
      ['vite.config.ts', text('export default {}')],
    ]),
  };
}

function edit(
  kind: ArchiveKind,
  change: (files: Map<string, Uint8Array>) => void,
): Record<ArchiveKind, Map<string, Uint8Array>> {
  const archives = validArchives();
  change(archives[kind]);
  return archives;
}

function editManifest(
  kind: 'chrome' | 'firefox',
  change: (manifest: Record<string, unknown>) => void,
): Record<ArchiveKind, Map<string, Uint8Array>> {
  return edit(kind, (files) => {
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as Record<
      string,
      unknown
    >;
    change(manifest);
    files.set('manifest.json', text(manifest));
  });
}

describe('zipEntries / unzipEntries', () => {
  const entries: ArchiveEntry[] = [
    { path: 'manifest.json', data: text('{"version":"1"}') },
    { path: 'assets/a.js', data: text('console.log(1)') },
    { path: '_locales/en/messages.json', data: text('{}') },
  ];

  it('round-trips every file', () => {
    const files = unzipEntries(zipEntries(entries));
    expect([...files.keys()].sort()).toEqual(entries.map((e) => e.path).sort());
    expect(new TextDecoder().decode(files.get('assets/a.js'))).toBe('console.log(1)');
  });

  it('gives the same bytes for the same files, whatever their order', () => {
    expect(zipEntries([...entries].reverse())).toEqual(zipEntries(entries));
  });

  it.each(['/etc/passwd', '../outside.js', 'a/../../b', 'win\\path.js', ''])(
    'refuses the path "%s"',
    (path) => {
      expect(() => zipEntries([{ path, data: text('x') }])).toThrow(/Refusing/);
    },
  );

  it('refuses a path given twice', () => {
    expect(() => zipEntries([entries[0], entries[0]] as ArchiveEntry[])).toThrow(/twice/);
  });
});

describe('isShipped', () => {
  it.each([
    ['assets/index.js', true],
    ['manifest.json', true],
    ['assets/index.js.map', false],
    ['src/store/db.test.ts', false],
    ['e2e/x.spec.ts', false],
    ['assets/latest.js', true],
    ['.DS_Store', false],
  ])('%s → %s', (path, shipped) => {
    expect(isShipped(path)).toBe(shipped);
  });
});

describe('archiveName', () => {
  it.each(['chrome', 'firefox', 'source'] as const)('%s', (kind) => {
    expect(archiveName(kind, VERSION)).toBe(`reading-timeline-${VERSION}-${kind}.zip`);
  });
});

describe('checkArchives', () => {
  it('passes archives built from the manifest source at one version', () => {
    expect(checkArchives(validArchives(), VERSION)).toEqual([]);
  });

  it.each<[string, () => Record<ArchiveKind, Map<string, Uint8Array>>, RegExp]>([
    [
      'a Firefox manifest at another version',
      () => editManifest('firefox', (m) => (m.version = '1.4.1')),
      /firefox: version 1\.4\.1/,
    ],
    [
      'a Chrome manifest at another version',
      () => editManifest('chrome', (m) => (m.version = '2.0.0')),
      /chrome: version 2\.0\.0/,
    ],
    [
      'a source map in the Chrome zip',
      () => edit('chrome', (f) => f.set('assets/worker.js.map', text('{}'))),
      /chrome: ships assets\/worker\.js\.map/,
    ],
    [
      'a test file in the Firefox zip',
      () => edit('firefox', (f) => f.set('src/a.test.ts', text(''))),
      /firefox: ships src\/a\.test\.ts/,
    ],
    [
      'the Chromium key in the Firefox manifest',
      () => editManifest('firefox', (m) => (m.key = 'abc')),
      /carries the Chromium key/,
    ],
    [
      'a Firefox manifest with a service worker only',
      () => editManifest('firefox', (m) => (m.background = { service_worker: 'sw.js' })),
      /no background\.scripts/,
    ],
    [
      'an event page script missing from the package',
      () => edit('firefox', (f) => f.delete('src/background/service-worker.ts')),
      /is not in the package/,
    ],
    [
      'another gecko id',
      () =>
        editManifest('firefox', (m) => (m.browser_specific_settings = { gecko: { id: 'x@y' } })),
      /gecko id x@y/,
    ],
    [
      'no manifest in the Chrome zip',
      () => edit('chrome', (f) => f.delete('manifest.json')),
      /chrome: no manifest\.json/,
    ],
    [
      'a source archive of another version',
      () => edit('source', (f) => f.set('package.json', text({ version: '1.0.0' }))),
      /source: package\.json version 1\.0\.0/,
    ],
    [
      'node_modules in the source archive',
      () => edit('source', (f) => f.set('node_modules/x/index.js', text(''))),
      /dependencies/,
    ],
    [
      'a source archive without its lock file',
      () => edit('source', (f) => f.delete('package-lock.json')),
      /source: no package-lock\.json/,
    ],
  ])('reports %s', (_what, archives, problem) => {
    const problems = checkArchives(archives(), VERSION);
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('; '),
    ).toBe(true);
  });
});
