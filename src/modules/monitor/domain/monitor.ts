import { localParts, zonedToUtc } from '../../../core/time/time.js';

/**
 * The social-performance monitor's rules, pure: which survey period a moment falls in, which month, and the six
 * measures of seed 002 («Цифровой Петербург») from the counts the job reads. Every figure about people needs at least
 * `fewest` of them behind it; below that it is published as "fewer than ten" and never as a number.
 */

/** Below this many people a figure is withheld (k-anonymity; the same threshold as the participation statistics). */
export const fewest = 10;

/** The six measures, in the order seed 002 lists them. */
export const measureIds = ['trust', 'usefulness', 'recommendation', 'participation', 'community', 'contribution'] as const;
export type MeasureId = (typeof measureIds)[number];

/** The survey is asked once a quarter: '2026-Q4'. */
export function surveyPeriod(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-Q${Math.floor((p.month - 1) / 3) + 1}`;
}

/** The first day of the month an instant falls in, in city time, as 'YYYY-MM-01'. */
export function monthOf(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-01`;
}

/** The month's first instant and the next month's, in city time. */
export function monthBounds(month: string, timeZone: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: zonedToUtc(y, m, 1, 0, timeZone), to: zonedToUtc(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1, 0, timeZone) };
}

/** The month before 'YYYY-MM-01'. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}

/** A survey answer as counted: each question may be skipped (null). */
export interface SurveyFigures {
  usefulness: number | null;
  recommend: number | null;
  community: number | null;
}

/** What the job counts for one month over every module's contribution and the survey. */
export interface MonthCounts {
  /** Registered residents when the month was computed (the denominator of the active share). */
  registered: number;
  /** Distinct residents who did anything in the month (filed, voted, answered, supported, commented, signed up…). */
  activeResidents: number;
  /** Distinct (resident, day) pairs with an act: their mean per active resident is the frequency of use. */
  activeDays: number;
  /** Distinct residents who took part in a decision or a meeting: a ballot, a poll response, a support, attendance. */
  participants: number;
  /** Distinct residents with volunteering hours confirmed in the month, and the hours. */
  volunteers: number;
  volunteerHours: number;
  /** The survey answers given in the month (dismissals left out). */
  answers: SurveyFigures[];
  /** How many of them are invented samples (the demo city's). */
  sampleAnswers: number;
}

/** A share or mean, or withheld because fewer than ten people stand behind it. */
export type Figure = { value: number; people: number } | { value: null; people: null; few: true };

const withheld: Figure = { value: null, people: null, few: true };
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A mean of the given scores, or withheld below ten. */
function mean(scores: number[]): Figure {
  if (scores.length < fewest) return withheld;
  return { value: round(scores.reduce((a, b) => a + b, 0) / scores.length, 2), people: scores.length };
}

/** A percentage of `part` in `whole`, or withheld when fewer than ten people are in either. */
function percent(part: number, whole: number): Figure {
  if (whole < fewest || part < fewest) return withheld;
  return { value: round((100 * part) / whole), people: part };
}

/** A count of people, or withheld below ten. */
function people(n: number): Figure {
  return n < fewest ? withheld : { value: n, people: n };
}

/** One month's six measures, each with the figures behind it (the page explains each with its definition). */
export interface MonthMeasures {
  trust: { activeResidents: Figure; activeShare: Figure; daysPerActive: Figure };
  usefulness: { mean: Figure };
  recommendation: { nps: Figure; promoters: Figure; detractors: Figure };
  participation: { participants: Figure; shareOfActive: Figure };
  community: { mean: Figure };
  contribution: { volunteers: Figure; hours: Figure };
  /** Survey answers counted, and how many of them are invented samples (said on the page). */
  survey: { answers: number; sampleAnswers: number };
  /** Nothing at all happened (no act, no answer, no hours): the months before a city's first are not shown. */
  quiet: boolean;
}

/**
 * The six measures of one month:
 * 1. trust — active residents, their share of registered ones, and active days per active resident (frequency);
 * 2. usefulness — the mean survey answer, 1–5;
 * 3. recommendation — the net promoter score of "would you recommend" (0–10): % of 9–10 minus % of 0–6;
 * 4. participation — residents who took part in a decision or a meeting, and their share of the active ones;
 * 5. community ties — the mean "I feel part of a community" answer, 1–5 (group membership joins when groups exist);
 * 6. contribution — volunteers with confirmed hours and the hours.
 */
export function computeMeasures(c: MonthCounts): MonthMeasures {
  const rec = c.answers.map((a) => a.recommend).filter((x): x is number => x !== null);
  const promoters = rec.filter((x) => x >= 9).length;
  const detractors = rec.filter((x) => x <= 6).length;
  return {
    trust: {
      activeResidents: people(c.activeResidents),
      activeShare: percent(c.activeResidents, c.registered),
      daysPerActive: c.activeResidents < fewest ? withheld : { value: round(c.activeDays / c.activeResidents, 2), people: c.activeResidents },
    },
    usefulness: { mean: mean(c.answers.map((a) => a.usefulness).filter((x): x is number => x !== null)) },
    recommendation: {
      nps: rec.length < fewest ? withheld : { value: Math.round((100 * (promoters - detractors)) / rec.length), people: rec.length },
      promoters: rec.length < fewest ? withheld : { value: round((100 * promoters) / rec.length), people: rec.length },
      detractors: rec.length < fewest ? withheld : { value: round((100 * detractors) / rec.length), people: rec.length },
    },
    participation: { participants: people(c.participants), shareOfActive: percent(c.participants, c.activeResidents) },
    community: { mean: mean(c.answers.map((a) => a.community).filter((x): x is number => x !== null)) },
    contribution: {
      volunteers: people(c.volunteers),
      hours: c.volunteers < fewest ? withheld : { value: round(c.volunteerHours), people: c.volunteers },
    },
    survey: { answers: c.answers.length, sampleAnswers: c.sampleAnswers },
    quiet: c.activeResidents === 0 && c.answers.length === 0 && c.volunteers === 0,
  };
}
