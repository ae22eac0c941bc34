import type { Actor } from '../../../core/auth/actor.js';
import type { Decision } from '../../../core/auth/decision.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { firstRepliesPerRoot } from '../domain/comment-rules.js';
import { decodeThreadCursor, encodeThreadCursor, type ThreadSort } from '../domain/cursor.js';
import { countLive, listFirstReplies, listRoots, type CommentRow } from '../db/queries.js';
import { canComment } from '../policy.js';
import { gatherFacts, hostDistrictFor, requireHost, viewerOf, type ThreadFacts } from './common.js';

export interface ThreadQuery {
  hostType: string;
  hostId: string;
  sort: ThreadSort;
  cursor?: string | undefined;
  limit: number;
}

/** A top-level comment of a page with its first replies (flat, tree order). */
export interface ThreadItem {
  row: CommentRow;
  replies: CommentRow[];
  moreReplies: boolean;
}

export interface ThreadPage {
  host: { type: string; id: string; title: string; path: string; stance: boolean; canComment: Decision };
  total: number;
  items: ThreadItem[];
  nextCursor: string | null;
  facts: ThreadFacts;
}

/**
 * One page of a host's thread for this reader: top-level comments in the chosen sort after the
 * cursor (one index scan), the first replies of each (one query for the whole page), authors,
 * departments and the reader's votes (one query each). The cost does not grow with the page's depth.
 * 400 `invalid_cursor` for a cursor of another sort or a damaged one.
 */
export async function listThread(ctx: ModuleContext, actor: Actor, q: ThreadQuery): Promise<ThreadPage> {
  const db = ctx.database.db;
  const { kind, rules } = await requireHost(ctx, actor, q.hostType, q.hostId);
  const cursor = q.cursor ? decodeThreadCursor(q.sort, q.cursor) : null;
  if (q.cursor && !cursor) throw new AppError(400, 'invalid_cursor');
  const hostDistrictId = await hostDistrictFor(actor, kind, db, q.hostId);
  const viewer = viewerOf(actor, hostDistrictId);

  const fetched = await listRoots(db, { hostType: q.hostType, hostId: q.hostId, sort: q.sort, cursor, limit: q.limit + 1, viewer });
  const roots = fetched.slice(0, q.limit);
  const replies = await listFirstReplies(
    db,
    roots.map((r) => r.id),
    viewer,
    firstRepliesPerRoot + 1,
  );
  const byRoot = new Map<string, CommentRow[]>();
  for (const r of replies) {
    const list = byRoot.get(r.rootId) ?? [];
    list.push(r);
    byRoot.set(r.rootId, list);
  }
  const items = roots.map((row) => {
    const all = byRoot.get(row.id) ?? [];
    return { row, replies: all.slice(0, firstRepliesPerRoot), moreReplies: all.length > firstRepliesPerRoot };
  });
  const last = roots.at(-1);
  const [total, facts] = await Promise.all([
    rules.commentCount ?? countLive(db, q.hostType, q.hostId),
    gatherFacts(ctx, actor, hostDistrictId, [...roots, ...items.flatMap((i) => i.replies)]),
  ]);
  return {
    host: { type: q.hostType, id: q.hostId, title: rules.title, path: rules.path, stance: rules.stance, canComment: canComment(actor, rules.decision) },
    total,
    items,
    nextCursor: fetched.length > q.limit && last ? encodeThreadCursor(q.sort, last) : null,
    facts,
  };
}
