import { K, publicCount, type PublicCount } from '../../../core/privacy/k-anonymity.js';
import { answerLimits } from './report-rules.js';

/** How the resident found the problem after the answer: fixed, partly fixed, not fixed. */
export const answerOutcomes = ['fixed', 'partly_fixed', 'not_fixed'] as const;
export type AnswerOutcome = (typeof answerOutcomes)[number];

/** The answer's quality, 1 (poor) to 5 (excellent). */
export const qualityLimits = { min: 1, max: 5 } as const;

/**
 * A rating's note: optional, at most `max` characters; a reporter's "not fixed" that reopens the report is the
 * dispute itself, so its note is the dispute's text and needs `reopenMin` characters, as a dispute does.
 */
export const ratingNoteLimits = { max: 2000, reopenMin: answerLimits.min } as const;

/** In which capacity a person rated: the reporter, or a resident who said "me too". */
export type RaterRole = 'reporter' | 'supporter';

/** A group's ratings as counted. */
export interface RatingCounts {
  count: number;
  fixed: number;
  partlyFixed: number;
  notFixed: number;
  qualitySum: number;
}

/**
 * A group's ratings as shown publicly: how many (a published count: "< 10" for 1–9, the k-anonymity rule of
 * core/privacy), and from K ratings the shares of each outcome and the mean quality (to one decimal); below K, or
 * with none, no shares (null).
 */
export interface RatingFigures {
  count: PublicCount;
  fixedShare: number | null;
  partlyFixedShare: number | null;
  notFixedShare: number | null;
  meanQuality: number | null;
}

/** The public figures of a group's ratings: shares only from K ratings, so nobody's rating can be told from them. */
export function ratingFigures(c: RatingCounts): RatingFigures {
  if (c.count < K) return { count: publicCount(c.count), fixedShare: null, partlyFixedShare: null, notFixedShare: null, meanQuality: null };
  return {
    count: c.count,
    fixedShare: c.fixed / c.count,
    partlyFixedShare: c.partlyFixed / c.count,
    notFixedShare: c.notFixed / c.count,
    meanQuality: Math.round((c.qualitySum / c.count) * 10) / 10,
  };
}

/**
 * What a rating does to the report: a reporter's "not fixed" is their dispute and reopens it while a dispute may
 * (`canDispute`: the answer is published and its 15-day window is open); after that, and for supporters, the rating
 * is recorded and counted and the department hears of a "not fixed" — supporters' ratings never reopen a report,
 * however many (the reporter owns the dispute; supporters' view reaches the department and the statistics). The
 * reporter's "fixed" is their confirmation and closes it while they may confirm (`canConfirm`), so they are never asked
 * the same thing twice; "partly fixed" leaves confirming or disputing to them.
 */
export function ratingEffect(
  outcome: AnswerOutcome,
  role: RaterRole,
  may: { dispute: boolean; confirm: boolean },
): 'reopen' | 'confirm' | 'tell_department' | 'none' {
  if (outcome === 'fixed') return role === 'reporter' && may.confirm ? 'confirm' : 'none';
  if (outcome !== 'not_fixed') return 'none';
  return role === 'reporter' && may.dispute ? 'reopen' : 'tell_department';
}
