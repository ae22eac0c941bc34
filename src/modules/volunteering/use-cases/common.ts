import type { z } from 'zod';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import { emitEvent, type EventDefinition } from '../../../core/jobs/events.js';
import { groupsRunBy } from '../../groups/index.js';
import { findProject, findShift, type ProjectRow } from '../db/queries.js';
import type { volunteerProjectFacts } from '../events.js';
import { canReadProject, type ProjectFacts } from '../policy.js';

/** A rule's refusal as a 400 naming the field (the core's one mapping). */
export { ruleError } from '../../../core/http/errors.js';

/** The entity kinds: a project (comments, follows, flags, share previews) and a district's volunteering (followed to hear of new projects). */
export const projectType = 'volunteer_project';
export const districtVolunteeringType = 'volunteer_district';
export const projectPath = (id: string) => `/volunteering/${id}`;

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A project's facts for this actor. For a group's project it asks groups whether the actor runs that group now (owner
 * or admin, not banned, the group active) and the group is verified: the only place that question is asked, so every
 * organiser's act (shifts, sign-ups, hours, cancelling) follows the group's current admins.
 */
export async function factsOf(db: Executor, actor: Actor, row: ProjectRow): Promise<ProjectFacts> {
  const runsGroup = row.groupId !== null && actor.kind === 'user' && (await groupsRunBy(db, actor.userId, row.groupId)).some((g) => g.verified);
  return {
    organiserId: row.organiserId,
    departmentId: row.departmentId,
    groupId: row.groupId,
    runsGroup,
    districtId: row.districtId,
    moderation: row.moderation,
  };
}

/** A project the caller may see; 404 otherwise. */
export async function requireProject(db: Executor, actor: Actor, id: string) {
  const row = await findProject(db, id);
  if (!row) throw new AppError(404, 'volunteer_project_not_found');
  const facts = await factsOf(db, actor, row);
  authorize(actor, canReadProject(actor, facts));
  return { row, facts };
}

/** A shift of a project the caller may see (the shift locked for update when asked); 404 otherwise. */
export async function requireShift(db: Executor, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const found = await findShift(db, id, opts);
  if (!found) throw new AppError(404, 'volunteer_shift_not_found');
  const facts = await factsOf(db, actor, found.project);
  authorize(actor, canReadProject(actor, facts));
  return { ...found, facts };
}

type FactsInput = z.input<typeof volunteerProjectFacts>;
type ExtraFacts<S extends z.ZodType> = Omit<z.input<S>, keyof FactsInput>;

/** Emits one of the module's domain events (see events.ts) in the caller's transaction, about the project. */
export async function emitVolunteerEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  project: ProjectRow,
  ...[extra]: object extends ExtraFacts<S> ? [extra?: ExtraFacts<S>] : [extra: ExtraFacts<S>]
): Promise<void> {
  const facts: FactsInput = { title: project.title, path: projectPath(project.id), districtId: project.districtId };
  await emitEvent(tx, def, { actorId, entityType: projectType, entityId: project.id, data: { ...facts, ...extra } as z.input<S> });
}
