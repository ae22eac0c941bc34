import type { CyclePhase } from '@server/modules/budgeting/domain/phases.js';

// A phase ends at the midnight the next one starts (city time). "Until" names the phase's last day,
// as the administrators' cycle page shows it; "from" and "on" name the next phase's first day.
const untilPhases: ReadonlySet<CyclePhase> = new Set(['intake', 'review', 'voting']);

/** Which day the sentence about the current phase names: the last day of this phase, or the first of the next. */
export function phaseSentenceDay(phase: CyclePhase, nextFrom: string): { day: 'last' | 'first'; iso: string } {
  return { day: untilPhases.has(phase) ? 'last' : 'first', iso: nextFrom };
}
