import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import { emitEvent } from '../../../../core/jobs/events.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { choiceStandings } from '../../db/ballot-queries.js';
import { ballotCast } from '../../events.js';
import { pbBallots, pbHeadings, pbResults } from '../../db/schema.js';
import { checkBallot } from '../../domain/ballot-rules.js';
import { canVote, voteParams } from '../../policy-ballots.js';
import { newReceiptCode, receiptHash, requireHeading, rulesOf } from './ballot-common.js';
import { voteFacts } from './read-ballot.js';

/**
 * Casts or replaces the actor's ballot on a heading (editable while voting is open). The receipt code is returned
 * once, on the first cast; only its hash is stored, and later replacements keep it. One ballot per voter and
 * heading is the unique index's guarantee: a racing second first-cast becomes a replacement, never a second row.
 * Refuses through canVote: 401 to a visitor, 409 outside the voting phase or once the heading is tallied (checked again
 * under the heading's lock), 403 to a person who may not vote (the message names the minimum age); and 400 a ballot
 * its heading's rules do not allow.
 */
export async function castBallot(
  ctx: ModuleContext,
  actor: Actor,
  headingId: string,
  choices: { number: number; points?: number }[],
  now = new Date(),
): Promise<{ receipt: string | null; created: boolean }> {
  const db = ctx.database.db;
  const { heading, cycle, phase } = await requireHeading(db, headingId, now);
  const facts = await voteFacts(ctx, actor, heading, cycle, phase, now);
  authorize(actor, canVote(actor, facts), voteParams(facts));
  const standings = await choiceStandings(
    db,
    headingId,
    choices.map((c) => c.number),
  );
  const check = checkBallot(rulesOf(heading), choices, (n) => standings.get(n) ?? { standing: 'unknown' });
  if (!check.ok) throw new AppError(400, check.problem.code, check.problem.params);
  const receipt = newReceiptCode();
  const created = await db.transaction(async (tx) => {
    // The heading row, key-share locked: a tally (which locks it for update) waits for this ballot to commit, or this
    // ballot waits and then sees the tally and is refused — so a tally and its published file hold every stored ballot.
    await tx.select({ id: pbHeadings.id }).from(pbHeadings).where(eq(pbHeadings.id, headingId)).for('key share');
    const [tallied] = await tx.select({ at: pbResults.computedAt }).from(pbResults).where(eq(pbResults.headingId, headingId));
    authorize(actor, canVote(actor, { ...facts, tallied: tallied !== undefined }), voteParams(facts));
    const [row] = await tx
      .insert(pbBallots)
      .values({
        headingId,
        voterId: actor.userId,
        receiptHash: receiptHash(receipt),
        numbers: check.numbers,
        points: check.points,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({ target: [pbBallots.headingId, pbBallots.voterId], set: { numbers: check.numbers, points: check.points, updatedAt: now } })
      // xmax is 0 for a row this statement inserted, and the updating transaction's id for one it replaced
      .returning({ created: sql<boolean>`(xmax = 0)` });
    // only a first cast is news (points for taking part); a replacement is the same ballot
    if (row?.created === true)
      await emitEvent(tx, ballotCast, { actorId: actor.userId, entityType: 'pb_heading', entityId: headingId, data: { cycleId: cycle.id } });
    return row?.created === true;
  });
  if (created) ctx.jobs.kick();
  return { receipt: created ? receipt : null, created };
}
