import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { districts } from '../../../../core/city/schema.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { publicPeople } from '../../../accounts/index.js';
import { findCycle, type CycleRow, type HeadingRow } from '../../db/cycle-queries.js';
import {
  pbExperts,
  pbHeadings,
  pbProposals,
  type ballotKinds,
  type pbCompletions,
  type pbRules,
  type pbUtilities,
  type proposalTopics,
} from '../../db/schema.js';
import { headingProblem, normalMoney, type HeadingLimits } from '../../domain/cycle-rules.js';
import { nextPhase, phaseAt, phaseDateField, phaseDatesProblem, type PhaseDates } from '../../domain/phases.js';
import { phaseBefore } from '../../domain/proposal-rules.js';
import { canAdvanceCycle, canChangeHeadings, canDeleteHeading, canManageCycles } from '../../policy.js';
import { ruleError } from './common.js';
import { pbCycles } from '../../db/schema.js';

export interface CycleInput extends Partial<PhaseDates> {
  year?: number | undefined;
  title?: string | undefined;
  description?: string | undefined;
  rule?: (typeof pbRules)[number] | undefined;
  utility?: (typeof pbUtilities)[number] | undefined;
  completion?: (typeof pbCompletions)[number] | undefined;
  minAge?: number | undefined;
  excludeOfficials?: boolean | undefined;
}

const phaseFields = Object.values(phaseDateField);

function checkDates(dates: PhaseDates): void {
  const problem = phaseDatesProblem(dates);
  if (problem)
    throw ruleError({ field: phaseDateField[problem.phase], code: 'cycle_phase_dates_order', params: { phase: problem.phase, before: problem.before } });
}

export async function requireCycle(db: Executor, id: string): Promise<CycleRow> {
  const cycle = await findCycle(db, id);
  if (!cycle) throw new AppError(404, 'cycle_not_found');
  return cycle;
}

/** Creates a cycle (administrators; audited). The phase dates must not go backwards. */
export async function createCycle(
  ctx: ModuleContext,
  actor: Actor,
  input: Required<Pick<CycleInput, 'year' | 'title'>> & CycleInput & PhaseDates,
): Promise<CycleRow> {
  authorize(actor, canManageCycles(actor));
  checkDates(input);
  const actorId = actor.userId;
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(pbCycles)
      .values({ ...input, description: input.description ?? '', createdBy: actorId })
      .returning();
    await appendAudit(tx, {
      actorId,
      action: 'pb_cycle.created',
      subjectType: 'pb_cycle',
      subjectId: row!.id,
      data: { year: row!.year, title: row!.title, rule: row!.rule },
    });
    return row!;
  });
}

/**
 * Changes a cycle (administrators; audited). Dates must stay in order; the rule, utility and completion
 * cannot change once tallying has started (the published result follows them).
 */
export async function updateCycle(ctx: ModuleContext, actor: Actor, id: string, input: CycleInput, now = new Date()): Promise<CycleRow> {
  authorize(actor, canManageCycles(actor));
  const db = ctx.database.db;
  return db.transaction(async (tx) => {
    const [cycle] = await tx.select().from(pbCycles).where(eq(pbCycles.id, id)).for('update');
    if (!cycle) throw new AppError(404, 'cycle_not_found');
    const merged = { ...cycle, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as CycleRow;
    checkDates(merged);
    const phase = phaseAt(cycle, now);
    const ruleChanged = (['rule', 'utility', 'completion'] as const).find((k) => input[k] !== undefined && input[k] !== cycle[k]);
    if (ruleChanged && !phaseBefore(phase, 'tallying')) throw ruleError({ field: ruleChanged, code: 'cycle_rule_locked' });
    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) {
      if (v === undefined) continue;
      const old = (cycle as Record<string, unknown>)[k];
      const same = old instanceof Date && v instanceof Date ? old.getTime() === v.getTime() : old === v;
      if (!same) changes[k] = v instanceof Date ? v.toISOString() : v;
    }
    if (!Object.keys(changes).length) return cycle;
    const [row] = await tx
      .update(pbCycles)
      .set({ ...input, updatedAt: now })
      .where(eq(pbCycles.id, id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_cycle.updated',
      subjectType: 'pb_cycle',
      subjectId: id,
      data: { changes },
    });
    return row!;
  });
}

/** Moves a cycle to its next phase now: that phase's start date becomes now (administrators; audited; 409 in the last phase). */
export async function advanceCycle(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<CycleRow> {
  authorize(actor, canManageCycles(actor));
  return ctx.database.db.transaction(async (tx) => {
    const [cycle] = await tx.select().from(pbCycles).where(eq(pbCycles.id, id)).for('update');
    if (!cycle) throw new AppError(404, 'cycle_not_found');
    const from = phaseAt(cycle, now);
    authorize(actor, canAdvanceCycle(actor, from));
    const to = nextPhase(from)!;
    const field = phaseDateField[to];
    const set: Partial<PhaseDates> = { [field]: now };
    // earlier phases that had not started yet (advancing from a draft) start now too, so the dates stay in order
    for (const f of phaseFields.slice(0, phaseFields.indexOf(field))) if (cycle[f].getTime() > now.getTime()) set[f] = now;
    const [row] = await tx
      .update(pbCycles)
      .set({ ...set, updatedAt: now })
      .where(eq(pbCycles.id, id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_cycle.advanced',
      subjectType: 'pb_cycle',
      subjectId: id,
      data: { from, to, at: now.toISOString() },
    });
    return row!;
  });
}

export interface HeadingInput {
  districtId?: string | null | undefined;
  title?: string | undefined;
  amount?: string | undefined;
  maxWinners?: number | null | undefined;
  ballotKind?: (typeof ballotKinds)[number] | undefined;
  minProjects?: number | null | undefined;
  maxProjects?: number | null | undefined;
  pointsTotal?: number | null | undefined;
  pointsPerProject?: number | null | undefined;
  residentsOnly?: boolean | undefined;
  position?: number | undefined;
}

async function checkHeading(tx: Executor, cycleId: string, h: HeadingLimits & { districtId: string | null }, exceptId: string | null): Promise<void> {
  const problem = headingProblem(h);
  if (problem) throw ruleError(problem);
  if (h.districtId !== null) {
    const [d] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, h.districtId));
    if (!d) throw ruleError({ field: 'districtId', code: 'cycle_district_unknown' });
  }
  // one heading per district and one citywide in a cycle
  const same = await tx
    .select({ id: pbHeadings.id })
    .from(pbHeadings)
    .where(and(eq(pbHeadings.cycleId, cycleId), h.districtId === null ? sql`${pbHeadings.districtId} is null` : eq(pbHeadings.districtId, h.districtId)));
  if (same.some((s) => s.id !== exceptId)) throw new AppError(409, 'cycle_heading_taken', {}, { districtId: { key: 'error.cycle_heading_taken' } });
}

/** Adds a heading to a cycle (administrators; audited): one per district and one citywide; limits fit the ballot kind. */
export async function createHeading(
  ctx: ModuleContext,
  actor: Actor,
  cycleId: string,
  input: HeadingInput & { title: string; amount: string },
  now = new Date(),
): Promise<HeadingRow> {
  authorize(actor, canManageCycles(actor));
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pb.headings:${cycleId}`}))`);
    const cycle = await requireCycle(tx, cycleId);
    authorize(actor, canChangeHeadings(actor, phaseAt(cycle, now)));
    const values = {
      districtId: input.districtId ?? null,
      title: input.title,
      amount: input.amount,
      maxWinners: input.maxWinners ?? null,
      ballotKind: input.ballotKind ?? 'approval-budget',
      minProjects: input.minProjects ?? null,
      maxProjects: input.maxProjects ?? null,
      pointsTotal: input.pointsTotal ?? null,
      pointsPerProject: input.pointsPerProject ?? null,
      residentsOnly: input.residentsOnly ?? input.districtId != null,
      position: input.position ?? 0,
    };
    await checkHeading(tx, cycleId, values, null);
    const [row] = await tx
      .insert(pbHeadings)
      .values({ ...values, cycleId, amount: normalMoney(values.amount) })
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_heading.created',
      subjectType: 'pb_heading',
      subjectId: row!.id,
      data: { cycleId, ...values, amount: row!.amount },
    });
    return row!;
  });
}

/** Changes a heading (administrators; audited) until voting starts. */
export async function updateHeading(ctx: ModuleContext, actor: Actor, id: string, input: HeadingInput, now = new Date()): Promise<HeadingRow> {
  authorize(actor, canManageCycles(actor));
  return ctx.database.db.transaction(async (tx) => {
    const [heading] = await tx.select().from(pbHeadings).where(eq(pbHeadings.id, id)).for('update');
    if (!heading) throw new AppError(404, 'cycle_heading_not_found');
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pb.headings:${heading.cycleId}`}))`);
    const cycle = await requireCycle(tx, heading.cycleId);
    authorize(actor, canChangeHeadings(actor, phaseAt(cycle, now)));
    const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as HeadingInput;
    if (defined.districtId !== undefined && defined.districtId !== heading.districtId) {
      const [used] = await tx.select({ id: pbProposals.id }).from(pbProposals).where(eq(pbProposals.headingId, id)).limit(1);
      if (used) throw ruleError({ field: 'districtId', code: 'cycle_heading_has_proposals' });
    }
    const merged = { ...heading, ...defined } as HeadingRow;
    await checkHeading(tx, heading.cycleId, merged, id);
    const [row] = await tx
      .update(pbHeadings)
      .set({ ...defined, ...(defined.amount ? { amount: normalMoney(defined.amount) } : {}) })
      .where(eq(pbHeadings.id, id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_heading.updated',
      subjectType: 'pb_heading',
      subjectId: id,
      data: { changes: defined },
    });
    return row!;
  });
}

/** Removes a heading that has no proposals (administrators; audited). */
export async function deleteHeading(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  authorize(actor, canManageCycles(actor));
  await ctx.database.db.transaction(async (tx) => {
    const [heading] = await tx.select().from(pbHeadings).where(eq(pbHeadings.id, id)).for('update');
    if (!heading) throw new AppError(404, 'cycle_heading_not_found');
    const [used] = await tx.select({ id: pbProposals.id }).from(pbProposals).where(eq(pbProposals.headingId, id)).limit(1);
    authorize(actor, canDeleteHeading(actor, used !== undefined));
    await tx.delete(pbHeadings).where(eq(pbHeadings.id, id));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_heading.deleted',
      subjectType: 'pb_heading',
      subjectId: id,
      data: { cycleId: heading.cycleId, title: heading.title },
    });
  });
}

export interface ExpertView {
  id: string;
  userId: string;
  displayName: string;
  headingId: string | null;
  topic: (typeof proposalTopics)[number] | null;
}

/** A cycle's expert assignments with the experts' public names (administrators). */
export async function listExperts(ctx: ModuleContext, actor: Actor, cycleId: string): Promise<ExpertView[]> {
  authorize(actor, canManageCycles(actor));
  const db = ctx.database.db;
  await requireCycle(db, cycleId);
  const rows = await db.select().from(pbExperts).where(eq(pbExperts.cycleId, cycleId)).orderBy(pbExperts.assignedAt);
  const people = await publicPeople(
    db,
    rows.map((r) => r.userId),
  );
  return rows.map((r) => ({ id: r.id, userId: r.userId, displayName: people.get(r.userId)?.displayName ?? '', headingId: r.headingId, topic: r.topic }));
}

/**
 * Assigns an expert to review a cycle's proposals of a heading, of a topic, or all (administrators;
 * audited). The person must hold the expert role; the same assignment twice is a 409.
 */
export async function assignExpert(
  ctx: ModuleContext,
  actor: Actor,
  cycleId: string,
  input: { userId: string; headingId?: string | null | undefined; topic?: (typeof proposalTopics)[number] | null | undefined },
): Promise<ExpertView> {
  authorize(actor, canManageCycles(actor));
  const db = ctx.database.db;
  await requireCycle(db, cycleId);
  const person = (await publicPeople(db, [input.userId])).get(input.userId);
  if (!person) throw ruleError({ field: 'userId', code: 'cycle_expert_unknown' });
  if (!person.roles.some((g) => g.role === 'expert')) throw ruleError({ field: 'userId', code: 'cycle_expert_not_expert' });
  const headingId = input.headingId ?? null;
  if (headingId) {
    const [h] = await db
      .select({ id: pbHeadings.id })
      .from(pbHeadings)
      .where(and(eq(pbHeadings.id, headingId), eq(pbHeadings.cycleId, cycleId)));
    if (!h) throw ruleError({ field: 'headingId', code: 'cycle_heading_not_in_cycle' });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(pbExperts)
      .values({ cycleId, userId: input.userId, headingId, topic: input.topic ?? null, assignedBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError(409, 'cycle_expert_already_assigned');
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_expert.assigned',
      subjectType: 'pb_cycle',
      subjectId: cycleId,
      data: { userId: row.userId, headingId: row.headingId, topic: row.topic },
    });
    return { id: row.id, userId: row.userId, displayName: person.displayName, headingId: row.headingId, topic: row.topic };
  });
}

/** Ends an expert assignment (administrators; audited). */
export async function removeExpert(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  authorize(actor, canManageCycles(actor));
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.delete(pbExperts).where(eq(pbExperts.id, id)).returning();
    if (!row) throw new AppError(404, 'cycle_expert_not_found');
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_expert.removed',
      subjectType: 'pb_cycle',
      subjectId: row.cycleId,
      data: { userId: row.userId, headingId: row.headingId, topic: row.topic },
    });
  });
}
