/** A crowdsourcing project's phase follows from its dates and its report. Pure. */
/**
 * The phases of a crowdsourcing project, in order; each starts at its date (the dates are the single source of the
 * phase, as budgeting's phases): announced → ideas → selection → voting → implementation; `completed` once the
 * implementation report is published.
 */
export const crowdPhases = ['announced', 'ideas', 'selection', 'voting', 'implementation', 'completed'] as const;
export type CrowdPhase = (typeof crowdPhases)[number];

/** The dated phases in order; each starts at its date. `announced` is before ideas; `completed` follows the report. */
export const datedPhases = ['ideas', 'selection', 'voting', 'implementation'] as const;
export type DatedPhase = (typeof datedPhases)[number];

/** Ideas are rated and discussed while they are collected and selected. */
export const isDiscussionPhase = (phase: CrowdPhase): boolean => phase === 'ideas' || phase === 'selection';

export interface ProjectDates {
  ideasFrom: Date;
  selectionFrom: Date;
  votingFrom: Date;
  implementationFrom: Date;
}

export const phaseDateField: Record<DatedPhase, keyof ProjectDates> = {
  ideas: 'ideasFrom',
  selection: 'selectionFrom',
  voting: 'votingFrom',
  implementation: 'implementationFrom',
};

/** The phase at a moment: `completed` once the report is published, else the last dated phase begun, else `announced`. */
export function crowdPhaseAt(p: ProjectDates & { reportPublishedAt: Date | null }, now: Date): CrowdPhase {
  if (p.reportPublishedAt) return 'completed';
  let current: CrowdPhase = 'announced';
  for (const phase of datedPhases) if (p[phaseDateField[phase]].getTime() <= now.getTime()) current = phase;
  return current;
}

/** The problem with a project's dates (each phase strictly after the one before, as the table's check), or null. */
export function projectDatesProblem(p: ProjectDates): { phase: DatedPhase; before: DatedPhase } | null {
  for (let i = 1; i < datedPhases.length; i++) {
    const before = datedPhases[i - 1]!;
    const phase = datedPhases[i]!;
    if (p[phaseDateField[phase]].getTime() <= p[phaseDateField[before]].getTime()) return { phase, before };
  }
  return null;
}

/** The index in `datedPhases` of the phase after `phase` (past the end from implementation and completed). */
const nextIndex = (phase: CrowdPhase) => (phase === 'announced' ? 0 : phase === 'completed' ? datedPhases.length : datedPhases.indexOf(phase) + 1);

/** The dated phase that can start after `phase`, or null: implementation and completed end with the report, not a date. */
export const nextDatedPhase = (phase: CrowdPhase): DatedPhase | null => datedPhases[nextIndex(phase)] ?? null;

/**
 * What `advance` does: the next dated phase after `phase` starts now, so its date becomes `now`; null when there is
 * none to start (implementation and completed end with the report, not a date). Later dates that would fall at or
 * before `now` move with it, a second apart, so the dates stay in order.
 */
export function advancedDates(p: ProjectDates, phase: CrowdPhase, now: Date): { next: DatedPhase; dates: ProjectDates } | null {
  const i = nextIndex(phase);
  const next = datedPhases[i];
  if (!next) return null;
  const dates = { ...p };
  let floor = now.getTime();
  for (const later of datedPhases.slice(i)) {
    const field = phaseDateField[later];
    if (later === next || dates[field].getTime() <= floor) dates[field] = new Date(later === next ? floor : floor + 1000);
    floor = dates[field].getTime();
  }
  return { next, dates };
}
