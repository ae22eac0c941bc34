/**
 * The rules of a comment thread, as plain data in and out: what a comment's text may be, how deep
 * replies nest, how long the author may edit, and how a comment's place in its thread is written.
 */
import { textLength } from '../../../core/text/text.js';

/** The longest comment, in characters (code points) after cleaning. */
export const maxBodyLength = 5000;
/** Replies nest to this depth: 0 is a top-level comment, so three levels in all. */
export const maxDepth = 2;
/** The author may edit a comment for this long after posting it. */
export const editWindowMs = 15 * 60_000;
/** Digits of one `path` segment: enough for 10^12 comments, and equal widths make text order tree order. */
export const pathSegmentDigits = 12;
/** Replies shown under each top-level comment of a page; the rest come from the replies endpoint. */
export const firstRepliesPerRoot = 20;

export const stances = ['for', 'against', 'neutral'] as const;
export type Stance = (typeof stances)[number];

export type BodyProblem = { reason: 'empty' | 'too_long'; length: number };

/**
 * Why a comment's text, cleaned by the one text rule (core/text `cleanText`, in the route's schema), cannot be
 * stored: empty, or longer than the limit counted in characters (code points, so an emoji is one); null when it can.
 */
export function bodyProblem(body: string): BodyProblem | null {
  const length = textLength(body);
  if (length === 0) return { reason: 'empty', length };
  if (length > maxBodyLength) return { reason: 'too_long', length };
  return null;
}

/** The depth of a reply to a comment at `parentDepth`, or null when the thread may not go deeper. */
export function replyDepth(parentDepth: number): number | null {
  return parentDepth < maxDepth ? parentDepth + 1 : null;
}

/** Until when the author may edit a comment posted at `createdAt`. */
export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + editWindowMs);
}

/** Whether the edit window of a comment posted at `createdAt` is still open at `now`. */
export function isWithinEditWindow(createdAt: Date, now: Date): boolean {
  return now.getTime() < editableUntil(createdAt).getTime();
}

/** One segment of a path: the comment's seq, zero-padded. */
export function pathSegment(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new Error(`bad comment seq ${seq}`);
  return String(seq).padStart(pathSegmentDigits, '0');
}

/**
 * A comment's path: its parent's path and its own seq, joined by '.'. Sorting a root's comments by
 * path lists them in tree order (each reply after its parent, siblings oldest first).
 */
export function commentPath(parentPath: string | null, seq: number): string {
  return parentPath ? `${parentPath}.${pathSegment(seq)}` : pathSegment(seq);
}

const pathPattern = new RegExp(`^\\d{${pathSegmentDigits}}(\\.\\d{${pathSegmentDigits}}){0,${maxDepth}}$`);

/** True for a well-formed path (used to check a replies cursor). */
export function isCommentPath(path: string): boolean {
  return pathPattern.test(path);
}

/** Shown to the public: not hidden or held by moderation, and not deleted by its author. */
export function isLive(c: { moderation: string; deletedAt: Date | null }): boolean {
  return c.moderation === 'visible' && c.deletedAt === null;
}

/** A one-line excerpt of a comment for notifications and previews. */
export function excerptOf(body: string, max = 200): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
