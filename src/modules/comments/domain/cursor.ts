import { isCommentPath } from './comment-rules.js';

/**
 * Keyset pagination of a thread. A cursor carries the sort key of the last comment on a page, so
 * the next page starts right after it with one index scan — a deep page costs the same as the first.
 *   best:   score desc, seq desc
 *   newest: seq desc
 *   oldest: seq asc
 * Replies of one comment page by `path` (tree order).
 */
export const threadSorts = ['best', 'newest', 'oldest'] as const;
export type ThreadSort = (typeof threadSorts)[number];

/** Where a page of top-level comments starts: after this key. */
export type ThreadCursor = { sort: 'best'; score: number; seq: number } | { sort: 'newest' | 'oldest'; seq: number };

const sortTag: Record<ThreadSort, string> = { best: 'b', newest: 'n', oldest: 'o' };

const toText = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const fromText = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

/** The cursor after a comment with this score and seq, in this sort. */
export function encodeThreadCursor(sort: ThreadSort, last: { score: number; seq: number }): string {
  return toText(sort === 'best' ? `b.${last.score}.${last.seq}` : `${sortTag[sort]}.${last.seq}`);
}

const intPattern = /^-?\d{1,15}$/;

/** Reads a cursor made for `sort`; null when it is malformed or was made for another sort. */
export function decodeThreadCursor(sort: ThreadSort, cursor: string): ThreadCursor | null {
  if (cursor.length > 100 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const parts = fromText(cursor).split('.');
  if (parts[0] !== sortTag[sort]) return null;
  if (sort === 'best') {
    const [, score, seq] = parts;
    if (parts.length !== 3 || !intPattern.test(score ?? '') || !intPattern.test(seq ?? '')) return null;
    return { sort, score: Number(score), seq: Number(seq) };
  }
  const [, seq] = parts;
  if (parts.length !== 2 || !intPattern.test(seq ?? '')) return null;
  return { sort, seq: Number(seq) };
}

/** The cursor after a reply: its path. */
export function encodeRepliesCursor(path: string): string {
  return toText(`r.${path}`);
}

/** Reads a replies cursor; null when malformed. */
export function decodeRepliesCursor(cursor: string): string | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = fromText(cursor);
  if (!text.startsWith('r.')) return null;
  const path = text.slice(2);
  return isCommentPath(path) ? path : null;
}
