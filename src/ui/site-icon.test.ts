import { describe, expect, it } from 'vitest';
import { isAddressSite, siteInitial } from './site-icon';

describe('site-icon', () => {
  it.each([
    ['127.0.0.1', true],
    ['192.168.10.254', true],
    ['[::1]', true],
    ['[2001:db8::8a2e:370:7334]', true],
    ['1password.com', false],
    ['1843 Magazine', false],
    ['10.0.0', false],
    ['localhost', false],
    ['example.com', false],
  ])('says whether %s is an IP address: %s', (site, address) => {
    expect(isAddressSite(site)).toBe(address);
  });

  it.each([
    ['The Slow Kitchen', 'T'],
    ['__Security Centre__', 'S'],
    ['1843 Magazine', '1'],
    ['', '·'],
  ])('takes the initial of %s as %s', (site, initial) => {
    expect(siteInitial(site)).toBe(initial);
  });
});
