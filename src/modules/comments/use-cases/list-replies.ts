import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { decodeRepliesCursor, encodeRepliesCursor } from '../domain/cursor.js';
import { findComment, listDescendants, type CommentRow } from '../db/queries.js';
import { gatherFacts, readerOf, requireHostOf, viewerOf, type ThreadFacts } from './common.js';

/**
 * Replies below a comment, flat in tree order, after a cursor (the "more replies" of a thread).
 * 404 `comment_not_found`; 400 `invalid_cursor`.
 */
export async function listReplies(
  ctx: ModuleContext,
  actor: Actor,
  id: string,
  q: { cursor?: string | undefined; limit: number },
): Promise<{ items: CommentRow[]; nextCursor: string | null; facts: ThreadFacts }> {
  const db = ctx.database.db;
  const afterPath = q.cursor ? decodeRepliesCursor(q.cursor) : null;
  if (q.cursor && !afterPath) throw new AppError(400, 'invalid_cursor');
  const of = await findComment(db, id);
  if (!of) throw new AppError(404, 'comment_not_found');
  const { kind, rules } = await requireHostOf(ctx, actor, of);
  const reader = await readerOf(actor, kind, rules, db, of.hostId);
  const fetched = await listDescendants(db, of, viewerOf(actor, reader), afterPath, q.limit + 1);
  const items = fetched.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: fetched.length > q.limit && last ? encodeRepliesCursor(last.path) : null,
    facts: await gatherFacts(ctx, actor, reader, items),
  };
}
