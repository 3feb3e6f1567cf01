import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mediaPlaying, mediaSeen, perceivable, seenByReader } from './page-document';
import { watchReaderMedia } from './reader-media';

// Media as evidence that someone is there (docs/reading-time.md): sound that can be heard, or a
// video showing a picture (muted: only the reader's, reader-media.test.ts); a muted podcast plays
// to nobody.

/** A playing `tag` element in a fresh document, with the given muted, volume and picture width. */
function playing(
  tag: 'audio' | 'video',
  { muted = false, volume = 1, width = 0, paused = false } = {},
) {
  const doc = new JSDOM('<!doctype html><p>Text</p>').window.document;
  const media = doc.createElement(tag);
  Object.defineProperties(media, {
    paused: { value: paused },
    ended: { value: false },
    readyState: { value: 4 },
    muted: { value: muted },
    volume: { value: volume },
    videoWidth: { value: width },
  });
  doc.body.append(media);
  return { doc, media };
}

describe('perceivable media', () => {
  // `theirs`: whether the video is its reader's (they set it off or acted on it).
  it.each([
    ['a podcast heard', 'audio', {}, false, true],
    ['a muted podcast, even one the reader set off', 'audio', { muted: true }, true, false],
    ['a podcast at volume 0', 'audio', { volume: 0 }, true, false],
    ['a video with sound, autoplaying', 'video', { width: 640 }, false, true],
    [
      'a muted video the reader set off or acted on',
      'video',
      { muted: true, width: 640 },
      true,
      true,
    ],
    // F-track-5: muted autoplay (an outstream ad, a hero loop) is the page's, not the reader's.
    ['a muted video of the page (autoplay)', 'video', { muted: true, width: 640 }, false, false],
    ['a <video> playing sound only, heard', 'video', {}, false, true],
    ['a <video> playing sound only, muted', 'video', { muted: true }, true, false],
  ] as const)('%s: %s', (_, tag, options, theirs, expected) => {
    const { media } = playing(tag, options);
    expect(perceivable(media, theirs)).toBe(expected);
  });

  it("asks reader-media whose the video is by default (none noted: the page's)", () => {
    const heard = playing('video', { width: 640 });
    expect(perceivable(heard.media)).toBe(true);
    expect(mediaPlaying(heard.doc)).toBe(true);
    const muted = playing('video', { muted: true, width: 640 });
    expect(perceivable(muted.media)).toBe(false);
    expect(mediaPlaying(muted.doc)).toBe(false);
  });

  it('says nothing plays once the podcast is paused', () => {
    const { doc } = playing('audio', { paused: true });
    expect(mediaPlaying(doc)).toBe(false);
  });
});

// A tab muted from the tab strip (F-track-7): the page cannot tell, its media say they play with
// sound; the worker then believes only what is seen by its reader, as it does a muted video.
describe('media seen by their reader (what counts in a muted tab)', () => {
  it.each([
    ['a podcast heard, the reader set it off', 'audio', {}, true, false],
    ['a video with sound, autoplaying', 'video', { width: 640 }, false, false],
    ['a video with sound the reader set off', 'video', { width: 640 }, true, true],
    ['a muted video the reader set off', 'video', { muted: true, width: 640 }, true, true],
    ['a <video> playing sound only, the reader set it off', 'video', {}, true, false],
  ] as const)('%s: %s', (_, tag, options, theirs, expected) => {
    const { media } = playing(tag, options);
    expect(seenByReader(media, theirs)).toBe(expected);
  });

  it('says of a document whether a video of its reader plays, heard or not', () => {
    const heard = playing('audio');
    expect([mediaPlaying(heard.doc), mediaSeen(heard.doc)]).toEqual([true, false]);
    const video = playing('video', { width: 640 });
    expect([mediaPlaying(video.doc), mediaSeen(video.doc)]).toEqual([true, false]);
    // Already playing when the watch begins in a document not known to be unactivated (JSDOM has
    // no userActivation): the press that set it off went unheard, it is the reader's.
    watchReaderMedia(video.doc, new AbortController().signal);
    expect([mediaPlaying(video.doc), mediaSeen(video.doc)]).toEqual([true, true]);
  });
});
