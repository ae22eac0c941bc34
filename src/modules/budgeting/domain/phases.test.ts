import { describe, expect, it } from 'vitest';
import { nextPhase, phaseAt, phaseDatesProblem, type PhaseDates } from './phases.js';

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const cycle: PhaseDates = {
  informingFrom: d('2026-01-10'),
  intakeFrom: d('2026-02-01'),
  reviewFrom: d('2026-03-01'),
  votingFrom: d('2026-04-01'),
  tallyingFrom: d('2026-04-15'),
  resultsFrom: d('2026-04-20'),
  implementationFrom: d('2026-06-01'),
};

describe('cycle phases from dates', () => {
  it.each([
    ['2026-01-01', 'draft'],
    ['2026-01-10', 'informing'],
    ['2026-02-15', 'intake'],
    ['2026-03-31', 'review'],
    ['2026-04-01', 'voting'],
    ['2026-04-16', 'tallying'],
    ['2026-05-01', 'results'],
    ['2027-01-01', 'implementation'],
  ])('on %s the phase is %s', (day, phase) => {
    expect(phaseAt(cycle, d(day))).toBe(phase);
  });

  it('dates going backwards are a problem naming the phase', () => {
    expect(phaseDatesProblem(cycle)).toBeNull();
    expect(phaseDatesProblem({ ...cycle, votingFrom: d('2026-02-20') })).toEqual({ phase: 'voting', before: 'review' });
  });

  it('the next phase follows the order and ends after implementation', () => {
    expect(nextPhase('draft')).toBe('informing');
    expect(nextPhase('review')).toBe('voting');
    expect(nextPhase('implementation')).toBeNull();
  });
});
