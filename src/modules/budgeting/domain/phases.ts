/** A cycle's phases follow from its dates. Pure. */

/** Phases in order; each starts at its date in `pb_cycles`. Before `informing` a cycle is a draft. */
export const pbPhases = ['informing', 'intake', 'review', 'voting', 'tallying', 'results', 'implementation'] as const;

export type Phase = (typeof pbPhases)[number];
export type CyclePhase = Phase | 'draft';

export interface PhaseDates {
  informingFrom: Date;
  intakeFrom: Date;
  reviewFrom: Date;
  votingFrom: Date;
  tallyingFrom: Date;
  resultsFrom: Date;
  implementationFrom: Date;
}

export const phaseDateField: Record<Phase, keyof PhaseDates> = {
  informing: 'informingFrom',
  intake: 'intakeFrom',
  review: 'reviewFrom',
  voting: 'votingFrom',
  tallying: 'tallyingFrom',
  results: 'resultsFrom',
  implementation: 'implementationFrom',
};

/** The phase at a moment: the last one whose start is not after it; `draft` before informing. */
export function phaseAt(cycle: PhaseDates, now: Date): CyclePhase {
  let current: CyclePhase = 'draft';
  for (const p of pbPhases) if (cycle[phaseDateField[p]].getTime() <= now.getTime()) current = p;
  return current;
}

/** The problem with a set of phase dates (they must not go backwards), or null. */
export function phaseDatesProblem(cycle: PhaseDates): { phase: Phase; before: Phase } | null {
  for (let i = 1; i < pbPhases.length; i++) {
    const prev = pbPhases[i - 1]!;
    const p = pbPhases[i]!;
    if (cycle[phaseDateField[p]].getTime() < cycle[phaseDateField[prev]].getTime()) return { phase: p, before: prev };
  }
  return null;
}

/** The phase after a phase, or null after implementation. */
export function nextPhase(phase: CyclePhase): Phase | null {
  if (phase === 'draft') return 'informing';
  const i = pbPhases.indexOf(phase);
  return pbPhases[i + 1] ?? null;
}
