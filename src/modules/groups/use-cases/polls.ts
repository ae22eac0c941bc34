import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findPoll, insertVote, markPollClosed, setReaction, type PollRow } from '../db/poll-reactions.js';
import { isPollOpen, type ReactionKind } from '../domain/groups.js';
import { canClosePoll, canPostInGroup } from '../policy.js';
import { requirePost } from './common.js';

/** A shown post's poll, or 404 `group_poll_not_found`. */
async function requirePoll(db: ModuleContext['database']['db'], postId: string, lock = false): Promise<PollRow> {
  const poll = await findPoll(db, postId, lock);
  if (!poll) throw new AppError(404, 'group_poll_not_found');
  return poll;
}

/**
 * A member votes in a post's poll, once: a second vote (also one racing the first) is 409 `group_poll_already_voted`
 * — a vote is not changed. 409 `group_poll_closed` after its time or once closed (under the poll's row lock, so a vote
 * never lands after a close), 400 `group_poll_option_unknown` naming `option`. A members-only group's post does not
 * exist for others (404); 403 `group_banned` / `not_group_member` in an open group.
 */
export async function voteInPoll(ctx: ModuleContext, actor: Actor, postId: string, option: number): Promise<void> {
  const db = ctx.database.db;
  const { post, group, me } = await requirePost(db, actor, postId);
  authorize(actor, canPostInGroup(actor, group, me));
  await db.transaction(async (tx) => {
    const poll = await requirePoll(tx, post.id, true);
    if (post.moderation !== 'visible' || !isPollOpen(poll, new Date())) throw new AppError(409, 'group_poll_closed');
    if (option >= poll.options.length) throw fieldError('option', 'error.group_poll_option_unknown');
    if (!(await insertVote(tx, post.id, actor.userId, option))) throw new AppError(409, 'group_poll_already_voted');
  });
}

/** The post's author or the group's admins close its poll before its time (403 `not_poll_author`); closing a closed poll changes nothing. */
export async function closePoll(ctx: ModuleContext, actor: Actor, postId: string): Promise<void> {
  const db = ctx.database.db;
  const { post, me } = await requirePost(db, actor, postId);
  authorize(actor, canClosePoll(actor, me, post.authorId));
  await db.transaction(async (tx) => {
    const poll = await requirePoll(tx, post.id, true);
    if (!isPollOpen(poll, new Date())) return;
    await markPollClosed(tx, post.id, actor.userId);
  });
}

/**
 * A member adds a reaction of a kind to a post, or takes it back (`on: false`); one of each kind per person, so
 * repeating either is harmless. 403 for a banned person or an outsider of an open group, 404 where the post is hidden.
 */
export async function reactToPost(ctx: ModuleContext, actor: Actor, postId: string, kind: ReactionKind, on: boolean): Promise<void> {
  const db = ctx.database.db;
  const { post, group, me } = await requirePost(db, actor, postId);
  authorize(actor, canPostInGroup(actor, group, me));
  await setReaction(db, post.id, actor.userId, kind, on);
}
