import { describe, expect, it } from 'vitest';
import { decodeFeedCursor, decodeMemberCursor, encodeFeedCursor, encodeMemberCursor } from './cursors.js';

const id = '0b0e6c1e-6a55-4d7c-9a43-6f1f2d3c4b5a';
const at = '2026-12-08T01:02:03.456789Z';

describe('feed and member cursors', () => {
  it('round-trip a pinned post, an ordinary post and a member, URL-safe', () => {
    const pinned = { pinnedAt: '2026-12-09T00:00:00.000001Z', createdAt: at, id };
    expect(decodeFeedCursor(encodeFeedCursor(pinned))).toEqual(pinned);
    expect(decodeFeedCursor(encodeFeedCursor({ pinnedAt: null, createdAt: at, id }))).toEqual({ pinnedAt: null, createdAt: at, id });
    expect(decodeMemberCursor(encodeMemberCursor({ rank: 2, since: at, userId: id }))).toEqual({ rank: 2, since: at, userId: id });
    expect(encodeFeedCursor(pinned)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  it.each([
    ['garbage', 'not a cursor!'],
    ['a member cursor', encodeMemberCursor({ rank: 1, since: at, userId: id })],
    ['a time without microseconds', b64(`n|2026-12-08T01:02:03.456Z|${id}`)],
    ['a time with SQL in it', b64(`n|${at}'; drop table groups; --|${id}`)],
    ['an id that is no uuid', b64(`n|${at}|42`)],
    ['a pinned cursor missing a part', b64(`p|${at}|${id}`)],
    ['too long', 'A'.repeat(500)],
  ])('a feed cursor refuses %s', (_what, cursor) => {
    expect(decodeFeedCursor(cursor)).toBeNull();
  });

  it.each([
    ['a feed cursor', encodeFeedCursor({ pinnedAt: null, createdAt: at, id })],
    ['a rank out of range', b64(`m|7|${at}|${id}`)],
    ['a bad time', b64(`m|1|yesterday|${id}`)],
  ])('a member cursor refuses %s', (_what, cursor) => {
    expect(decodeMemberCursor(cursor)).toBeNull();
  });
});
