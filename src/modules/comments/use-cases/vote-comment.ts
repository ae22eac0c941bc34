import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { adjustVoteCounts, lockComment, putVote, voteOf } from '../db/queries.js';
import { canVote } from '../policy.js';

export type VoteValue = -1 | 0 | 1;

/**
 * Sets the caller's vote on a comment (+1, −1, or 0 to take it back); one per person, changeable.
 * The comment row is locked while its counters move, so concurrent votes leave them exact.
 * 403 `own_comment_vote`; 409 `comment_unavailable` for a hidden, held or deleted comment.
 */
export async function voteComment(
  ctx: ModuleContext,
  actor: Actor,
  id: string,
  value: VoteValue,
): Promise<{ up: number; down: number; score: number; myVote: VoteValue }> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockComment(tx, id);
    if (!row) throw new AppError(404, 'comment_not_found');
    authorize(actor, canVote(actor, row));
    const userId = actor.userId;
    const before = await voteOf(tx, id, userId);
    if (before === value) return { up: row.up, down: row.down, score: row.score, myVote: value };
    await putVote(tx, id, userId, value);
    const up = Number(value === 1) - Number(before === 1);
    const down = Number(value === -1) - Number(before === -1);
    const counts = await adjustVoteCounts(tx, id, up, down);
    return { ...counts, myVote: value };
  });
}
