import { describe, expect, it } from 'vitest';
import { unsafeActivityPaths } from './request-paths';

describe('unsafeActivityPaths', () => {
  it.each([
    ['/v1.0/me/activities/ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0', false],
    ['/v1.0/me/activities/abc/historyItems/0b3c2d9e-1111-4222-8333-444455556666', false],
    ['/v1.0/me/activities?$expand=historyItems&$filter=x', false],
    ['/v1.0/me/activities/recent', false],
    ['/me/activities/abc~1.2', false],
    ['/v1.0/me/activities/http%3A%2F%2Fexample.com%2Fa', true],
    ['/v1.0/me/activities/https%3A%2f%2fexample.com', true],
    ['/v1.0/me/activities/a%3Fb', true],
    ['/v1.0/me/activities/a%252Fb', true],
    ['/v1.0/me/activities/a+b', true],
    ['/v1.0/other/x%2Fy', true],
  ])('%s → unsafe %s', (path, unsafe) => {
    expect(unsafeActivityPaths([{ path }])).toEqual(unsafe ? [path] : []);
  });
});
