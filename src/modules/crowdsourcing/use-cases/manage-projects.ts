import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { districts } from '../../../core/city/schema.js';
import type { Tx } from '../../../core/db/client.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { bringPollForward } from '../../polls/index.js';
import { findProjectByNumber } from '../db/queries.js';
import { crowdExperts, crowdProjects } from '../db/schema.js';
import { advancedDates, projectDatesProblem } from '../domain/phases.js';
import { canAdvanceProject, canEditProject, canManageProjects, canPublishProject } from '../policy.js';
import { phaseOf } from './common.js';

export interface ProjectInput {
  title: string;
  problem: string;
  brief: string;
  districtId: string | null;
  ideasFrom: Date;
  selectionFrom: Date;
  votingFrom: Date;
  implementationFrom: Date;
  voteMaxChoices: number;
  expertIds: string[];
}

/** Refuses (400) dates out of order, an unknown district, or an expert id that names no account. */
async function check(tx: Tx, input: ProjectInput) {
  const dates = projectDatesProblem(input);
  if (dates) throw fieldError(`${dates.phase}From`, 'error.crowd_dates_order', { phase: dates.phase, before: dates.before }, 'crowd_dates_order');
  if (input.districtId) {
    const [known] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, input.districtId));
    if (!known) throw fieldError('districtId', 'error.crowd_district_unknown', {}, 'crowd_district_unknown');
  }
  const experts = [...new Set(input.expertIds)];
  const people = await publicPeople(tx, experts);
  const missing = experts.find((id) => !people.has(id));
  if (missing) throw fieldError('expertIds', 'error.crowd_expert_unknown', { id: missing }, 'crowd_expert_unknown');
}

const columns = (input: ProjectInput) => ({
  title: input.title,
  problem: input.problem,
  brief: input.brief,
  districtId: input.districtId,
  ideasFrom: input.ideasFrom,
  selectionFrom: input.selectionFrom,
  votingFrom: input.votingFrom,
  implementationFrom: input.implementationFrom,
  voteMaxChoices: input.voteMaxChoices,
});

async function writeExperts(tx: Tx, projectId: string, expertIds: string[]) {
  await tx.delete(crowdExperts).where(eq(crowdExperts.projectId, projectId));
  const unique = [...new Set(expertIds)];
  if (unique.length) await tx.insert(crowdExperts).values(unique.map((userId) => ({ projectId, userId })));
}

/** Creates a draft project with its experts (administrators, audited); its public number. */
export async function createProject(ctx: ModuleContext, actor: Actor, input: ProjectInput): Promise<number> {
  authorize(actor, canManageProjects(actor));
  return ctx.database.db.transaction(async (tx) => {
    await check(tx, input);
    const [row] = await tx
      .insert(crowdProjects)
      .values({ ...columns(input), createdBy: actor.userId })
      .returning();
    await writeExperts(tx, row!.id, input.expertIds);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'crowd_project.created',
      subjectType: 'crowd_project',
      subjectId: String(row!.number),
      data: { title: row!.title, experts: input.expertIds.length },
    });
    return row!.number;
  });
}

/** Replaces a project's settings and experts (administrators, audited). Refuses (409) once its vote has started: the poll follows them. */
export async function updateProject(ctx: ModuleContext, actor: Actor, number: number, input: ProjectInput): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const row = await findProjectByNumber(tx, number, { forUpdate: true });
    if (!row) throw new AppError(404, 'crowd_project_not_found', { number });
    authorize(actor, canEditProject(actor, row));
    await check(tx, input);
    await tx
      .update(crowdProjects)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(eq(crowdProjects.id, row.id));
    await writeExperts(tx, row.id, input.expertIds);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'crowd_project.updated',
      subjectType: 'crowd_project',
      subjectId: String(number),
      data: { title: input.title, experts: input.expertIds.length },
    });
  });
}

/** Publishes a draft (administrators, audited): from now on anyone sees it, and its phases follow its dates. 409 when already published. */
export async function publishProject(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const row = await findProjectByNumber(tx, number, { forUpdate: true });
    if (!row) throw new AppError(404, 'crowd_project_not_found', { number });
    authorize(actor, canPublishProject(actor, row));
    await tx.update(crowdProjects).set({ publishedAt: now, updatedAt: now }).where(eq(crowdProjects.id, row.id));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'crowd_project.published',
      subjectType: 'crowd_project',
      subjectId: String(number),
      data: { phase: phaseOf(row, now) },
    });
  });
}

/**
 * Starts the next phase now (administrators, audited): its date becomes now (later dates move only if they would
 * fall before it); a started vote's poll opens (voting) or closes (implementation) with it. 409 for a draft and from
 * implementation on (the report ends a project).
 */
export async function advanceProject(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<{ phase: string }> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await findProjectByNumber(tx, number, { forUpdate: true });
    if (!row) throw new AppError(404, 'crowd_project_not_found', { number });
    const from = phaseOf(row, now);
    authorize(actor, canAdvanceProject(actor, row, from));
    // the policy allowed it: there is a next phase to start
    const next = advancedDates(row, from, now)!;
    await tx
      .update(crowdProjects)
      .set({ ...next.dates, updatedAt: now })
      .where(eq(crowdProjects.id, row.id));
    // the vote follows the project's dates: it opens when voting starts and ends when implementation starts
    if (row.pollId && next.next === 'voting') await bringPollForward(tx, actor.userId, row.pollId, { opensBy: now });
    if (row.pollId && next.next === 'implementation') await bringPollForward(tx, actor.userId, row.pollId, { closesBy: now });
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'crowd_project.advanced',
      subjectType: 'crowd_project',
      subjectId: String(number),
      data: { from, to: next.next },
    });
    return { phase: next.next };
  });
}
