import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../../core/db/client.js';
import type { EntityKind, EntityRegistry, EntitySummary, ModerationState } from '../../../core/module/entities.js';
import { excerptOf, isLive } from '../domain/comment-rules.js';
import { comments } from '../db/schema.js';
import { findComment, findComments, liveCommentsBy, lockComment, type CommentRow } from '../db/queries.js';
import { liveChanged } from './common.js';
import { emitCommentCreated } from './post-comment.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Summaries of comments: the title and page are the host's (the page with the comment's anchor),
 * visible while the comment is live and its host visible. Ids that are not comments are absent.
 */
export async function describeComments(registry: EntityRegistry, db: Db, ids: string[]): Promise<Map<string, EntitySummary>> {
  const rows = await findComments(
    db,
    [...new Set(ids)].filter((id) => uuidPattern.test(id)),
  );
  return summarize(registry, db, rows);
}

async function summarize(registry: EntityRegistry, db: Db, rows: CommentRow[]): Promise<Map<string, EntitySummary>> {
  const hosts = await registry.describeMany(
    db,
    rows.map((r) => ({ type: r.hostType, id: r.hostId })),
  );
  const out = new Map<string, EntitySummary>();
  for (const r of rows) {
    const host = hosts.get(`${r.hostType}:${r.hostId}`);
    out.set(r.id, {
      type: 'comment',
      id: r.id,
      title: host?.title ?? '',
      excerpt: r.deletedAt ? '' : excerptOf(r.body),
      path: `${host?.path ?? ''}#comment-${r.id}`,
      authorId: r.authorId,
      visible: isLive(r) && (host?.visible ?? false),
      districtId: host?.districtId ?? null,
      createdAt: r.createdAt,
    });
  }
  return out;
}

/** Who moderates a comment and in which capacity: as the host's own moderator (a community's admins) or the city's. */
export interface CommentModerator {
  capacity: 'host' | 'city';
  /** Null when no person acts (flags over the threshold). */
  userId: string | null;
}

/**
 * Moderation sets a comment's state, the reason its author sees, and who hid it in which capacity (cleared when it is
 * shown again; the moderation module acts as the city's). When the comment stops or starts being shown, its
 * ancestors' reply counts and the host's counters follow; a comment held when posted and now released is announced
 * (`comment.created`) as if just posted.
 */
export async function setCommentModeration(
  registry: EntityRegistry,
  tx: Executor,
  id: string,
  state: ModerationState,
  reason: string | null,
  by: CommentModerator = { capacity: 'city', userId: null },
): Promise<boolean> {
  if (!uuidPattern.test(id)) return false;
  const row = await lockComment(tx, id);
  if (!row) return false;
  const shown = state === 'visible';
  await tx
    .update(comments)
    .set({ moderation: state, moderationReason: reason, hiddenBy: shown ? null : by.capacity, hiddenById: shown ? null : by.userId })
    .where(eq(comments.id, id));
  const after = { ...row, moderation: state };
  const before = isLive(row);
  if (before === isLive(after)) return true;
  const now = new Date();
  await liveChanged(tx, registry.get(row.hostType), row, before ? -1 : 1, now);
  if (!before && row.moderation === 'held' && row.editedAt === null) {
    const host = (await registry.describeMany(tx as Db, [{ type: row.hostType, id: row.hostId }])).get(`${row.hostType}:${row.hostId}`);
    const parent = row.parentId ? await findComment(tx, row.parentId) : undefined;
    await emitCommentCreated(tx, row, { title: host?.title ?? '', path: host?.path ?? '' }, parent?.authorId ?? null);
  }
  return true;
}

/** A person's public comments, newest first (their profile), on hosts the public can see. */
export async function commentsAuthoredBy(registry: EntityRegistry, db: Db, userId: string, limit: number): Promise<EntitySummary[]> {
  if (!uuidPattern.test(userId)) return [];
  const rows = await liveCommentsBy(db, userId, limit * 2);
  const summaries = await summarize(registry, db, rows);
  return rows
    .map((r) => summaries.get(r.id)!)
    .filter((s) => s.visible)
    .slice(0, limit);
}

/** The `comment` entity kind other modules (moderation, notifications, profiles) work with; its facts come from the host's kind in `registry`. */
export function commentEntity(registry: EntityRegistry): EntityKind {
  return {
    type: 'comment',
    describe: (db, ids) => describeComments(registry, db, ids),
    setModeration: (tx, id, state, reason, by) => setCommentModeration(registry, tx, id, state, reason, { capacity: 'city', userId: by ?? null }),
    authoredBy: (db, userId, limit) => commentsAuthoredBy(registry, db, userId, limit),
  };
}
