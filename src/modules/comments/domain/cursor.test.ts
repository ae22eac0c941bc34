import { describe, expect, it } from 'vitest';
import { decodeRepliesCursor, decodeThreadCursor, encodeRepliesCursor, encodeThreadCursor } from './cursor.js';

describe('thread cursors', () => {
  it('round-trip in each sort, negative scores included', () => {
    expect(decodeThreadCursor('best', encodeThreadCursor('best', { score: -3, seq: 120 }))).toEqual({ sort: 'best', score: -3, seq: 120 });
    expect(decodeThreadCursor('newest', encodeThreadCursor('newest', { score: 5, seq: 9 }))).toEqual({ sort: 'newest', seq: 9 });
    expect(decodeThreadCursor('oldest', encodeThreadCursor('oldest', { score: 5, seq: 9 }))).toEqual({ sort: 'oldest', seq: 9 });
  });

  it('are URL-safe', () => {
    expect(encodeThreadCursor('best', { score: -12345, seq: 987654321 })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['a cursor of another sort', 'oldest', encodeThreadCursor('newest', { score: 0, seq: 1 })],
    ['garbage', 'best', 'not a cursor!'],
    ['base64 of garbage', 'best', Buffer.from('b.x.y').toString('base64url')],
    ['missing parts', 'best', Buffer.from('b.3').toString('base64url')],
    ['too many parts', 'newest', Buffer.from('n.3.4').toString('base64url')],
    ['a huge number', 'newest', Buffer.from(`n.${'9'.repeat(30)}`).toString('base64url')],
    ['too long', 'newest', 'A'.repeat(500)],
  ] as const)('refuse %s', (_what, sort, cursor) => {
    expect(decodeThreadCursor(sort, cursor)).toBeNull();
  });
});

describe('replies cursors', () => {
  it('carry a path', () => {
    const path = '000000000001.000000000005';
    expect(decodeRepliesCursor(encodeRepliesCursor(path))).toBe(path);
  });
  it('refuse anything that is not a path', () => {
    expect(decodeRepliesCursor(Buffer.from('r.1; drop table comments').toString('base64url'))).toBeNull();
    expect(decodeRepliesCursor(encodeThreadCursor('newest', { score: 0, seq: 1 }))).toBeNull();
  });
});
