import { eq, sql } from 'drizzle-orm';
import { allow, signedIn } from '../../../core/auth/decision.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import type { PledgeTarget } from '../../points/index.js';
import { causePledges, causes } from '../db/schema.js';
import { canReadCause, causeTakesPledges } from '../policy.js';
import { causeImagePaths } from './cause-images.js';
import { causePath, causeType, factsOf, findCause, findCauses, type CauseRow } from './causes.js';

function summarize(row: CauseRow): EntitySummary {
  const visible = row.state !== 'draft' && row.moderation === 'visible';
  return {
    type: causeType,
    id: row.id,
    title: row.title,
    excerpt: `${row.organisation}. ${row.goal}`.slice(0, 300),
    path: causePath(row.id),
    authorId: null,
    // a draft is never public: not in share previews, follows' notices or the moderators' public views
    visible,
    districtId: row.districtId,
    createdAt: row.approvedAt ?? row.createdAt,
    imagePath: visible && row.imageFileId ? causeImagePaths(row.id, row.imageFileId).url : null,
  };
}

/** Anyone signed in may comment on a cause anyone can see. */
const canCommentOnCause = signedIn(function canCommentOnCause() {
  return allow;
});

/**
 * Points pledged to a cause: a "donation to a cause" reward in the points catalogue names it; its redemption asks
 * here, in its own transaction, whether the cause takes pledges (approved, not hidden, not closed — the row stays
 * locked until the redemption commits, so a close waits) and records the pledge once per redemption, adding its
 * points to the cause's sum.
 */
export const causePledgeTarget: PledgeTarget = {
  async open(tx, id) {
    const row = await findCause(tx, id, { forUpdate: true });
    return causeTakesPledges(row ? factsOf(row) : null);
  },
  async record(tx, id, pledge) {
    const inserted = await tx
      .insert(causePledges)
      .values({ redemptionId: pledge.redemptionId, causeId: id, points: pledge.points })
      .onConflictDoNothing()
      .returning({ id: causePledges.redemptionId });
    if (inserted.length) {
      await tx
        .update(causes)
        .set({ pledgedPoints: sql`${causes.pledgedPoints} + ${pledge.points}` })
        .where(eq(causes.id, id));
    }
  },
};

/** Causes as an entity kind: they host comments, can be followed, flagged and hidden by moderators, shared, and take pledges of points. */
export const causeEntity: EntityKind = {
  type: causeType,
  pagePath: '/charity/:id',
  pledges: causePledgeTarget,

  async describe(db, ids) {
    return new Map((await findCauses(db, ids)).map((row) => [row.id, summarize(row)]));
  },

  async commentRules(db, id, actor) {
    const row = await findCause(db, id);
    if (!row || !canReadCause(actor, factsOf(row)).allowed) return null;
    return { decision: canCommentOnCause(actor), stance: false, title: row.title, path: causePath(row.id), commentCount: row.commentCount };
  },

  async onCommentsChanged(tx, id, change) {
    await tx
      .update(causes)
      .set({ commentCount: sql`greatest(0, ${causes.commentCount} + ${change.delta})` })
      .where(eq(causes.id, id));
  },

  async setModeration(tx, id, state, reason) {
    if (!(await findCause(tx, id))) return false;
    await tx.update(causes).set({ moderation: state, moderationReason: reason }).where(eq(causes.id, id));
    return true;
  },
};
