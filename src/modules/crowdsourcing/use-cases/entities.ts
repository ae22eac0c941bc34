import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../core/db/client.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { findIdeaByNumber, findProjectById, findProjectByNumber, moveCommentCount, type IdeaRow, type ProjectRow } from '../db/queries.js';
import { crowdIdeaRatings, crowdIdeas, crowdProjects } from '../db/schema.js';
import { canCommentOnIdea, canManageProjects, canReadIdea } from '../policy.js';
import { excerptOf, ideaFacts, ideaPath, ideaTitle, ideaType, phaseOf, projectPath, projectType } from './common.js';

const parseNumber = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : null);
const numbersOf = (ids: string[]) => ids.map(parseNumber).filter((n): n is number => n !== null);

function projectSummary(p: ProjectRow): EntitySummary {
  return {
    type: projectType,
    id: String(p.number),
    title: p.title,
    excerpt: excerptOf(p.problem),
    path: projectPath(p.number),
    authorId: null,
    visible: !!p.publishedAt,
    districtId: p.districtId,
    createdAt: p.createdAt,
  };
}

/** Everyone who proposed an idea in the project or rated one (one person, or all when `userId` is null). */
async function projectParticipants(db: Db, projectId: string, userId: string | null): Promise<string[]> {
  const ideas = db.select({ id: crowdIdeas.id }).from(crowdIdeas).where(eq(crowdIdeas.projectId, projectId));
  const [authors, raters] = await Promise.all([
    db
      .selectDistinct({ userId: crowdIdeas.authorId })
      .from(crowdIdeas)
      .where(and(eq(crowdIdeas.projectId, projectId), userId ? eq(crowdIdeas.authorId, userId) : undefined)),
    db
      .selectDistinct({ userId: crowdIdeaRatings.userId })
      .from(crowdIdeaRatings)
      .where(and(inArray(crowdIdeaRatings.ideaId, ideas), userId ? eq(crowdIdeaRatings.userId, userId) : undefined)),
  ]);
  return [...new Set([...authors, ...raters].map((r) => r.userId))];
}

async function ideaSummaries(db: Db, rows: IdeaRow[]): Promise<Map<string, EntitySummary>> {
  const projectIds = [...new Set(rows.map((r) => r.projectId))];
  const projects = projectIds.length ? await db.select().from(crowdProjects).where(inArray(crowdProjects.id, projectIds)) : [];
  const byId = new Map(projects.map((p) => [p.id, p]));
  return new Map(
    rows.map((r) => {
      const project = byId.get(r.projectId);
      return [
        String(r.number),
        {
          type: ideaType,
          id: String(r.number),
          title: ideaTitle(r),
          excerpt: excerptOf(r.text),
          path: ideaPath(r.number),
          authorId: r.authorId,
          visible: r.moderation === 'visible' && r.status !== 'withdrawn' && !!project?.publishedAt,
          districtId: project?.districtId ?? null,
          createdAt: r.createdAt,
        },
      ];
    }),
  );
}

/**
 * The `crowd_project` kind (id: the public number; follows, share previews) and the `idea` kind (id: the public
 * number; the source of a meeting administrators open once it is published, whose idea authors and raters are told
 * and may register first) and the `idea` kind (id: the public number): an idea hosts comments during ideas and selection (no stance), counts them, can be hidden by moderation, has
 * a shareable page, and is listed on the profiles of the people it credits — its author once accepted, and the authors
 * of ideas merged into it.
 */
export function crowdsourcingEntities(): EntityKind[] {
  return [
    {
      type: projectType,
      pagePath: '/crowdsourcing/:id',
      async describe(db, ids) {
        const numbers = numbersOf(ids);
        if (!numbers.length) return new Map();
        const rows = await db.select().from(crowdProjects).where(inArray(crowdProjects.number, numbers));
        return new Map(rows.map((p) => [String(p.number), projectSummary(p)]));
      },

      // a meeting on a project: administrators (who run projects) open it once the project is published
      async meetingSource(db, id, actor) {
        const n = parseNumber(id);
        const p = n === null ? undefined : await findProjectByNumber(db, n);
        if (!p?.publishedAt) return null;
        return { responsible: canManageProjects(actor).allowed, ready: true };
      },

      async participants(db, id) {
        const n = parseNumber(id);
        const p = n === null ? undefined : await findProjectByNumber(db, n);
        return p ? projectParticipants(db, p.id, null) : [];
      },

      async tookPart(db, id, userId) {
        const n = parseNumber(id);
        const p = n === null ? undefined : await findProjectByNumber(db, n);
        return p ? (await projectParticipants(db, p.id, userId)).length > 0 : false;
      },
    },
    {
      type: ideaType,
      pagePath: '/crowdsourcing/ideas/:id',

      async describe(db, ids) {
        const numbers = numbersOf(ids);
        if (!numbers.length) return new Map();
        return ideaSummaries(db, await db.select().from(crowdIdeas).where(inArray(crowdIdeas.number, numbers)));
      },

      async commentRules(db, id, actor) {
        const n = parseNumber(id);
        const idea = n === null ? undefined : await findIdeaByNumber(db, n);
        const project = idea ? await findProjectById(db, idea.projectId) : undefined;
        if (!idea || !project?.publishedAt || !canReadIdea(actor, ideaFacts(idea), { published: true }).allowed) return null;
        return {
          decision: canCommentOnIdea(actor, ideaFacts(idea), phaseOf(project)),
          stance: false,
          title: ideaTitle(idea),
          path: ideaPath(idea.number),
          commentCount: idea.commentCount,
        };
      },

      async onCommentsChanged(tx, id, change) {
        const n = parseNumber(id);
        if (n !== null) await moveCommentCount(tx, n, change.delta);
      },

      async setModeration(tx, id, state, reason) {
        const n = parseNumber(id);
        if (n === null) return false;
        const rows = await tx
          .update(crowdIdeas)
          .set({ moderation: state, moderationReason: reason })
          .where(eq(crowdIdeas.number, n))
          .returning({ id: crowdIdeas.id });
        return rows.length > 0;
      },

      async authoredBy(db, userId, limit) {
        // credited: accepted ideas of the person, and accepted ideas their merged idea went into
        const viaMerge = db
          .select({ id: crowdIdeas.mergedIntoId })
          .from(crowdIdeas)
          .where(and(eq(crowdIdeas.authorId, userId), eq(crowdIdeas.status, 'merged')));
        const rows = await db
          .select()
          .from(crowdIdeas)
          .where(
            sql`${crowdIdeas.accepted} and ${crowdIdeas.moderation} = 'visible' and (${crowdIdeas.authorId} = ${userId} or ${crowdIdeas.id} in (${viaMerge}))`,
          )
          .orderBy(desc(crowdIdeas.updatedAt), desc(crowdIdeas.number))
          .limit(limit);
        return [...(await ideaSummaries(db, rows)).values()];
      },

      // an accepted idea is the source of a commitment: the project's participants may dispute its delivery
      async participants(db, id) {
        const n = parseNumber(id);
        const idea = n === null ? undefined : await findIdeaByNumber(db, n);
        return idea ? projectParticipants(db, idea.projectId, null) : [];
      },

      async tookPart(db, id, userId) {
        const n = parseNumber(id);
        const idea = n === null ? undefined : await findIdeaByNumber(db, n);
        return idea ? (await projectParticipants(db, idea.projectId, userId)).length > 0 : false;
      },
    },
  ];
}
