import type { Actor } from '../../../core/auth/actor.js';
import type { Decision } from '../../../core/auth/decision.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { firstRepliesPerRoot } from '../domain/comment-rules.js';
import { decodeThreadCursor, encodeThreadCursor, type ThreadSort } from '../domain/cursor.js';
import { threadPage, type CommentRow } from '../db/queries.js';
import { canComment } from '../policy.js';
import { gatherFacts, readerOf, requireHost, viewerOf, type ThreadFacts } from './common.js';

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
 * cursor (one index scan), the first replies of each, the reader's votes, the authors and (for a host
 * that keeps no count) the total, in one prepared statement (threadPage); then the departments of
 * official answers when there are any. The cost does not grow with the page's depth.
 * 400 `invalid_cursor` for a cursor of another sort or a damaged one.
 */
export async function listThread(ctx: ModuleContext, actor: Actor, q: ThreadQuery): Promise<ThreadPage> {
  const db = ctx.database.db;
  const { kind, rules } = await requireHost(ctx, actor, q.hostType, q.hostId);
  const cursor = q.cursor ? decodeThreadCursor(q.sort, q.cursor) : null;
  if (q.cursor && !cursor) throw new AppError(400, 'invalid_cursor');
  const reader = await readerOf(actor, kind, rules, db, q.hostId);
  const viewer = viewerOf(actor, reader);

  const { rows, total, authors } = await threadPage(db, {
    hostType: q.hostType,
    hostId: q.hostId,
    sort: q.sort,
    cursor,
    fetch: q.limit + 1,
    page: q.limit,
    perRoot: firstRepliesPerRoot + 1,
    viewer,
    withTotal: rules.commentCount === undefined,
  });
  const fetched = rows.filter((r) => r.kind === 0).map((r) => r.row);
  const roots = fetched.slice(0, q.limit);
  const byRoot = new Map<string, CommentRow[]>();
  for (const r of rows) {
    if (r.kind !== 1) continue;
    const list = byRoot.get(r.row.rootId) ?? [];
    list.push(r.row);
    byRoot.set(r.row.rootId, list);
  }
  const items = roots.map((row) => {
    const all = byRoot.get(row.id) ?? [];
    return { row, replies: all.slice(0, firstRepliesPerRoot), moreReplies: all.length > firstRepliesPerRoot };
  });
  const last = roots.at(-1);
  const shown = [...roots, ...items.flatMap((i) => i.replies)];
  const myVotes = new Map(rows.flatMap((r) => (r.myVote ? [[r.row.id, r.myVote] as const] : [])));
  const facts = await gatherFacts(ctx, actor, reader, shown, { votes: myVotes, authors });
  return {
    host: { type: q.hostType, id: q.hostId, title: rules.title, path: rules.path, stance: rules.stance, canComment: canComment(actor, rules.decision) },
    total: rules.commentCount ?? total ?? 0,
    items,
    nextCursor: fetched.length > q.limit && last ? encodeThreadCursor(q.sort, last) : null,
    facts,
  };
}
