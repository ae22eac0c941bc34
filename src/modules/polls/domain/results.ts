/** A poll's results from aggregated answer counts, and its decision. Pure and exact (integers; means as fractions). */
import type { QuestionKind } from './answers.js';

/** The question facts results need. */
export interface ResultQuestion {
  id: string;
  kind: QuestionKind;
  scale: number | null;
  optionIds: readonly string[];
}

/** One aggregated group of answer rows: a question, an option (or none), a value (or none), whether a text, how many. */
export interface AnswerCount {
  questionId: string;
  optionId: string | null;
  value: number | null;
  isText: boolean;
  count: number;
}

export interface OptionResult {
  optionId: string;
  count: number;
  /** ranking: Borda points (n − rank for each response) and first places. */
  borda?: number;
  firstPlaces?: number;
}

export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  /** Responses that answered this question. */
  answered: number;
  options: OptionResult[];
  /** rating: how many gave 1, 2, … scale (index 0 = 1). */
  distribution?: number[];
  /** rating: the exact mean as "sum/answered" in lowest terms ("7/2"), and rounded to two decimals. */
  mean?: { fraction: string; decimal: string } | null;
}

export interface DecisionRule {
  questionId: string;
  optionId: string;
  minTurnoutCount: number | null;
  /** Share of eligible residents, per mille. */
  minTurnoutPermille: number | null;
  numerator: number;
  denominator: number;
  /** true: more than the fraction; false: at least. */
  strict: boolean;
}

export type DecisionReason = 'passed' | 'turnout_below_count' | 'turnout_below_share' | 'majority_not_reached';

export interface Decision {
  passed: boolean;
  reason: DecisionReason;
  responses: number;
  eligible: number | null;
  inFavour: number;
  /** Responses that answered the decision question. */
  answered: number;
  /** Percent in favour to one decimal, as text ("64", "66.7"). */
  inFavourPercent: string;
  /** The requirement as text: "> 70 %" / "≥ 66.7 %". */
  required: string;
  minTurnoutCount: number | null;
  minTurnoutPermille: number | null;
}

export interface PollResults {
  computedAt: string;
  responses: number;
  /** Verified residents matching the targets, and the turnout among them per mille (null when none are counted). */
  eligible: number | null;
  turnoutPermille: number | null;
  districts: { districtId: string | null; responses: number }[];
  ageBands: { ageBand: string | null; responses: number }[];
  questions: QuestionResult[];
  decision: Decision | null;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** a/b as text in lowest terms ("7/2", "3" when whole). */
export function fractionText(a: number, b: number): string {
  const g = gcd(a, b) || 1;
  return b / g === 1 ? String(a / g) : `${a / g}/${b / g}`;
}

/** A percentage to one decimal, truncated (never rounds up past a threshold): 2/3 → "66.6", 64/100 → "64". */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '0';
  const tenths = Math.floor((part * 1000) / whole);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** Per-question results from answer counts and per-question answered counts. */
export function questionResults(questions: readonly ResultQuestion[], counts: readonly AnswerCount[], answered: ReadonlyMap<string, number>): QuestionResult[] {
  return questions.map((q) => {
    const mine = counts.filter((c) => c.questionId === q.id);
    const base: QuestionResult = { questionId: q.id, kind: q.kind, answered: answered.get(q.id) ?? 0, options: [] };
    switch (q.kind) {
      case 'single':
      case 'multiple':
        base.options = q.optionIds.map((optionId) => ({ optionId, count: mine.filter((c) => c.optionId === optionId).reduce((s, c) => s + c.count, 0) }));
        break;
      case 'ranking': {
        const n = q.optionIds.length;
        base.options = q.optionIds.map((optionId) => {
          const rows = mine.filter((c) => c.optionId === optionId && c.value !== null);
          return {
            optionId,
            count: rows.reduce((s, c) => s + c.count, 0),
            borda: rows.reduce((s, c) => s + (n - c.value!) * c.count, 0),
            firstPlaces: rows.filter((c) => c.value === 1).reduce((s, c) => s + c.count, 0),
          };
        });
        break;
      }
      case 'rating': {
        const scale = q.scale ?? 5;
        const distribution = Array.from({ length: scale }, (_, i) => mine.filter((c) => c.value === i + 1).reduce((s, c) => s + c.count, 0));
        const total = distribution.reduce((s, c) => s + c, 0);
        const sum = distribution.reduce((s, c, i) => s + c * (i + 1), 0);
        base.distribution = distribution;
        base.mean = total === 0 ? null : { fraction: fractionText(sum, total), decimal: (Math.round((sum * 100) / total) / 100).toFixed(2) };
        break;
      }
      case 'text':
        break;
    }
    return base;
  });
}

/** The required majority as text: "> 50 %", "≥ 66.6 %". */
export function requiredText(r: Pick<DecisionRule, 'numerator' | 'denominator' | 'strict'>): string {
  return `${r.strict ? '>' : '≥'} ${percentText(r.numerator, r.denominator)} %`;
}

/**
 * Whether the poll's decision passed. Turnout is checked first (responses against the minimum count, then against the
 * minimum share of eligible residents); then the majority: responses choosing the "in favour" option among those that
 * answered the decision question, more than (strict) or at least the required fraction — compared in integers.
 */
export function decide(
  rule: DecisionRule,
  responses: number,
  eligible: number | null,
  question: QuestionResult | undefined,
  /** Responses counted against `eligible` (verified residents): those of verified residents; all of them by default. */
  eligibleResponses = responses,
): Decision {
  const answered = question?.answered ?? 0;
  const inFavour = question?.options.find((o) => o.optionId === rule.optionId)?.count ?? 0;
  const d = {
    responses,
    eligible,
    inFavour,
    answered,
    inFavourPercent: percentText(inFavour, answered),
    required: requiredText(rule),
    minTurnoutCount: rule.minTurnoutCount,
    minTurnoutPermille: rule.minTurnoutPermille,
  };
  if (rule.minTurnoutCount !== null && responses < rule.minTurnoutCount) return { ...d, passed: false, reason: 'turnout_below_count' };
  // with nobody eligible the share cannot be reached
  if (rule.minTurnoutPermille !== null && (eligible === null || eligible === 0 || eligibleResponses * 1000 < rule.minTurnoutPermille * eligible)) {
    return { ...d, passed: false, reason: 'turnout_below_share' };
  }
  const lhs = inFavour * rule.denominator;
  const rhs = rule.numerator * answered;
  const majority = answered > 0 && (rule.strict ? lhs > rhs : lhs >= rhs);
  return { ...d, passed: majority, reason: majority ? 'passed' : 'majority_not_reached' };
}

/** Everything frozen at close. */
export function pollResults(input: {
  computedAt: Date;
  questions: readonly ResultQuestion[];
  counts: readonly AnswerCount[];
  answered: ReadonlyMap<string, number>;
  responses: number;
  /**
   * Responses of verified residents. An advisory poll is open to unverified residents too, but
   * `eligible` counts verified residents only: the turnout is the share of them who answered, never
   * all responses over verified residents (which could pass 100 %). All responses when not given.
   */
  verifiedResponses?: number;
  eligible: number | null;
  districts: { districtId: string | null; responses: number }[];
  ageBands: { ageBand: string | null; responses: number }[];
  rule: DecisionRule | null;
}): PollResults {
  const questions = questionResults(input.questions, input.counts, input.answered);
  const eligible = input.eligible;
  return {
    computedAt: input.computedAt.toISOString(),
    responses: input.responses,
    eligible,
    turnoutPermille: eligible ? Math.floor(((input.verifiedResponses ?? input.responses) * 1000) / eligible) : null,
    districts: input.districts,
    ageBands: input.ageBands,
    questions,
    decision: input.rule
      ? decide(
          input.rule,
          input.responses,
          eligible,
          questions.find((q) => q.questionId === input.rule!.questionId),
          input.verifiedResponses ?? input.responses,
        )
      : null,
  };
}
