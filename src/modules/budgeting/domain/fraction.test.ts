import { describe, expect, it } from 'vitest';
import { add, compare, div, floor, frac, mul, parseDecimal, sub, toDecimal, toString } from './fraction.js';

describe('exact fractions', () => {
  it('normalises sign and common factors', () => {
    expect(frac(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(frac(0n, 5n)).toEqual({ n: 0n, d: 1n });
    expect(() => frac(1n, 0n)).toThrow(/zero denominator/);
  });
  it('adds, subtracts, multiplies, divides and compares without drift', () => {
    const tenth = frac(1n, 10n);
    let sum = frac(0n);
    for (let i = 0; i < 10; i++) sum = add(sum, tenth);
    expect(sum).toEqual(frac(1n));
    expect(sub(frac(1n, 3n), frac(1n, 6n))).toEqual(frac(1n, 6n));
    expect(mul(frac(2n, 3n), frac(9n, 4n))).toEqual(frac(3n, 2n));
    expect(div(frac(1n, 3n), frac(2n, 3n))).toEqual(frac(1n, 2n));
    expect(() => div(frac(1n), frac(0n))).toThrow(/division by zero/);
    expect(compare(frac(1n, 3n), frac(333n, 1000n))).toBe(1);
    expect(compare(frac(2n, 4n), frac(1n, 2n))).toBe(0);
    expect(floor(frac(-7n, 2n))).toBe(-4n);
    expect(floor(frac(1000000n, 6586n))).toBe(151n);
  });
  it('reads and writes decimals', () => {
    expect(parseDecimal('100.50')).toEqual(frac(201n, 2n));
    expect(parseDecimal('-3')).toEqual(frac(-3n));
    expect(() => parseDecimal('1e3')).toThrow(/not a number/);
    expect(toDecimal(frac(201n, 2n))).toBe('100.5');
    expect(toDecimal(frac(-1n, 8n))).toBe('-0.125');
    expect(toDecimal(frac(1n, 3n))).toBe('1/3');
    expect(toString(frac(4n))).toBe('4');
  });
});
