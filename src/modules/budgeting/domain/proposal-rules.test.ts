import { describe, expect, it } from 'vitest';
import { headingProblem, moneyProblem, normalMoney } from './cycle-rules.js';
import { headingPlaceProblem, isListedInPhase, proposalCostProblem, reviewProblem } from './proposal-rules.js';

describe('money and heading rules', () => {
  it.each([
    ['1500000', null],
    ['1500000.5', null],
    ['0.01', null],
    ['0', 'cycle_money_not_positive'],
    ['1,5', 'cycle_money_invalid'],
    ['1e6', 'cycle_money_invalid'],
    ['-3', 'cycle_money_invalid'],
    ['1.234', 'cycle_money_invalid'],
    ['100000000000000', 'cycle_money_too_large'],
  ])('%s → %s', (text, problem) => expect(moneyProblem(text)).toBe(problem));

  it('normalises money exactly, without floating point', () => {
    expect(normalMoney('0012.5')).toBe('12.50');
    expect(normalMoney('99999999999999.99')).toBe('99999999999999.99');
  });

  const base = {
    amount: '1000',
    maxWinners: null,
    ballotKind: 'approval-budget' as const,
    minProjects: null,
    maxProjects: null,
    pointsTotal: null,
    pointsPerProject: null,
  };
  it.each([
    [{}, null],
    [{ ballotKind: 'approval-count', maxProjects: 3, minProjects: 1 }, null],
    [{ ballotKind: 'approval-count' }, 'maxProjects'],
    [{ ballotKind: 'approval-count', maxProjects: 3, minProjects: 4 }, 'minProjects'],
    [{ ballotKind: 'points', pointsTotal: 10, pointsPerProject: 5 }, null],
    [{ ballotKind: 'points', pointsTotal: 10 }, 'pointsPerProject'],
    [{ ballotKind: 'points', pointsPerProject: 5 }, 'pointsTotal'],
    [{ maxProjects: 2 }, 'maxProjects'],
    [{ maxWinners: 0 }, 'maxWinners'],
  ] as const)('heading %j → problem with %s', (over, field) => expect(headingProblem({ ...base, ...over })?.field ?? null).toBe(field));
});

describe('proposal rules', () => {
  it('a district heading takes places in its district only; the citywide one any place or none', () => {
    expect(headingPlaceProblem(null, null, false)).toBeNull();
    expect(headingPlaceProblem(null, 'nevsky', true)).toBeNull();
    expect(headingPlaceProblem('nevsky', 'nevsky', true)).toBeNull();
    expect(headingPlaceProblem('nevsky', 'admiralteysky', true)?.code).toBe('proposal_place_outside_heading');
    expect(headingPlaceProblem('nevsky', null, false)?.code).toBe('proposal_place_required');
  });

  it('a feasible decision needs the final cost and the period', () => {
    expect(reviewProblem({ decision: 'feasible', finalCost: '10', implementationMonths: 3 })).toBeNull();
    expect(reviewProblem({ decision: 'unfeasible' })).toBeNull();
    expect(reviewProblem({ decision: 'feasible' })?.field).toBe('finalCost');
    expect(reviewProblem({ decision: 'feasible', finalCost: '10' })?.field).toBe('implementationMonths');
    expect(reviewProblem({ decision: 'unfeasible', finalCost: '1,5' })?.code).toBe('cycle_money_invalid');
  });

  it('an estimated cost is a positive exact amount', () => {
    expect(proposalCostProblem('480000.50')).toBeNull();
    expect(proposalCostProblem('-5')).toEqual({ field: 'estimatedCost', code: 'cycle_money_invalid' });
  });

  it.each([
    ['submitted', 'intake', true],
    ['withdrawn', 'intake', false],
    ['unfeasible', 'review', true],
    ['feasible', 'voting', true],
    ['unfeasible', 'voting', false],
    ['merged', 'results', false],
    ['submitted', 'voting', false],
  ] as const)('a %s proposal in %s is listed: %s', (status, phase, listed) => expect(isListedInPhase(status, phase)).toBe(listed));
});
