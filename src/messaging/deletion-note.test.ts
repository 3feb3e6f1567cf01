import { describe, expect, it } from 'vitest';
import {
  DELETION_NOTE_KEY,
  deletionNoteOf,
  noteDeletion,
  parseDeletionNote,
} from './deletion-note';

describe('parseDeletionNote', () => {
  it('takes each kind of note, its scope validated', () => {
    const scope = { from: 0, to: 10, appActivityIds: ['a'] };
    expect(parseDeletionNote({ kind: 'scheduled', at: 5, deletionId: 'd', scope })).toEqual({
      kind: 'scheduled',
      at: 5,
      deletionId: 'd',
      scope,
    });
    expect(parseDeletionNote({ kind: 'undone', at: 5, deletionId: 'd' })).toEqual({
      kind: 'undone',
      at: 5,
      deletionId: 'd',
    });
    expect(parseDeletionNote({ kind: 'applied', at: 5, extra: 1 })).toEqual({
      kind: 'applied',
      at: 5,
    });
    expect(parseDeletionNote({ kind: 'deleted', at: 5 })).toEqual({ kind: 'deleted', at: 5 });
  });

  it.each([
    null,
    'deleted',
    [],
    { kind: 'deleted' },
    { kind: 'deleted', at: -1 },
    { kind: 'gone', at: 5 },
    { kind: 'undone', at: 5 },
    { kind: 'scheduled', at: 5, deletionId: 'd' },
    { kind: 'scheduled', at: 5, deletionId: 'd', scope: { from: 10, to: 0 } },
    { kind: 'scheduled', at: 5, deletionId: 'd', scope: { from: 0, to: 1, site: 'A B' } },
    { kind: 'scheduled', at: 5, deletionId: '', scope: { from: 0, to: 1 } },
  ])('refuses %o', (raw) => {
    expect(parseDeletionNote(raw)).toBeNull();
  });
});

describe('deletionNoteOf', () => {
  const note = { kind: 'deleted', at: 1 };
  it('reads the note from storage.session only', () => {
    expect(deletionNoteOf({ [DELETION_NOTE_KEY]: { newValue: note } }, 'session')).toEqual(note);
    expect(deletionNoteOf({ [DELETION_NOTE_KEY]: { newValue: note } }, 'local')).toBeNull();
    expect(deletionNoteOf({ other: { newValue: note } }, 'session')).toBeNull();
    expect(deletionNoteOf({ [DELETION_NOTE_KEY]: {} }, 'session')).toBeNull();
  });
});

describe('noteDeletion', () => {
  it('writes the note, and never throws when storage refuses', async () => {
    const written: Record<string, unknown>[] = [];
    await noteDeletion(
      { set: (items) => Promise.resolve(void written.push(items)) },
      {
        kind: 'applied',
        at: 3,
      },
    );
    expect(written).toEqual([{ [DELETION_NOTE_KEY]: { kind: 'applied', at: 3 } }]);
    await expect(
      noteDeletion(
        { set: () => Promise.reject(new Error('no session')) },
        { kind: 'applied', at: 3 },
      ),
    ).resolves.toBeUndefined();
  });
});
