import { and, asc, count, desc, eq, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { pollOutcome } from '../../polls/index.js';
import { expertIdsOf, figuresOf, findIdeasByIds, isProjectExpert, mergedInto, ratingsBy, type IdeaRow, type ProjectRow } from '../db/queries.js';
import { crowdIdeas, crowdProjects } from '../db/schema.js';
import type { Figures } from '../domain/idea-rules.js';
import type { CrowdPhase } from '../domain/phases.js';
import { canCommentOnIdea, canManageProjects, canRateIdea, canReviewIdea, canSubmitIdea, canWithdrawIdea } from '../policy.js';
import { ideaFacts, phaseOf, requireIdea, requireProject } from './common.js';

export interface ProjectCard {
  project: ProjectRow;
  phase: CrowdPhase;
  figures: Figures;
}

export type Person = { id: string; displayName: string };

export interface IdeaCard {
  idea: IdeaRow;
  projectNumber: number;
  author: Person;
  votes: number | null;
  /** The caller's own rating (null when signed out or not rated). */
  myRating: number | null;
}

const personOf = (people: Map<string, { displayName: string }>, id: string): Person => ({ id, displayName: people.get(id)?.displayName ?? '' });

/** Projects newest first: published ones, or all of them for the admin list (administrators). */
export async function listProjects(ctx: ModuleContext, actor: Actor, opts: { drafts: boolean }, now = new Date()): Promise<ProjectCard[]> {
  if (opts.drafts) authorize(actor, canManageProjects(actor));
  const db = ctx.database.db;
  const rows = await db
    .select()
    .from(crowdProjects)
    .where(opts.drafts ? undefined : isNotNull(crowdProjects.publishedAt))
    .orderBy(desc(crowdProjects.createdAt), desc(crowdProjects.number))
    .limit(200);
  const figures = await figuresOf(db, rows);
  return rows.map((project) => ({ project, phase: phaseOf(project, now), figures: figures.get(project.id)! }));
}

/** One project with its figures, experts, vote and what the actor may do; 404 for a draft to anyone but administrators. */
export async function getProject(ctx: ModuleContext, actor: Actor, number: number, now = new Date()) {
  const db = ctx.database.db;
  const { project, phase } = await requireProject(db, actor, number, { now });
  const [figures, expertIds, outcome] = [
    (await figuresOf(db, [project])).get(project.id)!,
    await expertIdsOf(db, project.id),
    project.pollId ? await pollOutcome(db, project.pollId) : null,
  ];
  const people = await publicPeople(db, expertIds);
  const isExpert = actor.kind === 'user' && expertIds.includes(actor.userId);
  return {
    project,
    phase,
    figures,
    pollClosed: outcome?.closed ?? false,
    experts: expertIds.map((id) => personOf(people, id)),
    me: { canSubmitIdea: canSubmitIdea(actor, phase).allowed && !!project.publishedAt, isExpert, canManage: canManageProjects(actor).allowed },
  };
}

/** Votes per idea once the project's poll is closed (null before). */
async function votesOf(db: Executor, project: ProjectRow): Promise<Map<string, number> | null> {
  if (!project.pollId) return null;
  const outcome = await pollOutcome(db, project.pollId);
  return outcome?.closed ? outcome.optionCounts : null;
}

async function cards(db: Executor, actor: Actor, rows: IdeaRow[], projectNumber: number, votes: Map<string, number> | null): Promise<IdeaCard[]> {
  const [people, mine] = await Promise.all([
    publicPeople(
      db,
      rows.map((r) => r.authorId),
    ),
    actor.kind === 'user'
      ? ratingsBy(
          db,
          actor.userId,
          rows.map((r) => r.id),
        )
      : new Map<string, number>(),
  ]);
  return rows.map((idea) => ({
    idea,
    projectNumber,
    author: personOf(people, idea.authorId),
    votes: votes && idea.pollOptionId ? (votes.get(idea.pollOptionId) ?? 0) : null,
    myRating: mine.get(idea.id) ?? null,
  }));
}

export const ideaPageSize = 20;
export type IdeaSort = 'rating' | 'newest' | 'votes';

/**
 * A project's public ideas (never hidden, held or withdrawn ones), by rating (mean, then count), newest, or votes
 * once the poll is closed (ideas not on the ballot last); `status` narrows it.
 */
export async function listIdeas(
  ctx: ModuleContext,
  actor: Actor,
  number: number,
  q: { status?: IdeaRow['status'] | undefined; sort?: IdeaSort | undefined; page?: number | undefined },
  now = new Date(),
) {
  const db = ctx.database.db;
  const { project } = await requireProject(db, actor, number, { now });
  const page = q.page ?? 1;
  const where: SQL = and(
    eq(crowdIdeas.projectId, project.id),
    eq(crowdIdeas.moderation, 'visible'),
    ne(crowdIdeas.status, 'withdrawn'),
    q.status ? eq(crowdIdeas.status, q.status) : undefined,
  )!;
  const [total] = await db.select({ n: count() }).from(crowdIdeas).where(where);
  const votes = await votesOf(db, project);
  const sort = q.sort ?? 'rating';
  let rows: IdeaRow[];
  if (sort === 'votes') {
    // votes live in the poll's frozen results, not in this table: sorted here (a project has hundreds of ideas, not millions)
    const all = await db.select().from(crowdIdeas).where(where).orderBy(asc(crowdIdeas.number)).limit(5000);
    const v = (r: IdeaRow) => (votes && r.pollOptionId ? (votes.get(r.pollOptionId) ?? 0) : -1);
    rows = all.sort((a, b) => v(b) - v(a) || a.number - b.number).slice((page - 1) * ideaPageSize, page * ideaPageSize);
  } else {
    const order =
      sort === 'newest'
        ? [desc(crowdIdeas.createdAt), desc(crowdIdeas.number)]
        : [sql`(${crowdIdeas.ratingSum}::float8 / nullif(${crowdIdeas.ratingCount}, 0)) desc nulls last`, desc(crowdIdeas.ratingCount), asc(crowdIdeas.number)];
    rows = await db
      .select()
      .from(crowdIdeas)
      .where(where)
      .orderBy(...order)
      .limit(ideaPageSize)
      .offset((page - 1) * ideaPageSize);
  }
  return { items: await cards(db, actor, rows, project.number, votes), total: Number(total?.n ?? 0), page, pageSize: ideaPageSize };
}

/** One idea with its project's facts, the merge links, the actor's rating and what the actor may do; 404 when hidden or missing. */
export async function getIdea(ctx: ModuleContext, actor: Actor, number: number, now = new Date()) {
  const db = ctx.database.db;
  const { idea, project, phase } = await requireIdea(db, actor, number, { now });
  const [card] = await cards(db, actor, [idea], project.number, await votesOf(db, project));
  const [into] = idea.mergedIntoId ? await findIdeasByIds(db, [idea.mergedIntoId]) : [];
  const from = await mergedInto(db, [idea.id]);
  const fromPeople = await publicPeople(
    db,
    from.map((m) => m.authorId),
  );
  const userId = actor.kind === 'user' ? actor.userId : null;
  const isExpert = userId ? await isProjectExpert(db, project.id, userId) : false;
  const facts = ideaFacts(idea);
  return {
    ...card!,
    project,
    phase,
    mergedInto: into ? { number: into.number, title: into.title } : null,
    mergedFrom: from.map((m) => ({ number: m.number, title: m.title, author: personOf(fromPeople, m.authorId) })),
    me: {
      isAuthor: userId === idea.authorId,
      can: {
        rate: canRateIdea(actor, facts, phase).allowed,
        review: canReviewIdea(actor, idea, { isProjectExpert: isExpert, phase, voteStarted: !!project.pollId }).allowed,
        withdraw: canWithdrawIdea(actor, facts, phase).allowed,
        comment: canCommentOnIdea(actor, facts, phase).allowed,
      },
    },
  };
}
