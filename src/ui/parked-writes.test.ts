// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../i18n/testing';
import type { ParkedEntry } from '../messaging/contract';
import { mountParkedWrites, refusalInWords, renderParkedList } from './parked-writes';

const entry = (extra: Partial<ParkedEntry> = {}): ParkedEntry => ({
  key: 'activity:a',
  kind: 'publish',
  appActivityId: 'a',
  title: 'Refused <b>story</b>',
  url: 'https://www.news.example/refused',
  code: 'invalidRequest',
  status: 400,
  at: 1,
  refusals: 1,
  ...extra,
});

describe('refused writes', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it.each([
    [{ code: 'requestEntityTooLarge' }, 'This page’s card is larger than Microsoft Graph accepts.'],
    [
      { code: 'somethingNew', status: 413 },
      'This page’s card is larger than Microsoft Graph accepts.',
    ],
    [
      { code: 'invalidRequest', status: 400 },
      'Microsoft Graph did not accept this page’s details.',
    ],
    [{ code: 'itemNotFound', status: 404 }, 'Microsoft Graph no longer knows this page.'],
    [{ code: 'clientError' }, 'The extension could not send this page.'],
    [{ code: 'weirdCode', status: 400 }, 'Microsoft Graph refused it (weirdCode).'],
  ])('%j in plain words', (refusal, words) => {
    expect(refusalInWords(refusal)).toBe(words);
  });

  it('says a page never sent because its address failed cleaning, in en and de', () => {
    expect(refusalInWords({ code: 'unsafeMetadata' })).toBe(
      'Not published: its address could not be cleaned of sign-in data safely.',
    );
    useCatalog('de');
    expect(refusalInWords({ code: 'unsafeMetadata' })).toBe(
      'Nicht veröffentlicht: Die Adresse der Seite ließ sich nicht sicher von Anmeldedaten befreien.',
    );
  });

  it.each([
    [
      'https://www.login.example/cb?code=SECRET#id_token=SECRET',
      'login.example',
      'www.login.example',
    ],
    ['not a url ?token=SECRET', '', ''],
  ])('never shows the address of a page whose address failed cleaning: %s', (url, site, tip) => {
    const list = document.createElement('ul');
    renderParkedList(list, [entry({ url, code: 'unsafeMetadata', status: undefined })], {
      retry: vi.fn(),
      dontPublish: vi.fn(),
    });
    expect(new XMLSerializer().serializeToString(list)).not.toContain('SECRET');
    expect(list.querySelector('.title')?.getAttribute('title')).toBe(tip);
    expect(list.querySelector('.reason')?.textContent).toBe(
      `${site ? `${site} · ` : ''}Not published: its address could not be cleaned of sign-in data safely.`,
    );
  });

  it('a page title and site take their own direction (F-ux-2: right-to-left ones kept whole)', () => {
    const list = document.createElement('ul');
    renderParkedList(list, [entry({ title: 'تقرير عن المناخ' })], {
      retry: vi.fn(),
      dontPublish: vi.fn(),
    });
    expect(list.querySelector('.title')?.getAttribute('dir')).toBe('auto');
    const site = list.querySelector('.reason span');
    expect(site?.getAttribute('dir')).toBe('auto');
    expect(site?.textContent).toBe('news.example');
  });

  it('says it in German with the German catalog', () => {
    useCatalog('de');
    expect(refusalInWords({ code: 'invalidRequest' })).toBe(
      'Microsoft Graph hat die Angaben dieser Seite nicht angenommen.',
    );
  });

  it("shows each page, its site and the reason as text, with Retry and Don't publish", () => {
    const list = document.createElement('ul');
    const retry = vi.fn(() => Promise.resolve());
    const dontPublish = vi.fn(() => Promise.resolve());
    renderParkedList(
      list,
      [entry(), entry({ key: 'item:g', kind: 'delete', title: '', url: '', code: 'x' })],
      { retry, dontPublish },
    );
    const rows = [...list.querySelectorAll('li')];
    expect(rows.map((r) => r.querySelector('.title')?.textContent)).toEqual([
      'Refused <b>story</b>',
      'Delete in Microsoft Graph: A page you deleted',
    ]);
    expect(list.querySelector('b')).toBeNull();
    expect(rows[0]?.querySelector('.reason')?.textContent).toBe(
      'news.example · Microsoft Graph did not accept this page’s details.',
    );
    // The site's own name, as the popup and history lists label the page, wins over the host.
    renderParkedList(list, [entry({ siteName: 'Coastal Notes', url: 'http://127.0.0.1/x' })], {
      retry,
      dontPublish,
    });
    expect(list.querySelector('.reason')?.textContent).toBe(
      'Coastal Notes · Microsoft Graph did not accept this page’s details.',
    );
    const [retryButton, dontButton] = rows[1]?.querySelectorAll('button') ?? [];
    expect([retryButton?.textContent, dontButton?.textContent]).toEqual(['Retry', 'Don’t publish']);
    dontButton?.click();
    expect(dontPublish).toHaveBeenCalledWith('item:g');
    expect(retryButton?.disabled).toBe(true);
    rows[0]?.querySelector('button')?.click();
    expect(retry).toHaveBeenCalledWith('activity:a');
  });

  it('hides the section when nothing is refused, and lists again after an answer', async () => {
    const section = document.createElement('section');
    section.append(document.createElement('ul'));
    let stored = [entry()];
    const onChange = vi.fn();
    const refresh = mountParkedWrites(
      section,
      {
        list: () => Promise.resolve(stored),
        retry: vi.fn(() => Promise.resolve()),
        dontPublish: () => {
          stored = [];
          return Promise.resolve();
        },
      },
      onChange,
    );
    await refresh();
    expect(section.hidden).toBe(false);
    section.querySelectorAll('button')[1]?.click();
    await vi.waitFor(() => {
      expect(onChange).toHaveBeenCalledOnce();
    });
    expect(section.hidden).toBe(true);
    expect(section.querySelectorAll('li')).toHaveLength(0);
  });
});
