import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { hasRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { findInitiativeByNumber, type InitiativeRow } from '../db/queries.js';
import { initiativeCoinitiators, initiativeSupports, initiatives } from '../db/schema.js';
import { canCommentOnInitiative, canReadInitiative } from '../policy.js';
import { factsOf, initiativePath, initiativeTitle, initiativeType } from './common.js';

const parseNumber = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : null);
const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

function summary(r: InitiativeRow): EntitySummary {
  return {
    type: initiativeType,
    id: String(r.number),
    title: initiativeTitle(r),
    excerpt: excerpt(r.ask || r.text),
    path: initiativePath(r.number),
    authorId: r.authorId,
    // a draft lives by its link only, and a withdrawn one left the public record's lists
    visible: r.moderation === 'visible' && r.status !== 'draft' && r.status !== 'withdrawn',
    districtId: r.districtId,
    createdAt: r.createdAt,
  };
}

async function byNumber(db: Executor, id: string) {
  const n = parseNumber(id);
  return n === null ? undefined : findInitiativeByNumber(db, n);
}

/**
 * The `initiative` entity kind (id: the public number): it hosts comments with a stance (for, against, neutral) while
 * it is screened, collects or awaits the answer; counts them; can be flagged and hidden by moderation; has a shareable
 * page; is listed on its author's and co-initiators' profiles once submitted; and is the source of a meeting that the
 * responsible department's officials (or administrators) may open while it is public — its author, co-initiators and
 * supporters are told and may register first.
 */
export const initiativeEntities: EntityKind[] = [
  {
    type: initiativeType,
    pagePath: '/initiatives/:id',

    async describe(db, ids) {
      const numbers = ids.map(parseNumber).filter((n): n is number => n !== null);
      if (!numbers.length) return new Map();
      const rows = await db.select().from(initiatives).where(inArray(initiatives.number, numbers));
      return new Map(rows.map((r) => [String(r.number), summary(r)]));
    },

    async commentRules(db, id, actor) {
      const row = await byNumber(db, id);
      if (!row) return null;
      const facts = factsOf(row, []);
      if (!canReadInitiative(actor, facts).allowed) return null;
      return {
        decision: canCommentOnInitiative(actor, facts),
        stance: true,
        title: initiativeTitle(row),
        path: initiativePath(row.number),
        commentCount: row.commentCount,
      };
    },

    async onCommentsChanged(tx, id, change) {
      const n = parseNumber(id);
      if (n === null) return;
      await tx
        .update(initiatives)
        .set({ commentCount: sql`greatest(0, ${initiatives.commentCount} + ${change.delta})` })
        .where(eq(initiatives.number, n));
    },

    async setModeration(tx, id, state, reason) {
      const n = parseNumber(id);
      if (n === null) return false;
      const rows = await tx
        .update(initiatives)
        .set({ moderation: state, moderationReason: reason })
        .where(eq(initiatives.number, n))
        .returning({ id: initiatives.id });
      return rows.length > 0;
    },

    async meetingSource(db, id, actor) {
      const row = await byNumber(db, id);
      if (!row || !summary(row).visible) return null;
      const official = row.departmentId !== null && hasRole(actor, 'official', { type: 'department', id: row.departmentId });
      return { responsible: official || hasRole(actor, 'administrator'), ready: true };
    },

    async participants(db, id) {
      const row = await byNumber(db, id);
      if (!row) return [];
      const [co, supporters] = await Promise.all([
        db.select({ userId: initiativeCoinitiators.userId }).from(initiativeCoinitiators).where(eq(initiativeCoinitiators.initiativeId, row.id)),
        db.select({ userId: initiativeSupports.userId }).from(initiativeSupports).where(eq(initiativeSupports.initiativeId, row.id)),
      ]);
      return [...new Set([row.authorId, ...co.map((r) => r.userId), ...supporters.map((r) => r.userId)])];
    },

    async tookPart(db, id, userId) {
      const row = await byNumber(db, id);
      if (!row) return false;
      if (row.authorId === userId) return true;
      const [co, support] = await Promise.all([
        db
          .select({ userId: initiativeCoinitiators.userId })
          .from(initiativeCoinitiators)
          .where(and(eq(initiativeCoinitiators.initiativeId, row.id), eq(initiativeCoinitiators.userId, userId))),
        db
          .select({ userId: initiativeSupports.userId })
          .from(initiativeSupports)
          .where(and(eq(initiativeSupports.initiativeId, row.id), eq(initiativeSupports.userId, userId))),
      ]);
      return co.length > 0 || support.length > 0;
    },

    async authoredBy(db, userId, limit) {
      const co = db.select({ id: initiativeCoinitiators.initiativeId }).from(initiativeCoinitiators).where(eq(initiativeCoinitiators.userId, userId));
      const rows = await db
        .select()
        .from(initiatives)
        .where(
          sql`(${or(eq(initiatives.authorId, userId), inArray(initiatives.id, co))}) and ${initiatives.moderation} = 'visible' and ${initiatives.status} not in ('draft', 'withdrawn')`,
        )
        .orderBy(desc(initiatives.submittedAt), desc(initiatives.number))
        .limit(limit);
      return rows.map(summary);
    },
  },
];
