import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { pollRespondentIds, type PollRow } from '../db/queries.js';
import { pollResponses, polls } from '../db/schema.js';
import { canManagePolls } from '../policy.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

function summary(p: PollRow): EntitySummary {
  return {
    type: 'poll',
    id: p.id,
    title: p.title,
    excerpt: excerpt(p.description),
    path: `/polls/${p.id}`,
    authorId: null,
    visible: p.publishedAt !== null,
    districtId: p.districtIds.length === 1 ? p.districtIds[0]! : null,
    createdAt: p.createdAt,
  };
}

/**
 * The `poll` entity kind (id: the poll's uuid): a shareable page, and the source of a meeting on its result — which
 * administrators (who run polls) may open once the poll is closed and its results are frozen and public; everyone who
 * answered is told of the meeting and may register first.
 */
export const pollEntity: EntityKind = {
  type: 'poll',
  pagePath: '/polls/:id',

  async describe(db, ids) {
    const valid = ids.filter((id) => uuidPattern.test(id));
    if (!valid.length) return new Map();
    const rows = await db.select().from(polls).where(inArray(polls.id, valid));
    return new Map(rows.map((p) => [p.id, summary(p)]));
  },

  async meetingSource(db, id, actor) {
    if (!uuidPattern.test(id)) return null;
    const [p] = await db
      .select({ closedAt: polls.closedAt })
      .from(polls)
      .where(and(eq(polls.id, id), isNotNull(polls.publishedAt)));
    if (!p) return null;
    return { responsible: canManagePolls(actor).allowed, ready: p.closedAt !== null };
  },

  async participants(db, id) {
    return uuidPattern.test(id) ? pollRespondentIds(db, id) : [];
  },

  async tookPart(db, id, userId) {
    if (!uuidPattern.test(id)) return false;
    const rows = await db
      .select({ id: pollResponses.id })
      .from(pollResponses)
      .where(and(eq(pollResponses.pollId, id), eq(pollResponses.respondentId, userId)))
      .limit(1);
    return rows.length > 0;
  },
};
