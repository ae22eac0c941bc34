import { t, type Language } from '../../../core/i18n/i18n.js';
import type { CycleRow, HeadingRow } from '../db/cycle-queries.js';
import type { BallotView } from '../use-cases/ballots/read-ballot.js';
import type { ResultsView } from '../use-cases/tally/read-results.js';

export const presentHeading = (h: HeadingRow) => ({
  id: h.id,
  title: h.title,
  districtId: h.districtId,
  amount: h.amount,
  ballotKind: h.ballotKind,
  minProjects: h.minProjects,
  maxProjects: h.maxProjects,
  pointsTotal: h.pointsTotal,
  pointsPerProject: h.pointsPerProject,
  maxWinners: h.maxWinners,
  residentsOnly: h.residentsOnly,
});

export const presentCycle = (c: CycleRow) => ({
  id: c.id,
  title: c.title,
  year: c.year,
  votingFrom: c.votingFrom.toISOString(),
  tallyingFrom: c.tallyingFrom.toISOString(),
  resultsFrom: c.resultsFrom.toISOString(),
  minAge: c.minAge,
  importedFrom: c.importedFrom,
  currency: c.currency,
});

/** A ballot for its voter: eligibility with a message that says what to do. */
export function presentBallot(v: BallotView, lang: Language) {
  const e = v.eligibility;
  return {
    heading: presentHeading(v.heading),
    cycle: presentCycle(v.cycle),
    phase: v.phase,
    eligibility: e.allowed
      ? { eligible: true, reason: null, message: null }
      : { eligible: false, reason: e.reason, message: t(lang, `error.${e.reason}`, v.eligibilityParams) },
    proposals: v.proposals.map((p) => ({ number: p.number, title: p.title, cost: p.cost })),
    mine: v.mine ? { choices: v.mine.numbers.map((n, i) => ({ number: n, points: v.mine!.points[i] ?? 1 })), updatedAt: v.mine.updatedAt.toISOString() } : null,
  };
}

/** Published results: no voter appears, only counts, codes and figures. */
export function presentResults(v: ResultsView) {
  return {
    heading: presentHeading(v.heading),
    cycle: presentCycle(v.cycle),
    phase: v.phase,
    rule: v.result.rule,
    utility: v.result.utility,
    completion: v.result.completion,
    budget: v.result.budget,
    ruleCost: v.result.cost,
    ballots: v.result.ballots,
    ballotsSha256: v.result.ballotsSha256,
    computedAt: v.result.computedAt.toISOString(),
    projects: v.projects,
    overrides: v.overrides.map((o) => ({ ...o, decidedAt: o.decidedAt.toISOString() })),
    totals: v.totals,
  };
}
