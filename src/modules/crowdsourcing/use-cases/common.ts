import type { z } from 'zod';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError, fieldError, ruleError } from '../../../core/http/errors.js';
import { emitEvent, type EventDefinition } from '../../../core/jobs/events.js';
import { findIdeaByNumber, findProjectById, findProjectByNumber, type IdeaRow, type ProjectRow } from '../db/queries.js';
import { crowdPhaseAt, type CrowdPhase } from '../domain/phases.js';
import type { ideaEventFacts, projectEventFacts } from '../events.js';
import { canReadIdea, canReadProject, type IdeaFacts } from '../policy.js';

export const projectType = 'crowd_project';
export const ideaType = 'idea';
export const projectPath = (number: number) => `/crowdsourcing/${number}`;
export const ideaPath = (number: number) => `/crowdsourcing/ideas/${number}`;
/** The title notifications and previews use: «Идея № 12. Скамейки во дворе» is too long; «№ 12. Скамейки во дворе». */
export const ideaTitle = (r: { number: number; title: string }) => `№ ${r.number}. ${r.title}`;
export const excerptOf = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const phaseOf = (p: ProjectRow, now = new Date()): CrowdPhase => crowdPhaseAt(p, now);
export const ideaFacts = (r: IdeaRow): IdeaFacts => ({ authorId: r.authorId, status: r.status, moderation: r.moderation });

export { fieldError, ruleError };

/** A project the actor may see, with its phase; 404 when missing or a draft for a non-administrator. */
export async function requireProject(db: Executor, actor: Actor, number: number, opts: { forUpdate?: boolean; now?: Date } = {}) {
  const row = await findProjectByNumber(db, number, opts);
  if (!row) throw new AppError(404, 'crowd_project_not_found', { number });
  authorize(actor, canReadProject(actor, { published: !!row.publishedAt }), { number });
  return { project: row, phase: phaseOf(row, opts.now) };
}

/** An idea the actor may see, with its project and phase; 404 when missing, hidden, or of a draft project. */
export async function requireIdea(db: Executor, actor: Actor, number: number, opts: { forUpdate?: boolean; now?: Date } = {}) {
  const idea = await findIdeaByNumber(db, number, opts);
  const project = idea ? await findProjectById(db, idea.projectId) : undefined;
  if (!idea || !project) throw new AppError(404, 'idea_not_found', { number });
  authorize(actor, canReadIdea(actor, ideaFacts(idea), { published: !!project.publishedAt }), { number });
  return { idea, project, phase: phaseOf(project, opts.now) };
}

/** What an event adds to the facts every idea (project) event carries. */
type ExtraFacts<S extends z.ZodType, F extends z.ZodType> = Omit<z.input<S>, keyof z.input<F>>;
type Extra<S extends z.ZodType, F extends z.ZodType> = object extends ExtraFacts<S, F> ? [extra?: ExtraFacts<S, F>] : [extra: ExtraFacts<S, F>];

/** Emits an idea's event (see events.ts) with the facts every idea event carries (public texts and ids only). */
export async function emitIdeaEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  idea: IdeaRow,
  ...[extra]: Extra<S, typeof ideaEventFacts>
): Promise<void> {
  const facts: z.input<typeof ideaEventFacts> = { number: idea.number, title: ideaTitle(idea), path: ideaPath(idea.number), authorId: idea.authorId };
  await emitEvent(tx, def, { actorId, entityType: ideaType, entityId: String(idea.number), data: { ...facts, ...extra } as z.input<S> });
}

/** Emits a project's event (see events.ts) with its title and page. */
export async function emitProjectEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  project: ProjectRow,
  ...[extra]: Extra<S, typeof projectEventFacts>
): Promise<void> {
  const facts: z.input<typeof projectEventFacts> = { number: project.number, title: project.title, path: projectPath(project.number) };
  await emitEvent(tx, def, { actorId, entityType: projectType, entityId: String(project.number), data: { ...facts, ...extra } as z.input<S> });
}
