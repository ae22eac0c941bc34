/**
 * Rules of proposals: text limits (the input schemas check them after the one text rule has cleaned the text, and
 * the web's forms show them), who a heading takes, what an expert's decision needs. Pure.
 */
import type { CyclePhase } from './phases.js';
import { moneyProblem, type RuleProblem } from './cycle-rules.js';

export const proposalTitleLimits = { min: 5, max: 150 } as const;
export const proposalDescriptionLimits = { min: 20, max: 5000 } as const;
export const proposalOpinionLimits = { min: 20, max: 5000 } as const;
export const proposalAddressMax = 300;
export const implementationMonthLimits = { min: 1, max: 60 } as const;
export const maxProposalPhotos = 5;
export const maxCoauthors = 10;

/** Where a proposal stands: as sent, withdrawn by its authors, judged by the experts, or merged into another. */
export const proposalStatuses = ['submitted', 'withdrawn', 'feasible', 'unfeasible', 'merged'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
/** What a proposal is about (the experts' assignments and the list's filter). */
export const proposalTopics = ['improvement', 'ecology', 'culture', 'sport', 'education', 'social', 'safety', 'transport', 'other'] as const;
export type ProposalTopic = (typeof proposalTopics)[number];

/** The problem with a proposal's estimated cost (a positive exact amount), or null. */
export function proposalCostProblem(estimatedCost: string): RuleProblem | null {
  const money = moneyProblem(estimatedCost);
  return money ? { field: 'estimatedCost', code: money } : null;
}

/**
 * Whether a heading takes a proposal at a place: a citywide heading (no district) takes any place or
 * none; a district heading takes places in its district only, and needs one.
 */
export function headingPlaceProblem(headingDistrictId: string | null, placeDistrictId: string | null, hasPlace: boolean): RuleProblem | null {
  if (headingDistrictId === null) return null;
  if (!hasPlace) return { field: 'lat', code: 'proposal_place_required' };
  if (placeDistrictId !== headingDistrictId) return { field: 'lat', code: 'proposal_place_outside_heading' };
  return null;
}

/** What an expert's decision needs besides its opinion: for a feasible one the final cost and the period. */
export function reviewProblem(d: {
  decision: 'feasible' | 'unfeasible';
  finalCost?: string | null | undefined;
  implementationMonths?: number | null | undefined;
}): RuleProblem | null {
  if (d.decision === 'feasible') {
    if (!d.finalCost) return { field: 'finalCost', code: 'review_final_cost_required' };
    const money = moneyProblem(d.finalCost);
    if (money) return { field: 'finalCost', code: money };
    if (d.implementationMonths == null) return { field: 'implementationMonths', code: 'review_months_required' };
  } else if (d.finalCost) {
    const money = moneyProblem(d.finalCost);
    if (money) return { field: 'finalCost', code: money };
  }
  if (d.implementationMonths != null && (d.implementationMonths < implementationMonthLimits.min || d.implementationMonths > implementationMonthLimits.max)) {
    return { field: 'implementationMonths', code: 'review_months_invalid', params: implementationMonthLimits };
  }
  return null;
}

const phaseOrder: CyclePhase[] = ['draft', 'informing', 'intake', 'review', 'voting', 'tallying', 'results', 'implementation'];

/** True when phase `a` comes before phase `b`. */
export const phaseBefore = (a: CyclePhase, b: CyclePhase): boolean => phaseOrder.indexOf(a) < phaseOrder.indexOf(b);

/**
 * What the public sees of a heading's proposals in a phase: everything not withdrawn until voting,
 * then only the feasible ones (the rest are counted).
 */
export function isListedInPhase(status: ProposalStatus, phase: CyclePhase): boolean {
  if (status === 'withdrawn') return false;
  if (phaseBefore(phase, 'voting')) return true;
  return status === 'feasible';
}
