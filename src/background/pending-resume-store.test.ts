import { describe, expect, it } from 'vitest';
import { PENDING_RESUMES_KEY, createPendingResumeStore } from './pending-resume-store';
import { memorySession } from './testing/memory-session';

const half = { progress: 50, quote: { textStart: 'the river rose' } };

describe('createPendingResumeStore', () => {
  it('hands the position to the tab once, surviving a new store (a restarted worker)', async () => {
    const session = memorySession();
    await createPendingResumeStore(session, () => 1_000).remember(7, 'story', half);
    const restarted = createPendingResumeStore(session, () => 2_000);
    expect(await restarted.take(7, 'story')).toEqual(half);
    expect(await restarted.take(7, 'story')).toBeNull();
    expect(session.data[PENDING_RESUMES_KEY]).toEqual({});
  });

  it('loses nothing when tabs are remembered at once', async () => {
    const session = memorySession();
    const store = createPendingResumeStore(session, () => 1_000);
    await Promise.all([1, 2, 3].map((tab) => store.remember(tab, `page-${String(tab)}`, half)));
    expect(
      await Promise.all([1, 2, 3].map((tab) => store.take(tab, `page-${String(tab)}`))),
    ).toEqual([half, half, half]);
  });

  it('writes nothing for a page report when nothing waits', async () => {
    const session = memorySession();
    expect(await createPendingResumeStore(session).take(7, 'story')).toBeNull();
    expect(session.writes()).toBe(0);
  });
});
