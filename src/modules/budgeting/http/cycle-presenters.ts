import type { z } from 'zod';
import type { CycleRow, HeadingRow } from '../db/cycle-queries.js';
import { nextPhase, pbPhases, phaseDateField, type CyclePhase } from '../domain/phases.js';
import type { CycleView } from '../use-cases/cycles/read-cycles.js';
import type { cycleSchema, cycleSummarySchema, headingSummarySchema } from './cycle-schemas.js';

/** A cycle without its headings: dates, rule, eligibility and the phase now. */
export function presentCycleSummary(cycle: CycleRow, phase: CyclePhase): z.infer<typeof cycleSummarySchema> {
  const next = nextPhase(phase);
  return {
    id: cycle.id,
    year: cycle.year,
    title: cycle.title,
    description: cycle.description,
    rule: cycle.rule,
    utility: cycle.utility,
    completion: cycle.completion,
    minAge: cycle.minAge,
    excludeOfficials: cycle.excludeOfficials,
    importedFrom: cycle.importedFrom,
    currency: cycle.currency,
    phase,
    phases: pbPhases.map((p) => ({ phase: p, from: cycle[phaseDateField[p]].toISOString() })),
    next: next ? { phase: next, from: cycle[phaseDateField[next]].toISOString() } : null,
  };
}

export function presentHeading(h: HeadingRow, counts: { proposals: number; feasible: number }): z.infer<typeof headingSummarySchema> {
  return {
    id: h.id,
    cycleId: h.cycleId,
    districtId: h.districtId,
    title: h.title,
    amount: h.amount,
    maxWinners: h.maxWinners,
    ballotKind: h.ballotKind,
    minProjects: h.minProjects,
    maxProjects: h.maxProjects,
    pointsTotal: h.pointsTotal,
    pointsPerProject: h.pointsPerProject,
    residentsOnly: h.residentsOnly,
    position: h.position,
    proposalCount: counts.proposals,
    feasibleCount: counts.feasible,
  };
}

export function presentCycle(v: CycleView): z.infer<typeof cycleSchema> {
  return { ...presentCycleSummary(v.cycle, v.phase), headings: v.headings.map((h) => presentHeading(h.heading, h.counts)) };
}
