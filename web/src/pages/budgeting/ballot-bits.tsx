import type { TFunction } from 'i18next';
import type { BallotKind } from '@server/modules/budgeting/domain/cycle-rules.js';
import type { EqualSharesCode } from '@server/modules/budgeting/domain/equal-shares.js';
import type { GreedyCode } from '@server/modules/budgeting/domain/greedy.js';
import type { Schema } from '../../api/types.js';
import type { Formatters } from '../../format.js';

type ResultProject = Schema<'BudgetingResultProject'>;
/** Why a project won or lost, as the rules name it (greedy or equal shares). */
type ResultCode = GreedyCode | EqualSharesCode;

/** "4 210 votes" / «4 210 голосов» (points for points ballots). */
export function votesText(t: TFunction, f: Formatters, votes: string | number, kind: BallotKind): string {
  const count = Number(votes);
  return t(kind === 'points' ? 'results.points' : 'results.votes', { count, n: f.number(count) });
}

/** A project's result as a sentence: why it won or why it lost, with its figures. */
export function explanation(t: TFunction, f: Formatters, p: ResultProject, r: Pick<Schema<'BudgetingResults'>, 'rule' | 'heading' | 'cycle'>): string {
  const m = (x: string | undefined) => f.money(x ?? '0', r.cycle.currency, { compact: true });
  const params = {
    votes: votesText(t, f, p.votes, r.heading.ballotKind),
    cost: m(p.cost),
    remaining: m(p.remainingBefore),
    money: m(p.supportersMoneyAtStart),
    round: p.round ?? 0,
  };
  // the API says `string`; the cases below are checked against the rules' own codes
  const code = p.code as ResultCode;
  if (r.rule === 'greedy') {
    return code === 'funded' || code === 'did-not-fit-remaining-budget' || code === 'winner-limit-reached'
      ? t(`results.why.${code}`, params)
      : t('results.why.other', params);
  }
  switch (code) {
    case 'funded':
    case 'funded-by-completion':
    case 'no-supporters':
    case 'supporters-could-not-afford':
      return t(`results.why.es.${code}`, params);
    case 'winner-limit-reached':
      return t('results.why.winner-limit-reached', params);
    case 'supporters-money-spent':
      return p.supportersFunded?.length
        ? t('results.why.es.supporters-money-spent', { ...params, list: p.supportersFunded.map((n) => `${t('common.number', { number: n })}`).join(', ') })
        : t('results.why.es.supporters-money-spent-other', params);
    default:
      return t('results.why.other', params);
  }
}
