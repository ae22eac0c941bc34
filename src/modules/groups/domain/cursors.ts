/**
 * Keyset pages of a group's feed and member list. A cursor carries the sort key of the last row of a page, so the next
 * page starts right after it: a post written while someone reads moves nothing (it sorts before the cursor), so no
 * later page repeats or skips a post, as an offset would. Times keep the database's microseconds (a JavaScript date
 * would round them and skip rows of the same millisecond).
 *   feed:    pinned first (pinned_at desc), then created_at desc, id desc
 *   members: owners, admins, members (rank), then the time they joined, user id
 */

/** Where the next page of a feed starts: after a pinned post (its pin time, creation time, id) or after an ordinary one. */
export type FeedCursor = { pinnedAt: string; createdAt: string; id: string } | { pinnedAt: null; createdAt: string; id: string };

/** Where the next page of a member list starts: after this member. */
export interface MemberCursor {
  rank: number;
  since: string;
  userId: string;
}

const isoMicros = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const maxLength = 200;

const toText = (parts: string[]) => Buffer.from(parts.join('|'), 'utf8').toString('base64url');
function fromText(cursor: string, tag: string, count: number): string[] | null {
  if (cursor.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return parts.length === count && parts[0] === tag ? parts.slice(1) : null;
}

/** The cursor after this post of a feed. */
export function encodeFeedCursor(last: FeedCursor): string {
  return last.pinnedAt === null ? toText(['n', last.createdAt, last.id]) : toText(['p', last.pinnedAt, last.createdAt, last.id]);
}

/** Reads a feed cursor; null when it is damaged or is not one. */
export function decodeFeedCursor(cursor: string): FeedCursor | null {
  const pinned = fromText(cursor, 'p', 4);
  if (pinned) {
    const [pinnedAt, createdAt, id] = pinned as [string, string, string];
    return isoMicros.test(pinnedAt) && isoMicros.test(createdAt) && uuid.test(id) ? { pinnedAt, createdAt, id } : null;
  }
  const plain = fromText(cursor, 'n', 3);
  if (!plain) return null;
  const [createdAt, id] = plain as [string, string];
  return isoMicros.test(createdAt) && uuid.test(id) ? { pinnedAt: null, createdAt, id } : null;
}

/** The cursor after this member of a list. */
export function encodeMemberCursor(last: MemberCursor): string {
  return toText(['m', String(last.rank), last.since, last.userId]);
}

/** Reads a member list's cursor; null when it is damaged or is not one. */
export function decodeMemberCursor(cursor: string): MemberCursor | null {
  const parts = fromText(cursor, 'm', 4);
  if (!parts) return null;
  const [rank, since, userId] = parts as [string, string, string];
  return /^[0-2]$/.test(rank) && isoMicros.test(since) && uuid.test(userId) ? { rank: Number(rank), since, userId } : null;
}
