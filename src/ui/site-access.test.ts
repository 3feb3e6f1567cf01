import { describe, expect, it } from 'vitest';
import {
  pageLineShownWith,
  requestOutcomeText,
  siteAccessNotice,
  siteAccessOf,
} from './site-access';

// What the pages say from the browser's answers about host permissions.

describe('siteAccessOf', () => {
  it('is all when the manifest hosts are granted', () => {
    expect(siteAccessOf(true, ['http://*/*', 'https://*/*'])).toBe('all');
  });

  it('is none when no web origin is granted (Firefox withdrawn, Chrome "On click")', () => {
    expect(siteAccessOf(false, [])).toBe('none');
    // Extension pages and the like are no websites.
    expect(siteAccessOf(false, ['moz-extension://5b1f0c8e/*'])).toBe('none');
  });

  it('is some when only chosen sites are granted (Chrome "On specific sites")', () => {
    expect(siteAccessOf(false, ['https://example.com/*'])).toBe('some');
    expect(siteAccessOf(false, ['*://*.example.org/*'])).toBe('some');
    // One of the two schemes withdrawn: http pages are not read.
    expect(siteAccessOf(false, ['https://*/*'])).toBe('some');
  });
});

describe('siteAccessNotice', () => {
  it('says nothing with full access', () => {
    expect(siteAccessNotice('all')).toBeNull();
  });

  it('says nothing is recorded without access, and offers to allow it', () => {
    expect(siteAccessNotice('none')).toEqual({
      text: 'site_access_none',
      button: 'site_access_allow',
    });
  });

  it('says only some sites are recorded with partial access', () => {
    expect(siteAccessNotice('some')?.text).toBe('site_access_some');
  });
});

describe('pageLineShownWith', () => {
  it('keeps the page line with full access, whatever it says', () => {
    expect(pageLineShownWith('all', true)).toBe(true);
    expect(pageLineShownWith('all', false)).toBe(true);
  });

  it('hides it without access (the worker is not told the address)', () => {
    expect(pageLineShownWith('none', false)).toBe(false);
    expect(pageLineShownWith('none', true)).toBe(false);
  });

  it('keeps a web page answer with partial access, not a "not a web page" one', () => {
    expect(pageLineShownWith('some', false)).toBe(true);
    expect(pageLineShownWith('some', true)).toBe(false);
  });
});

describe('requestOutcomeText', () => {
  it('says only a refusal', () => {
    expect(requestOutcomeText(true)).toBeNull();
    expect(requestOutcomeText(false)).toBe('site_access_refused');
  });
});
