import { describe, expect, it } from 'vitest';
import {
  defaultDeviceLabel,
  deviceGuid,
  isDeviceNode,
  newDeviceNode,
  nodeOfGuid,
  readDefaultName,
  withDeviceLabel,
} from './device-id';

const bytes = (fill: number) => (length: number) => new Uint8Array(length).fill(fill);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('device ids', () => {
  it.each([0x00, 0xff, 0x5a])('writes a UUIDv8 GUID carrying the node (random bytes %d)', (b) => {
    const node = newDeviceNode(bytes(0x3c));
    expect(isDeviceNode(node)).toBe(true);
    const id = deviceGuid(node, bytes(b));
    expect(id).toMatch(GUID);
    expect(id[14]).toBe('8');
    expect('89ab').toContain(id[19]);
    expect(nodeOfGuid(id)).toBe(node);
    expect(nodeOfGuid(id.toUpperCase())).toBe(node);
  });

  it.each([
    ['a version 4 GUID', '11111111-2222-4333-8444-555555555555'],
    ['garbage', 'not-a-guid'],
    ['version 8 with the wrong variant', '11111111-2222-8333-c444-555555555555'],
  ])('names no device for %s', (_n, id) => {
    expect(nodeOfGuid(id)).toBeNull();
  });

  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36',
      undefined,
      'Chrome on Linux (BEEF)',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0 Safari/537.36 Edg/140.0',
      undefined,
      'Edge on Windows (BEEF)',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0; rv:140.0) Gecko/20100101 Firefox/140.0',
      undefined,
      'Firefox on macOS (BEEF)',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0', 'ChromeOS', 'Chrome on ChromeOS (BEEF)'],
    ['curl/8', undefined, 'Browser (BEEF)'],
  ])('names %s by brand, platform and node', (ua, platform, label) => {
    expect(defaultDeviceLabel(ua, '01234567beef', platform)).toBe(label);
  });

  it('tells two computers with the same browser and system apart by default', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0 Safari/537.36';
    const [a, b] = [0x11, 0x22].map((fill) => defaultDeviceLabel(ua, newDeviceNode(bytes(fill))));
    expect(a).toBe('Chrome on Windows (1111)');
    expect(b).toBe('Chrome on Windows (2222)');
  });

  it.each([
    ['the old shared default, nothing chosen', 'Chrome on Windows', '', 'Chrome on Windows (BEEF)'],
    ['a name of the user’s own', 'Chrome on Windows (BEEF)', ' Office laptop ', 'Office laptop'],
    ['the name cleared again', 'Office laptop', '', 'Chrome on Windows (BEEF)'],
  ])('names the device: %s', (_n, label, chosen, expected) => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0 Safari/537.36';
    const identity = { node: '01234567beef', label, publishedLabel: label };
    expect(withDeviceLabel(identity, chosen, ua)).toEqual({ ...identity, label: expected });
  });

  it('keeps the same identity when its name is already right (nothing to republish)', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0 Safari/537.36';
    const identity = { node: '01234567beef', label: 'Chrome on Windows (BEEF)' };
    expect(withDeviceLabel(identity, '', ua)).toBe(identity);
  });

  it.each([
    [
      'a default name',
      'Chrome on Windows (BEEF)',
      { browser: 'Chrome', system: 'Windows', suffix: 'BEEF' },
    ],
    ['a default without a system', 'Browser (BEEF)', { browser: 'Browser', suffix: 'BEEF' }],
    ['another device’s four characters', 'Chrome on Windows (1111)', null],
    ['a name of the user’s own', 'Office laptop', null],
    ['a name of the user’s own in that shape', 'Laptop on desk (BEEF)', null],
    ['the old default without the suffix', 'Chrome on Windows', null],
  ])('reads the parts of %s, to word in any language', (_n, label, parts) => {
    expect(readDefaultName(label, '01234567beef')).toEqual(parts);
  });

  it('reads back every default name it makes', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0';
    expect(readDefaultName(defaultDeviceLabel(ua, '01234567beef'), '01234567beef')).toEqual({
      browser: 'Chrome',
      system: 'Linux',
      suffix: 'BEEF',
    });
  });
});
