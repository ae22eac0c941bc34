/** Rules of ideas, ratings, expert review, the vote and the report of a crowdsourcing project. Pure. */
import type { CrowdPhase } from './phases.js';

/** An idea: submitted; the experts shortlist it (it goes to the vote), reject it or merge it into another (public reasons). */
export const ideaStatuses = ['submitted', 'shortlisted', 'rejected', 'merged', 'withdrawn'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

/** How long what administrators, residents and experts type may be, after the one text rule (the input schemas and the web's fields). */
export const crowdLimits = {
  projectTitle: { min: 5, max: 200 },
  problem: { min: 10, max: 500 },
  brief: { min: 20, max: 20_000 },
  ideaTitle: { min: 5, max: 200 },
  ideaText: { min: 20, max: 5000 },
  reviewReason: { min: 10, max: 2000 },
  reportText: { min: 20, max: 20_000 },
  reportNote: { min: 0, max: 2000 },
  voteMaxChoices: { min: 1, max: 10 },
} as const;

/** A rule's refusal: a stable code (message `error.<code>`), the field it concerns when there is one, and parameters. */
export interface RuleProblem {
  code: string;
  field?: string;
  params?: Record<string, string | number>;
}

/** Ratings go from 1 to 5. */
export const ratingMin = 1;
export const ratingMax = 5;

/** Whether a rating value is allowed (the schema says the same; the rule is the one the database checks too). */
export function ratingProblem(value: number): RuleProblem | null {
  return Number.isInteger(value) && value >= ratingMin && value <= ratingMax
    ? null
    : { code: 'idea_rating_range', field: 'value', params: { min: ratingMin, max: ratingMax } };
}

/**
 * How an idea's counters move when a person rates it: a first rating adds one to the count and its value to the sum;
 * a changed rating moves only the sum. `first` says whether it is the person's first rating of the idea (points).
 */
export function ratingChange(previous: number | null, value: number): { countDelta: number; sumDelta: number; first: boolean } {
  return previous === null ? { countDelta: 1, sumDelta: value, first: true } : { countDelta: 0, sumDelta: value - previous, first: false };
}

/** The mean rating to two decimals, or null before the first rating. */
export function ratingAverage(count: number, sum: number): number | null {
  return count === 0 ? null : Math.round((sum * 100) / count) / 100;
}

/** What the experts decide of an idea. */
export const reviewDecisions = ['shortlisted', 'rejected', 'merged'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** How a project's ideas can be ordered (votes once the vote has closed). */
export const ideaSorts = ['rating', 'newest', 'votes'] as const;
export type IdeaSort = (typeof ideaSorts)[number];

/** The facts of an idea a review rule needs. */
export interface ReviewedIdea {
  number: number;
  projectId: string;
  status: IdeaStatus;
}

/**
 * What refuses an expert's decision as given (the policy refuses reviewing a withdrawn or merged idea at all): a
 * merge needs another idea (`intoNumber`) of the same project that is neither withdrawn nor merged itself.
 */
export function reviewProblem(idea: ReviewedIdea, decision: ReviewDecision, target: ReviewedIdea | null, intoNumber: number | null): RuleProblem | null {
  if (decision !== 'merged') return null;
  if (intoNumber === null) return { code: 'idea_merge_target_required', field: 'intoNumber' };
  if (intoNumber === idea.number) return { code: 'idea_merge_self', field: 'intoNumber' };
  if (!target || target.projectId !== idea.projectId) return { code: 'idea_merge_other_project', field: 'intoNumber' };
  if (target.status === 'merged' || target.status === 'withdrawn') return { code: 'idea_merge_target_closed', field: 'intoNumber' };
  return null;
}

/** The fewest shortlisted ideas a vote needs: a choice of one is no vote. */
export const minVoteOptions = 2;

/** Whether the vote over the shortlist may start: during selection or voting, once, with at least two shortlisted ideas. */
export function voteProblem(p: { phase: CrowdPhase; hasPoll: boolean; shortlisted: number }): RuleProblem | null {
  if (p.hasPoll) return { code: 'crowd_vote_already_started' };
  if (p.phase !== 'selection' && p.phase !== 'voting') return { code: 'crowd_vote_phase' };
  if (p.shortlisted < minVoteOptions) return { code: 'crowd_vote_too_few_ideas', params: { min: minVoteOptions, count: p.shortlisted } };
  return null;
}

/** The most options a resident may choose in the vote: the project's setting, never more than the shortlist. */
export const voteMaxChoicesOf = (voteMaxChoices: number, shortlisted: number) => Math.max(1, Math.min(voteMaxChoices, shortlisted));

/**
 * What refuses an implementation report's list of accepted ideas (the policy decides when it may be published): each
 * accepted idea named once, and a shortlisted idea of this project (`shortlisted`: their numbers).
 */
export function reportProblem(p: { accepted: readonly number[]; shortlisted: ReadonlySet<number> }): RuleProblem | null {
  const seen = new Set<number>();
  for (const [i, n] of p.accepted.entries()) {
    if (seen.has(n)) return { code: 'crowd_report_idea_twice', field: `accepted.${i}.ideaNumber`, params: { number: n } };
    seen.add(n);
    if (!p.shortlisted.has(n)) return { code: 'crowd_report_not_shortlisted', field: `accepted.${i}.ideaNumber`, params: { number: n } };
  }
  return null;
}

/** An idea as the figures count it. */
export interface FigureIdea {
  id: string;
  status: IdeaStatus;
  accepted: boolean;
  mergedIntoId: string | null;
}

/** A project's public numbers. */
export interface Figures {
  participants: number;
  ideas: number;
  shortlisted: number;
  accepted: number;
  /** Ideas accepted or merged into an accepted one, over ideas not withdrawn; 0 when there are none. */
  acceptedShare: number;
}

/**
 * The public numbers of a project from its (visible) ideas and the count of distinct participants: ideas not
 * withdrawn; shortlisted ones (accepted ones were shortlisted); accepted ones; and the accepted share, where an idea
 * merged into an accepted idea counts as accepted too (its author is credited).
 */
export function projectFigures(ideas: readonly FigureIdea[], participants: number): Figures {
  const counted = ideas.filter((i) => i.status !== 'withdrawn');
  const acceptedIds = new Set(counted.filter((i) => i.accepted).map((i) => i.id));
  const credited = counted.filter((i) => i.accepted || (i.status === 'merged' && i.mergedIntoId !== null && acceptedIds.has(i.mergedIntoId))).length;
  return {
    participants,
    ideas: counted.length,
    shortlisted: counted.filter((i) => i.status === 'shortlisted').length,
    accepted: acceptedIds.size,
    acceptedShare: counted.length === 0 ? 0 : credited / counted.length,
  };
}
