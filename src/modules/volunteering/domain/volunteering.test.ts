import { describe, expect, it } from 'vitest';
import { calledOff } from './volunteering.js';

describe('what called a shift off', () => {
  const at = (iso: string) => new Date(iso);
  it('the shift itself, its whole project (stamped with the project’s moment), or nothing', () => {
    expect(calledOff({ cancelledAt: null }, { cancelledAt: null })).toBeNull();
    expect(calledOff({ cancelledAt: at('2026-12-01T10:00:00Z') }, { cancelledAt: null })).toBe('shift');
    expect(calledOff({ cancelledAt: at('2026-12-02T10:00:00Z') }, { cancelledAt: at('2026-12-02T10:00:00Z') })).toBe('project');
    // cancelled on its own first, its project later: its own reason stands
    expect(calledOff({ cancelledAt: at('2026-12-01T10:00:00Z') }, { cancelledAt: at('2026-12-02T10:00:00Z') })).toBe('shift');
    // a past shift of a cancelled project took place
    expect(calledOff({ cancelledAt: null }, { cancelledAt: at('2026-12-02T10:00:00Z') })).toBeNull();
  });
});
