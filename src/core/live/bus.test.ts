import { describe, expect, it } from 'vitest';
import { notifyChunks, notifyLimit } from './bus.js';

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

describe('notifyChunks: what one live event becomes as PostgreSQL notifications', () => {
  it('is one notification for a few people, each named once', () => {
    expect(notifyChunks([uuid(1), uuid(2), uuid(1)], { type: 'message.new', data: { conversationId: 'c' } })).toEqual([
      { u: [uuid(1), uuid(2)], t: 'message.new', d: { conversationId: 'c' } },
    ]);
  });

  it('is nothing for nobody', () => {
    expect(notifyChunks([], { type: 'message.new', data: null })).toEqual([]);
  });

  it('splits a group chat of 1,000 people into notifications under the 8,000-byte limit, losing no one', () => {
    const people = Array.from({ length: 1000 }, (_, i) => uuid(i));
    const chunks = notifyChunks(people, { type: 'message.new', data: { conversationId: 'c' } });
    // 39 bytes a person: about 200 fit in one
    expect(chunks).toHaveLength(5);
    for (const c of chunks) expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThan(notifyLimit);
    expect(chunks.flatMap((c) => c.u)).toEqual(people);
  });

  it('refuses an event carrying content instead of ids', () => {
    expect(() => notifyChunks([uuid(1)], { type: 'message.new', data: { text: 'я'.repeat(4000) } })).toThrow(/too large/);
  });
});
