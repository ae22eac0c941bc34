import { eq } from 'drizzle-orm';
import type { Database } from '../src/core/db/client.js';
import { pbCycles, pbHeadings, pbProposals } from '../src/modules/budgeting/db/schema.js';
import { pbPhases, phaseDateField, type Phase } from '../src/modules/budgeting/domain/phases.js';

const DAY = 86_400_000;

/** Phase dates that make `phase` the current one now: each earlier phase began a few days earlier, later ones begin later. */
export function datesFor(phase: Phase, now = new Date()) {
  const k = pbPhases.indexOf(phase);
  return Object.fromEntries(pbPhases.map((p, i) => [phaseDateField[p], new Date(now.getTime() + (i - k) * 10 * DAY - (i <= k ? DAY : 0))])) as Record<
    (typeof phaseDateField)[Phase],
    Date
  >;
}

/** A cycle in the given phase (greedy unless told), inserted directly (the admin routes belong to another part). */
export async function createCycle(
  database: Database,
  opts: {
    phase: Phase;
    rule?: 'greedy' | 'equal-shares';
    completion?: 'none' | 'add1' | 'add1-full' | 'add1-greedy';
    minAge?: number;
    excludeOfficials?: boolean;
    title?: string;
  },
) {
  const [row] = await database.db
    .insert(pbCycles)
    .values({
      year: 2027,
      title: opts.title ?? `Test budget ${Math.random().toString(36).slice(2, 8)}`,
      rule: opts.rule ?? 'greedy',
      utility: 'cost',
      completion: opts.completion ?? 'none',
      minAge: opts.minAge ?? 18,
      excludeOfficials: opts.excludeOfficials ?? true,
      ...datesFor(opts.phase),
    })
    .returning();
  return row!;
}

/** Moves a cycle to a phase by rewriting its dates around now. */
export async function setPhase(database: Database, cycleId: string, phase: Phase) {
  await database.db.update(pbCycles).set(datesFor(phase)).where(eq(pbCycles.id, cycleId));
}

export async function createHeading(
  database: Database,
  cycleId: string,
  opts: {
    districtId?: string | null;
    amount?: string;
    ballotKind?: 'approval-budget' | 'approval-count' | 'points';
    minProjects?: number;
    maxProjects?: number;
    pointsTotal?: number;
    pointsPerProject?: number;
    residentsOnly?: boolean;
    title?: string;
  } = {},
) {
  const [row] = await database.db
    .insert(pbHeadings)
    .values({
      cycleId,
      districtId: opts.districtId === undefined ? null : opts.districtId,
      title: opts.title ?? 'Heading',
      amount: opts.amount ?? '15000000.00',
      ballotKind: opts.ballotKind ?? 'approval-budget',
      minProjects: opts.minProjects ?? null,
      maxProjects: opts.maxProjects ?? null,
      pointsTotal: opts.pointsTotal ?? null,
      pointsPerProject: opts.pointsPerProject ?? null,
      residentsOnly: opts.residentsOnly ?? true,
    })
    .returning();
  return row!;
}

/** A proposal on a heading, feasible with its final cost unless told otherwise; returns its id and public number. */
export async function createProposal(
  database: Database,
  heading: { id: string; cycleId: string; districtId: string | null },
  opts: { cost: string; title?: string; status?: 'submitted' | 'withdrawn' | 'feasible' | 'unfeasible' | 'merged' },
) {
  const [row] = await database.db
    .insert(pbProposals)
    .values({
      cycleId: heading.cycleId,
      headingId: heading.id,
      title: opts.title ?? `Project ${opts.cost}`,
      description: 'A test proposal.',
      districtId: heading.districtId,
      estimatedCost: opts.cost,
      finalCost: (opts.status ?? 'feasible') === 'feasible' ? opts.cost : null,
      status: opts.status ?? 'feasible',
    })
    .returning({ id: pbProposals.id, number: pbProposals.number });
  return row!;
}
