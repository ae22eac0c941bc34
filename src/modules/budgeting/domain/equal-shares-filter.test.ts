import { describe, expect, it } from 'vitest';
import { type FilterInput, provedFunded } from './equal-shares-filter.js';

/** Approval ballots, one group per voter: `ballots` lists each voter's project indexes. */
function input(costs: number[], ballots: number[][], utility: 'cost' | 'approval' = 'cost'): FilterInput {
  const sup = costs.map((_, p) => Int32Array.from(ballots.flatMap((b, g) => (b.includes(p) ? [g] : []))));
  return {
    sup,
    supW: sup.map((gs) => new Float64Array(gs.length).fill(1)),
    supSize: sup.map((gs) => new Float64Array(gs.length).fill(1)),
    unit: new Uint8Array(costs.length).fill(1),
    sizes: new Float64Array(ballots.length).fill(1),
    cost: Float64Array.from(costs),
    costErr: new Float64Array(costs.length),
    free: Uint8Array.from(costs, (c) => (c === 0 ? 1 : 0)),
    weightOf: Float64Array.from(sup, (gs) => gs.length),
    costUtility: utility === 'cost',
    ids: costs.map((_, p) => String.fromCharCode(65 + p)),
  };
}

describe('the float run that proves what the exact run of equal shares funds', () => {
  it('proves the winners, in order, when no decision is close', () => {
    // A: 3 voters pay 10 each; B: its 2 voters (one also paid for A) have 10 + 20 left: B costs 25, ρ 12.5/25
    const inp = input([30, 25, 50], [[0], [0, 1], [0], [1], [2]]);
    expect(provedFunded(inp, { value: 20, err: 0 }, Infinity)).toEqual([0, 1]);
    expect(provedFunded(inp, { value: 20, err: 0 }, 1)).toEqual([0]);
  });

  it('cannot tell an exact tie, nor money exactly equal to a cost, so the exact run decides them', () => {
    expect(provedFunded(input([10, 10], [[0], [0], [1], [1]]), { value: 5, err: 0 }, Infinity)).toBeNull();
    expect(provedFunded(input([10], [[0], [0]]), { value: 5, err: 0 }, Infinity)).toBeNull();
    // a little more money than the cost is proved affordable, a little less unaffordable
    expect(provedFunded(input([10], [[0], [0]]), { value: 5.001, err: 0 }, Infinity)).toEqual([0]);
    expect(provedFunded(input([10], [[0], [0]]), { value: 4.999, err: 0 }, Infinity)).toEqual([]);
  });

  it('free projects come first, by id', () => {
    expect(
      provedFunded(
        input(
          [5, 0, 0],
          [
            [0, 1, 2],
            [0, 2],
          ],
        ),
        { value: 3, err: 0 },
        Infinity,
      ),
    ).toEqual([1, 2, 0]);
  });
});
