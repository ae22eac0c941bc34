import type { BallotKind } from '@server/modules/budgeting/domain/cycle-rules.js';

/** A heading's ballot rules as the pages describe them. */
export interface HeadingRules {
  ballotKind: BallotKind;
  minProjects: number | null;
  maxProjects: number | null;
  pointsTotal: number | null;
  pointsPerProject: number | null;
}

/**
 * Which text says how to fill a heading's ballot, and with what: a limit that is not set is not
 * written as 0 («от 1 до 0 проектов»): no maximum means "at least", no minimum means at least one
 * (as the ballot rules check it), the same minimum and maximum means "exactly".
 */
export type BallotKindKey =
  | `cycle.ballotKind.${BallotKind}`
  | 'cycle.ballotKind.approval-count-any'
  | 'cycle.ballotKind.approval-count-exact'
  | 'cycle.ballotKind.approval-count-min'
  | 'cycle.ballotKind.points-total';

export function ballotKindText(h: HeadingRules): { key: BallotKindKey; params: Record<string, number> } {
  if (h.ballotKind === 'approval-count') {
    const min = h.minProjects && h.minProjects > 0 ? h.minProjects : null;
    const max = h.maxProjects && h.maxProjects > 0 ? h.maxProjects : null;
    if (max !== null && (min ?? 1) === max) return { key: 'cycle.ballotKind.approval-count-exact', params: { count: max } };
    if (max !== null) return { key: 'cycle.ballotKind.approval-count', params: { min: min ?? 1, max } };
    if (min !== null && min > 1) return { key: 'cycle.ballotKind.approval-count-min', params: { count: min } };
    return { key: 'cycle.ballotKind.approval-count-any', params: {} };
  }
  if (h.ballotKind === 'points') {
    if (h.pointsPerProject && h.pointsTotal && h.pointsPerProject < h.pointsTotal)
      return { key: 'cycle.ballotKind.points', params: { total: h.pointsTotal, perProject: h.pointsPerProject } };
    return { key: 'cycle.ballotKind.points-total', params: { count: h.pointsTotal ?? 0 } };
  }
  return { key: `cycle.ballotKind.${h.ballotKind}`, params: {} };
}
