import { describe, expect, it } from 'vitest';
import { stepProgress, steps } from './report-new-draft.js';

describe('the new-report step counter', () => {
  it('counts from 1 on every step, with or without reports nearby', () => {
    for (const hasNearby of [true, false]) {
      for (const step of steps) {
        const { order, index } = stepProgress(step, hasNearby);
        expect(index, `${step}, nearby: ${hasNearby}`).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(order.length);
      }
    }
  });
  it('leaves "nearby" out when there is nothing near, so «шаг 3 из 5» follows «шаг 2 из 5»', () => {
    expect(stepProgress('details', false)).toEqual({ order: ['where', 'what', 'details', 'photos', 'check'], index: 2 });
    expect(stepProgress('details', true).order).toHaveLength(6);
    // the nearby step shown while its list loads still counts
    expect(stepProgress('nearby', false).index).toBe(2);
  });
});
