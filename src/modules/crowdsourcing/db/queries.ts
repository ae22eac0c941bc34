import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { pollRespondentIds } from '../../polls/index.js';
import { projectFigures, type Figures } from '../domain/idea-rules.js';
import { crowdExperts, crowdIdeaRatings, crowdIdeas, crowdProjects } from './schema.js';

export type ProjectRow = typeof crowdProjects.$inferSelect;
export type IdeaRow = typeof crowdIdeas.$inferSelect;

/** A project by its public number, or undefined. `forUpdate` locks the row (vote, report, advance, edits). */
export async function findProjectByNumber(db: Executor, number: number, opts: { forUpdate?: boolean } = {}): Promise<ProjectRow | undefined> {
  const q = db.select().from(crowdProjects).where(eq(crowdProjects.number, number));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findProjectById(db: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(crowdProjects).where(eq(crowdProjects.id, id));
  return row;
}

/** An idea by its public number, or undefined. `forUpdate` locks the row (ratings, review, withdrawal). */
export async function findIdeaByNumber(db: Executor, number: number, opts: { forUpdate?: boolean } = {}): Promise<IdeaRow | undefined> {
  const q = db.select().from(crowdIdeas).where(eq(crowdIdeas.number, number));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findIdeasByIds(db: Executor, ids: string[]): Promise<IdeaRow[]> {
  if (!ids.length) return [];
  return db.select().from(crowdIdeas).where(inArray(crowdIdeas.id, ids));
}

/** The experts of a project, in the order they were added. */
export async function expertIdsOf(db: Executor, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: crowdExperts.userId })
    .from(crowdExperts)
    .where(eq(crowdExperts.projectId, projectId))
    .orderBy(asc(crowdExperts.addedAt), asc(crowdExperts.userId));
  return rows.map((r) => r.userId);
}

export async function isProjectExpert(db: Executor, projectId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: crowdExperts.userId })
    .from(crowdExperts)
    .where(and(eq(crowdExperts.projectId, projectId), eq(crowdExperts.userId, userId)));
  return !!row;
}

/** A person's rating of an idea, or null. */
export async function ratingOf(db: Executor, ideaId: string, userId: string): Promise<number | null> {
  const [row] = await db
    .select({ value: crowdIdeaRatings.value })
    .from(crowdIdeaRatings)
    .where(and(eq(crowdIdeaRatings.ideaId, ideaId), eq(crowdIdeaRatings.userId, userId)));
  return row?.value ?? null;
}

/** A person's ratings of some ideas, by idea id (one query for a page of ideas). */
export async function ratingsBy(db: Executor, userId: string, ideaIds: string[]): Promise<Map<string, number>> {
  if (!ideaIds.length) return new Map();
  const rows = await db
    .select({ ideaId: crowdIdeaRatings.ideaId, value: crowdIdeaRatings.value })
    .from(crowdIdeaRatings)
    .where(and(eq(crowdIdeaRatings.userId, userId), inArray(crowdIdeaRatings.ideaId, ideaIds)));
  return new Map(rows.map((r) => [r.ideaId, r.value]));
}

/** Shortlisted, visible ideas of a project in number order (the vote's options). */
export async function shortlistOf(db: Executor, projectId: string): Promise<IdeaRow[]> {
  return db
    .select()
    .from(crowdIdeas)
    .where(and(eq(crowdIdeas.projectId, projectId), eq(crowdIdeas.status, 'shortlisted'), eq(crowdIdeas.moderation, 'visible')))
    .orderBy(asc(crowdIdeas.number));
}

/**
 * The public numbers of projects: ideas counted unless hidden by moderation; participants are the distinct people
 * who submitted an idea (any, even withdrawn later), rated one, or answered the project's poll.
 */
export async function figuresOf(db: Executor, projects: Pick<ProjectRow, 'id' | 'pollId'>[]): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  if (!projects.length) return out;
  const ids = projects.map((p) => p.id);
  const ideas = await db
    .select({
      id: crowdIdeas.id,
      projectId: crowdIdeas.projectId,
      authorId: crowdIdeas.authorId,
      status: crowdIdeas.status,
      accepted: crowdIdeas.accepted,
      mergedIntoId: crowdIdeas.mergedIntoId,
      moderation: crowdIdeas.moderation,
    })
    .from(crowdIdeas)
    .where(inArray(crowdIdeas.projectId, ids));
  const raters = await db
    .selectDistinct({ projectId: crowdIdeas.projectId, userId: crowdIdeaRatings.userId })
    .from(crowdIdeaRatings)
    .innerJoin(crowdIdeas, eq(crowdIdeas.id, crowdIdeaRatings.ideaId))
    .where(inArray(crowdIdeas.projectId, ids));
  for (const p of projects) {
    const mine = ideas.filter((i) => i.projectId === p.id);
    const people = new Set([...mine.map((i) => i.authorId), ...raters.filter((r) => r.projectId === p.id).map((r) => r.userId)]);
    if (p.pollId) for (const id of await pollRespondentIds(db, p.pollId)) people.add(id);
    out.set(
      p.id,
      projectFigures(
        mine.filter((i) => i.moderation !== 'hidden'),
        people.size,
      ),
    );
  }
  return out;
}

/** Titles and authors of ideas merged into each of the given ideas (their authors are credited with them). */
export async function mergedInto(db: Executor, ideaIds: string[]): Promise<IdeaRow[]> {
  if (!ideaIds.length) return [];
  return db
    .select()
    .from(crowdIdeas)
    .where(and(inArray(crowdIdeas.mergedIntoId, ideaIds), eq(crowdIdeas.status, 'merged')))
    .orderBy(asc(crowdIdeas.number));
}

/** Adds `delta` to an idea's comment count (never below zero). */
export async function moveCommentCount(db: Executor, number: number, delta: number): Promise<void> {
  await db
    .update(crowdIdeas)
    .set({ commentCount: sql`greatest(0, ${crowdIdeas.commentCount} + ${delta})` })
    .where(eq(crowdIdeas.number, number));
}
