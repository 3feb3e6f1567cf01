// A large snapshot is held in a Blob URL of the page's own (let go once answered); a small one
// goes inline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLOB_MIN_CHARS, holdInBlob } from './blob-hold';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubBlobUrls() {
  const made: Blob[] = [];
  const revoked: string[] = [];
  vi.stubGlobal('URL', {
    createObjectURL: (blob: Blob) => {
      made.push(blob);
      return `blob:https://news.example/${String(made.length)}`;
    },
    revokeObjectURL: (url: string) => revoked.push(url),
  });
  return { made, revoked };
}

describe('holdInBlob', () => {
  it('holds HTML of BLOB_MIN_CHARS or more in a Blob URL, revoked on release', async () => {
    const { made, revoked } = stubBlobUrls();
    const html = `<p>${'é'.repeat(BLOB_MIN_CHARS)}</p>`;
    const held = holdInBlob(html);
    expect(held?.url).toBe('blob:https://news.example/1');
    expect(await made[0]?.text()).toBe(html);
    expect(made[0]?.type).toBe('text/html');
    held?.release();
    expect(revoked).toEqual(['blob:https://news.example/1']);
  });

  it('sends shorter HTML inline, and any HTML when no Blob can be made', () => {
    const { made } = stubBlobUrls();
    expect(holdInBlob('x'.repeat(BLOB_MIN_CHARS - 1))).toBeNull();
    expect(made).toEqual([]);
    vi.stubGlobal('URL', {
      createObjectURL: () => {
        throw new Error('no Blob URLs here');
      },
    });
    expect(holdInBlob('x'.repeat(BLOB_MIN_CHARS))).toBeNull();
  });
});
