/** Rules of proposals: text limits, who a heading takes, what an expert's decision needs. Pure. */
import type { CyclePhase } from './phases.js';
import { moneyProblem, type RuleProblem } from './cycle-rules.js';

export const proposalTitleLimits = { min: 5, max: 150 } as const;
export const proposalDescriptionLimits = { min: 20, max: 5000 } as const;
export const proposalOpinionLimits = { min: 20, max: 5000 } as const;
export const implementationMonthLimits = { min: 1, max: 60 } as const;
export const maxProposalPhotos = 5;
export const maxCoauthors = 10;

export type ProposalStatus = 'submitted' | 'withdrawn' | 'feasible' | 'unfeasible' | 'merged';

/** Whitespace-normalised text without control characters. */
export function cleanProposalText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** The first problem with a proposal's title, description and estimated cost, or null. */
export function proposalTextProblem(p: {
  title?: string | undefined;
  description?: string | undefined;
  estimatedCost?: string | undefined;
}): RuleProblem | null {
  if (p.title !== undefined) {
    if (p.title.length < proposalTitleLimits.min) return { field: 'title', code: 'proposal_title_short', params: { min: proposalTitleLimits.min } };
    if (p.title.length > proposalTitleLimits.max) return { field: 'title', code: 'proposal_title_long', params: { max: proposalTitleLimits.max } };
  }
  if (p.description !== undefined) {
    if (p.description.length < proposalDescriptionLimits.min)
      return { field: 'description', code: 'proposal_description_short', params: { min: proposalDescriptionLimits.min } };
    if (p.description.length > proposalDescriptionLimits.max)
      return { field: 'description', code: 'proposal_description_long', params: { max: proposalDescriptionLimits.max } };
  }
  if (p.estimatedCost !== undefined) {
    const money = moneyProblem(p.estimatedCost);
    if (money) return { field: 'estimatedCost', code: money };
  }
  return null;
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

/** What an expert's decision needs: an opinion; for a feasible one also the final cost and the period. */
export function reviewProblem(d: {
  decision: 'feasible' | 'unfeasible';
  opinion: string;
  finalCost?: string | null | undefined;
  implementationMonths?: number | null | undefined;
}): RuleProblem | null {
  if (d.opinion.length < proposalOpinionLimits.min) return { field: 'opinion', code: 'review_opinion_short', params: { min: proposalOpinionLimits.min } };
  if (d.opinion.length > proposalOpinionLimits.max) return { field: 'opinion', code: 'review_opinion_long', params: { max: proposalOpinionLimits.max } };
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
