import crypto from 'node:crypto';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import { emitEvent } from '../../../core/jobs/events.js';
import type { Executor } from '../../../core/db/client.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { openHeldCase, screenText } from '../../moderation/index.js';
import { commentPath, excerptOf, isLive, replyDepth, type Stance } from '../domain/comment-rules.js';
import { insertComment, lockComment, nextCommentSeq, type CommentRow } from '../db/queries.js';
import { commentCreated } from '../events.js';
import { canAnswerAsOfficial, canComment } from '../policy.js';
import { acceptBody, liveChanged, requireHost } from './common.js';

export interface PostCommentInput {
  hostType: string;
  hostId: string;
  body: string;
  parentId?: string | undefined;
  stance?: Stance | undefined;
  /** A department the author answers for (officials of that department only). */
  asOfficial?: string | undefined;
}

/**
 * Posts a comment or a reply on a host. Fails with the host's own decision (its kind), 400 for empty or
 * oversized text, a missing stance or a thread too deep, 409 for a reply to a comment that is gone.
 * Text with a forbidden word is saved held for a moderator; otherwise the host's counters move and
 * `comment.created` is emitted.
 */
export async function postComment(ctx: ModuleContext, actor: Actor, input: PostCommentInput): Promise<CommentRow> {
  const { kind, rules } = await requireHost(ctx, actor, input.hostType, input.hostId);
  authorize(actor, canComment(actor, rules.decision));
  const authorId = actor.userId;
  const body = acceptBody(input.body);
  if (input.asOfficial) authorize(actor, canAnswerAsOfficial(actor, input.asOfficial));
  if (rules.stance && !input.parentId && !input.stance) throw new AppError(400, 'stance_required', {}, { stance: { key: 'error.stance_required' } });
  const words = await screenText(ctx.database.db, body);
  const now = new Date();

  const row = await ctx.database.db.transaction(async (tx) => {
    let parent: CommentRow | null = null;
    if (input.parentId) {
      // locked: a reply and the parent's deletion or hiding must not cross
      parent = (await lockComment(tx, input.parentId)) ?? null;
      if (!parent || parent.hostType !== input.hostType || parent.hostId !== input.hostId || !isLive(parent)) throw new AppError(409, 'parent_unavailable');
    }
    const depth = parent ? replyDepth(parent.depth) : 0;
    if (depth === null) throw new AppError(400, 'thread_too_deep');
    const id = crypto.randomUUID();
    const seq = await nextCommentSeq(tx);
    const inserted = await insertComment(tx, {
      id,
      seq,
      hostType: input.hostType,
      hostId: input.hostId,
      parentId: parent?.id ?? null,
      rootId: parent?.rootId ?? id,
      depth,
      path: commentPath(parent?.path ?? null, seq),
      authorId,
      body,
      stance: parent ? null : rules.stance ? (input.stance ?? null) : null,
      officialDepartmentId: input.asOfficial ?? null,
      moderation: words.length ? 'held' : 'visible',
      createdAt: now,
    });
    if (words.length) {
      await openHeldCase(tx, { entityType: 'comment', entityId: id, authorId, words });
      return inserted;
    }
    await liveChanged(tx, kind, inserted, 1, now);
    await emitCommentCreated(tx, inserted, rules, parent?.authorId ?? null);
    return inserted;
  });
  ctx.jobs.kick();
  return row;
}

/** Records `comment.created` (notifications follow it) in the transaction that published the comment. */
export async function emitCommentCreated(
  tx: Executor,
  c: CommentRow,
  host: { title: string; titleEn?: string; path: string },
  parentAuthorId: string | null,
): Promise<void> {
  await emitEvent(tx, commentCreated, {
    actorId: c.authorId,
    entityType: 'comment',
    entityId: c.id,
    data: {
      hostType: c.hostType,
      hostId: c.hostId,
      hostTitle: host.title,
      hostTitleEn: host.titleEn,
      hostPath: host.path,
      parentId: c.parentId,
      parentAuthorId,
      excerpt: excerptOf(c.body),
    },
  });
}
